// Front matter as captures write it: the fields Dateline reads, the other names real
// captures give them (`source_url`, `published_time`, `headline`), and the fields it does not
// read (`tags`, `modified_time`), which are left out of the outputs with one warning.
import { MONTHS } from '../lexicon/calendar.ts';

export const FRONT_MATTER_FIELDS = [
  'outlet',
  'title',
  'date',
  'url',
  'language',
  'author',
  'notes',
  'agency',
  'translated_from',
] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

/** Other names of a field, in the order they are tried when the field itself is absent. */
export const FIELD_ALIASES: Partial<Record<FrontMatterField, readonly string[]>> = {
  url: ['source_url', 'link'],
  date: ['published_time', 'published', 'pubDate'],
  title: ['headline'],
};

export interface ReadFields {
  /** Each field read, by its own name, whichever name the file gave it under. */
  values: Partial<Record<FrontMatterField, unknown>>;
  /** The name each field was read from, for messages about its value. */
  source: Partial<Record<FrontMatterField, string>>;
  /** One line per kind of note: fields not read; an alias that says otherwise than its field. */
  notes: string[];
}

/** A date as feeds write it, in the form the calendar checks read: "2021-08-23 19:21:00-04:00" gets its "T". */
export function normaliseDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)\s?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (spaced) return `${spaced[1]}T${spaced[2]}${spaced[3] ?? ''}`;
  // RSS's pubDate (RFC 822): "Mon, 23 Aug 2021 19:21:00 -0400" → its calendar day.
  const rfc = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/.exec(value.trim());
  const month = rfc ? MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === rfc[2]!.toLowerCase()) : -1;
  if (rfc && month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return value.trim() === value ? value : value.trim();
}

/** The field's value as compared: a date by its calendar day, anything else as written. */
const compared = (field: FrontMatterField, value: unknown) =>
  field === 'date' && typeof value === 'string' ? value.slice(0, 10) : JSON.stringify(value);

/** Every alias of a field. */
const ALIASES: ReadonlySet<string> = new Set(Object.values(FIELD_ALIASES).flat());
const KNOWN: ReadonlySet<string> = new Set(FRONT_MATTER_FIELDS);

/** `lineOf(key)`: the file line of a key, for the notes. */
export function readFields(data: Record<string, unknown>, lineOf: (key: string) => number): ReadFields {
  const values: ReadFields['values'] = {};
  const source: ReadFields['source'] = {};
  const notes: string[] = [];
  for (const field of FRONT_MATTER_FIELDS) {
    const names = [field, ...(FIELD_ALIASES[field] ?? [])].filter((n) => data[n] !== undefined);
    const read = names[0];
    if (read === undefined) continue;
    const value = field === 'date' ? normaliseDate(data[read]) : data[read];
    values[field] = value;
    source[field] = read;
    for (const other of names.slice(1)) {
      const otherValue = field === 'date' ? normaliseDate(data[other]) : data[other];
      if (compared(field, otherValue) !== compared(field, value))
        notes.push(
          `\`${other}\` (line ${lineOf(other)}) says ${JSON.stringify(data[other])}, \`${read}\` ${JSON.stringify(data[read])}: \`${read}\` is used`,
        );
    }
  }
  const unread = Object.keys(data).filter((k) => !KNOWN.has(k) && !ALIASES.has(k));
  if (unread.length > 0)
    notes.unshift(
      `front-matter ${unread.length === 1 ? 'field' : 'fields'} not read, left out of the outputs: ` +
        unread.map((k) => `\`${k}\` (line ${lineOf(k)}${closeTo(k)})`).join(', '),
    );
  return { values, source, notes };
}

/** ", did you mean `author`?" for a field a letter or two off a known one. */
function closeTo(key: string): string {
  const near = FRONT_MATTER_FIELDS.find((f) => editDistance(f, key.toLowerCase()) <= Math.min(2, f.length / 3));
  return near ? `; did you mean \`${near}\`?` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}
