// A sources table beside the articles (`SOURCES.md`): the ledger a newsroom or a dataset keeps,
// one row per file with its outlet, date and address. It stands in for the front matter an
// article file does not carry (a transcript, a press release, a record copied from a CSV);
// front matter, where a file has it, wins. The table is Markdown, as such ledgers are written:
//
//   | file | outlet | date | original URL |
//   |---|---|---|---|
//   | `01_statement.txt` | Ministry of Foreign Affairs | 2022-04-26 | https://example.org/a |
import { InputError } from '../io/errors.ts';
import { dateTimeProblem } from './calendar.ts';
import { normaliseDate } from './front-matter-fields.ts';
import { fileName } from './ids.ts';

/** What a row says of one file; a column the table lacks, or a cell left empty, is absent. */
export interface ListedSource {
  outlet?: string;
  date?: string;
  url?: string;
}

export interface SourcesTable {
  /** By the file's name as the table writes it (no folder). */
  rows: Map<string, ListedSource>;
  /** The line each row is on, for messages about it. */
  lines: Map<string, number>;
}

/** Header names each column may go by (lower case, spaces collapsed). */
const COLUMNS = {
  file: /^(file|file ?name|article|path)$/,
  outlet: /^(outlet|publisher|publication|source)$/,
  date: /^(date|published|publication date|date published|pub ?date)$/,
  url: /^(url|link|address|(original|source) (url|link|address))$/,
} as const;
type Column = keyof typeof COLUMNS;

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

const isRow = (line: string) => /^\s*\|.*\|\s*$/.test(line);
const isRule = (line: string) => /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?\|?\s*$/.test(line);

/** A cell's text: code marks dropped, a Markdown link read as its text (or, for an address, its target). */
function cellText(cell: string, column: Column): string {
  const link = /^\[([^\]]*)\]\(([^)\s]+)\)$/.exec(cell);
  if (link) return column === 'url' ? link[2]! : link[1]!.trim();
  const angled = /^<(https?:[^>]+)>$/.exec(cell);
  if (angled) return angled[1]!;
  return cell.replace(/^`+|`+$/g, '').trim();
}

/**
 * The first table whose header names a file column and at least one of outlet, date and address;
 * null when the text has none (a sources file of prose alone). A row's bad date is refused with
 * its line; two rows for one file are refused.
 */
export function parseSourcesTable(file: string, text: string): SourcesTable | null {
  const lines = text.split(/\r\n?|\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isRow(lines[i]!) || !isRule(lines[i + 1]!)) continue;
    const header = cells(lines[i]!).map((h) => h.toLowerCase().replace(/\s+/g, ' '));
    const index = (column: Column) => header.findIndex((h) => COLUMNS[column].test(h));
    const at = { file: index('file'), outlet: index('outlet'), date: index('date'), url: index('url') };
    if (at.file < 0 || (at.outlet < 0 && at.date < 0 && at.url < 0)) continue;
    return readRows(file, lines, i + 2, at);
  }
  return null;
}

function readRows(file: string, lines: string[], from: number, at: Record<Column, number>): SourcesTable {
  const table: SourcesTable = { rows: new Map(), lines: new Map() };
  for (let i = from; i < lines.length && isRow(lines[i]!); i++) {
    const row = cells(lines[i]!);
    const read = (column: Column) => (at[column] >= 0 ? cellText(row[at[column]] ?? '', column) : '');
    const name = fileName(read('file'));
    if (!name) continue;
    const line = i + 1;
    const earlier = table.lines.get(name);
    if (earlier !== undefined)
      throw new InputError(file, line, `lists \`${name}\` again (first on line ${earlier})`, 'Keep one row per file');
    const listed: ListedSource = {};
    const outlet = read('outlet');
    if (outlet) listed.outlet = outlet;
    const url = read('url');
    if (/^https?:\/\/\S+$/.test(url)) listed.url = url;
    const date = read('date');
    if (date) listed.date = checkedDate(file, line, name, date);
    table.rows.set(name, listed);
    table.lines.set(name, line);
  }
  return { ...table, rows: sharedOutlets(table.rows) };
}

/**
 * One outlet for rows that differ only in a note after it: "Transcripts (Speech, Rudd)" and
 * "Transcripts (Interview, Rudd)" are one outlet's records, told apart by kind, so both read
 * "Transcripts". A note every row of that outlet shares ("en.kremlin.ru (President of Russia)")
 * names it, and stays.
 */
function sharedOutlets(rows: Map<string, ListedSource>): Map<string, ListedSource> {
  const base = (outlet: string) => outlet.replace(/\s*\([^()]*\)$/, '');
  const forms = new Map<string, Set<string>>();
  for (const { outlet } of rows.values())
    if (outlet) forms.set(base(outlet), (forms.get(base(outlet)) ?? new Set()).add(outlet));
  const shared = (outlet: string) => ((forms.get(base(outlet))?.size ?? 0) > 1 && base(outlet) ? base(outlet) : outlet);
  return new Map([...rows].map(([name, row]) => [name, row.outlet ? { ...row, outlet: shared(row.outlet) } : row]));
}

function checkedDate(file: string, line: number, name: string, cell: string): string {
  const date = normaliseDate(cell);
  const problem = typeof date === 'string' ? dateTimeProblem(date) : 'it is not a date';
  if (problem === null) return date as string;
  throw new InputError(
    file,
    line,
    `the date of \`${name}\`, “${cell}”, is not a date: ${problem}`,
    'Write it as YYYY-MM-DD (e.g. 2024-06-20) or as an ISO date-time',
  );
}
