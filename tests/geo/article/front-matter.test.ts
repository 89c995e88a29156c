// Front matter as real captures write it: fields Dateline does not read are warned about and
// left out, other names of its fields are read, and a missing outlet, title or date is taken
// from the URL and the text, with a warning.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../geo/article/front-matter-fields.ts';
import { simpleFrontMatter } from '../../../geo/article/front-matter.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';

const capture = (fields: string) => `---\n${fields}\n---\nThe minister arrived in the capital on June 20, 2024.\n`;

describe('front matter as captured', () => {
  it('reads a White House capture: no outlet, other names for the URL and the date, fields it does not read', () => {
    const { article, warnings } = ingestArticle(
      'a.md',
      capture(
        [
          'tags: speeches-remarks',
          "date: '2021-08-23'",
          'modified_time: 2021-09-07 13:10:11-04:00',
          'source_url: https://www.example.gov/briefing-room/2021/08/23/remarks/',
          'published_time: 2021-08-23 19:21:00-04:00',
          'title: "Remarks by the Vice President"',
        ].join('\n'),
      ),
    );
    expect(article).toMatchObject({
      outlet: 'example.gov',
      title: 'Remarks by the Vice President',
      date: '2021-08-23',
      url: 'https://www.example.gov/briefing-room/2021/08/23/remarks/',
    });
    expect(article).not.toHaveProperty('tags');
    expect(warnings).toEqual([
      'a.md: front-matter fields not read, left out of the outputs: `tags` (line 2), `modified_time` (line 4); ' +
        'no `outlet` “example.gov” (from the URL): add the field to set it',
    ]);
  });

  it('reads `link`, `pubDate` and `headline` when the fields themselves are absent', () => {
    const { article } = ingestArticle(
      'a.md',
      capture(
        'outlet: Wire\nheadline: "Talks end"\nlink: https://example.org/a\npubDate: "Thu, 20 Jun 2024 18:39:00 +0200"',
      ),
    );
    expect([article.title, article.url, article.date]).toEqual(['Talks end', 'https://example.org/a', '2024-06-20']);
  });

  it('uses the field over its other name, and says so when the two disagree', () => {
    const { article, warnings } = ingestArticle(
      'a.md',
      capture(
        'outlet: Wire\ntitle: T\ndate: "2024-06-20"\npublished_time: "2024-06-21T01:00+02:00"\npublished: "2024-06-20"',
      ),
    );
    expect(article.date).toBe('2024-06-20');
    expect(warnings).toEqual([
      'a.md: `published_time` (line 5) says "2024-06-21T01:00+02:00", `date` "2024-06-20": `date` is used',
    ]);
  });

  it('suggests the field a misspelt one stands for', () => {
    const { warnings } = ingestArticle('a.md', capture('outlet: W\ntitle: T\ndate: "2024-06-20"\nauthr: Me'));
    expect(warnings[0]).toMatch(/`authr` \(line 5; did you mean `author`\?\)/);
  });

  it('takes a missing title and date from the text, and says which it took', () => {
    const { article, warnings } = ingestArticle(
      'a.md',
      '---\noutlet: Wire\n---\nThe minister arrives in the capital\n\nJune 20, 2024\n\nShe landed at noon.\n',
    );
    expect([article.title, article.date]).toEqual(['The minister arrives in the capital', '2024-06-20']);
    expect(warnings).toEqual([
      'a.md: no `title` “The minister arrives in the capital” (from the text), ' +
        '`date` “2024-06-20” (from the text): add the field to set it',
    ]);
    // A date the prose tells of is no text's own day: "arrived … on June 20, 2024" may be any day before.
    expect(ingestArticle('b.md', capture('outlet: Wire')).article.date).toBeNull();
  });

  it('writes feed dates in the form the calendar checks read', () => {
    expect(normaliseDate('2021-08-23 19:21:00-04:00')).toBe('2021-08-23T19:21:00-04:00');
    expect(normaliseDate('Mon, 23 Aug 2021 19:21:00 -0400')).toBe('2021-08-23');
    expect(normaliseDate('2024-06-20')).toBe('2024-06-20');
    expect(normaliseDate(20240620)).toBe(20240620);
  });
});

describe('front matter read without the YAML parser', () => {
  const line = fc.tuple(
    fc.constantFrom(
      'outlet',
      'title',
      'date',
      'language',
      'tags',
      'null',
      'True',
      'on',
      '__proto__',
      'constructor',
      'a1',
    ),
    fc.constantFrom(':', ': ', ':  '),
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom('"', "'", ''),
          fc.string({
            unit: fc.constantFrom('a', 'Z', ' ', '#', ':', "'", '"', '\\', '\t', 'é', '’', '{', '&', '*', '\u2028'),
          }),
        )
        .map(([quote, value]) => `${quote}${value}${quote}`),
      fc.constantFrom('en', 'null', 'NULL', 'true', 'False', 'yes', 'nan', 'x_y', 'a-b', '~', '12', '.inf'),
    ),
    fc.constantFrom('', ' ', '\n'),
  );

  it('reads what it reads exactly as YAML does, and leaves anything else to the parser', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 6 }), (lines) => {
        const text = lines.map((parts) => parts.join('')).join('\n');
        const fast = simpleFrontMatter(text);
        if (fast === null) return;
        const doc = parseDocument(text, { prettyErrors: false });
        expect(doc.errors).toEqual([]);
        const parsed = (doc.toJS() ?? {}) as Record<string, unknown>;
        expect(Object.keys(fast)).toEqual(Object.keys(parsed));
        expect(fast).toEqual(parsed);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the quoted and plain values captures write, and leaves escapes, duplicates and other types to the parser', () => {
    expect(simpleFrontMatter('outlet: "DW"\nlanguage: en\ndate: \'2022-11-08\'\n')).toEqual({
      outlet: 'DW',
      language: 'en',
      date: '2022-11-08',
    });
    for (const text of ['notes: "a \\"b\\""', 'a: "x"\na: "y"', 'flag: true', 'n: 12', 'a: b # c', 'a:\n  - b'])
      expect(simpleFrontMatter(text)).toBeNull();
  });
});
