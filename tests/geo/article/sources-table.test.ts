// A sources table beside the articles (SOURCES.md) gives each file without front matter its
// outlet, date and URL; front matter wins where a file has it; a bad row is refused with its line.
import { describe, expect, it } from 'vitest';
import { parseSourcesTable } from '../../../geo/article/sources-table.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';
import { readArticles } from '../../../geo/story/inputs/articles.ts';
import { InputError } from '../../../geo/io/errors.ts';

// Invented ledger, in the form datasets and newsrooms keep them: prose, then the table, then more prose.
const TABLE = [
  '# Sources',
  '',
  'Each file is copied as it was published.',
  '',
  '| file | outlet | date | original URL | licence |',
  '|---|---|---|---|---|',
  '| `01_statement.txt` | Ministry of Foreign Affairs (Press release) | 2031-04-26T20:10:00Z | https://example.org/a | CC BY 4.0 |',
  '| `02_remarks.txt` | [Office of the President](https://example.org/) | 2031-04-28 | <https://example.org/b> | CC BY 4.0 |',
  '| 03_notes.txt | | | | |',
  '',
  'Full commits: none.',
].join('\n');

describe('a sources table', () => {
  it('reads each row’s outlet, date and address by the file’s name', () => {
    const table = parseSourcesTable('SOURCES.md', TABLE)!;
    expect(table.rows.get('01_statement.txt')).toEqual({
      outlet: 'Ministry of Foreign Affairs (Press release)',
      date: '2031-04-26T20:10:00Z',
      url: 'https://example.org/a',
    });
    expect(table.rows.get('02_remarks.txt')).toEqual({
      outlet: 'Office of the President',
      date: '2031-04-28',
      url: 'https://example.org/b',
    });
    expect(table.rows.get('03_notes.txt')).toEqual({});
    expect(table.lines.get('02_remarks.txt')).toBe(8);
  });

  it('gives one outlet to rows that differ only in a note after it, and keeps a note all its rows share', () => {
    const rows = [
      '| file | outlet |',
      '|---|---|',
      '| a.txt | Transcripts (Speech, Minister) |',
      '| b.txt | Transcripts (Interview, Minister) |',
      '| c.txt | example.org (Office of the President) |',
      '| d.txt | example.org (Office of the President) |',
    ].join('\n');
    const table = parseSourcesTable('SOURCES.md', rows)!;
    expect([...table.rows.values()].map((r) => r.outlet)).toEqual([
      'Transcripts',
      'Transcripts',
      'example.org (Office of the President)',
      'example.org (Office of the President)',
    ]);
  });

  it('is none where the file has no table with a file column and an outlet, date or address', () => {
    expect(parseSourcesTable('SOURCES.md', 'All texts are from the archive.\n')).toBeNull();
    expect(parseSourcesTable('SOURCES.md', '| name | licence |\n|---|---|\n| a | CC0 |\n')).toBeNull();
  });

  it('refuses a date that is not one, naming the file, the line and the fix', () => {
    const bad = TABLE.replace('2031-04-28', '31 Febuary');
    expect(() => parseSourcesTable('SOURCES.md', bad)).toThrow(InputError);
    expect(() => parseSourcesTable('SOURCES.md', bad)).toThrow(/SOURCES\.md:8.*02_remarks\.txt.*YYYY-MM-DD/s);
  });

  it('refuses two rows for one file', () => {
    const twice = TABLE.replace('03_notes.txt', '01_statement.txt');
    expect(() => parseSourcesTable('SOURCES.md', twice)).toThrow(/SOURCES\.md:9.*again \(first on line 7\)/s);
  });
});

describe('an article listed in a sources table', () => {
  const body = 'The minister arrived in Lisbon for talks.\n';

  it('takes its outlet, date and URL from its row when it has no front matter, with no warning', () => {
    const listed = parseSourcesTable('SOURCES.md', TABLE)!.rows.get('01_statement.txt');
    const { article, warnings } = ingestArticle('in/01_statement.txt', body, '01_statement', listed);
    expect(article).toMatchObject({
      outlet: 'Ministry of Foreign Affairs (Press release)',
      date: '2031-04-26T20:10:00Z',
      url: 'https://example.org/a',
    });
    expect(warnings).toEqual([]);
  });

  it('keeps its own front matter over the row', () => {
    const listed = { outlet: 'Listed outlet', date: '2031-04-26', url: 'https://example.org/a' };
    const text = `---\noutlet: Own outlet\ndate: "2031-05-01"\ntitle: Talks in Lisbon\n---\n${body}`;
    const { article } = ingestArticle('in/a.md', text, 'a', listed);
    expect(article).toMatchObject({ outlet: 'Own outlet', date: '2031-05-01', url: 'https://example.org/a' });
  });

  it('is matched by its file name, and a row for a file that is not there is reported', () => {
    const { articles, warnings } = readArticles([{ file: 'in/02_remarks.txt', text: body }], {
      file: 'in/SOURCES.md',
      text: TABLE,
    });
    expect(articles[0]).toMatchObject({ outlet: 'Office of the President', date: '2031-04-28' });
    expect(warnings).toContain('in/SOURCES.md:7: lists `01_statement.txt`, which is not among the articles');
  });
});
