import { describe, expect, it } from 'vitest';
import { cleanText } from '../../geo/article/clean.ts';
import { ingestArticle } from '../../geo/article/ingest.ts';
import { findDate, findUrl } from '../../geo/article/infer.ts';
import { segmentSentences } from '../../geo/article/segment.ts';
import { expectGolden, goldenCases } from './golden.ts';

describe('clean', () => {
  it.each(goldenCases('clean'))('$name', ({ input, outFile }) => {
    const clean = cleanText(input);
    expectGolden(outFile, {
      text: clean.text,
      captions: clean.captions.map(([a, b]) => clean.text.slice(a, b)),
      dropped: clean.dropped,
    });
  });

  it('maps every kept character back to the same character of the original (a decoded entity to its “&”, a wrap’s space to its line break)', () => {
    for (const { input } of goldenCases('clean')) {
      const clean = cleanText(input);
      for (let i = 0; i < clean.text.length; i++) {
        const from = input[clean.toOriginal[i]!];
        const stands = from === '&' || (clean.text[i] === ' ' && /[\r\n]/.test(from!));
        if (clean.text[i] !== '\n' && !stands) expect(from).toBe(clean.text[i]);
      }
    }
  });

  it('mends a word split across a line break into one word', () => {
    expect(cleanText('how to deal with non-\n\ntraditional threats').text).toContain('non-traditional threats');
  });

  it('does not mutate its input', () => {
    const input = Object.freeze(['a line\n'])[0]!;
    cleanText(input);
    expect(input).toBe('a line\n');
  });
});

describe('segment', () => {
  it.each(goldenCases('segment'))('$name', ({ input, outFile }) => {
    expectGolden(
      outFile,
      segmentSentences(cleanText(input)).map((s) => ({ paragraph: s.paragraph, text: s.text, caption: s.caption })),
    );
  });
});

describe('ingest', () => {
  it('keeps the agency whose copy it is and the language it was translated from, when the front matter says so', () => {
    const head = '---\noutlet: "Wire"\ntitle: "T"\ndate: "2024-06-20"\n';
    const { article } = ingestArticle('a.md', `${head}agency: "AP"\ntranslated_from: fr\n---\nBody.\n`);
    expect([article.agency, article.translatedFrom]).toEqual(['AP', 'fr']);
    const plain = ingestArticle('b.md', `${head}---\nBody.\n`).article;
    expect('agency' in plain || 'translatedFrom' in plain).toBe(false);
  });

  it('reads front matter and keeps the body exactly as written', () => {
    const { article } = ingestArticle('a.md', '---\noutlet: "DW"\ntitle: "T"\ndate: "2024-06-20"\n---\nBody line.\n');
    expect(article).toMatchObject({
      id: 'a',
      outlet: 'DW',
      title: 'T',
      date: '2024-06-20',
      url: null,
      language: 'en',
      body: 'Body line.\n',
      bodyLine: 6,
    });
  });

  it('drops a byte-order mark and keeps CRLF line endings in the body, as the file has them', () => {
    const { article } = ingestArticle(
      'b.md',
      '\uFEFF---\r\noutlet: X\r\ntitle: Y\r\ndate: "2024-01-02"\r\n---\r\nOne.\r\nTwo.',
    );
    expect(article).toMatchObject({ outlet: 'X', title: 'Y', date: '2024-01-02', body: 'One.\r\nTwo.', bodyLine: 6 });
  });

  it('accepts plain text without front matter, with a warning and what the text says', () => {
    const { article, warnings } = ingestArticle(
      'c.txt',
      'A headline that is long enough\n\nJune 20, 2024\n\nhttps://example.org/a-b\n',
    );
    expect(article).toMatchObject({ outlet: 'Unknown outlet', date: '2024-06-20', url: 'https://example.org/a-b' });
    expect(warnings[0]).toMatch(/c\.txt: no front matter/);
  });

  it('finds dates and mends a URL split by a space', () => {
    expect(findDate('Status: 20.06.2024 18:39').date).toBe('2024-06-20');
    expect(findUrl('Original url:\n\nhttps://x.com/putin-visi ts-hanoi-a85467')).toBe(
      'https://x.com/putin-visits-hanoi-a85467',
    );
  });
});

describe('ingest refuses', () => {
  it('a URL that is not http(s), naming its line', () => {
    expect(() =>
      ingestArticle('x.md', '---\noutlet: W\ntitle: T\ndate: "2024-06-20"\nurl: "javascript:alert(1)"\n---\nText.\n'),
    ).toThrow(
      /x\.md:5: front-matter field `url` “javascript:alert\(1\)” is invalid: use an http\(s\) URL\. Write the article’s http\(s\) address/,
    );
  });
});
