// data/corrections.json as read: JSON with no key written twice, checked against the contract's
// schema, each problem reported with the file and the line of the entry it is in.
import { CorrectionsFile, MAX_CORRECTIONS, type Correction } from '../../contract/corrections.ts';
import { InputError, lineAt, lineOf, parseJson } from '../../io/errors.ts';
import { jsonKeys } from '../../io/json-keys.ts';

/** Where every corrections error sends the reader. */
export const CORRECTIONS_SECTION = 'See the README section "The editor’s desk" for the form of each correction';

/** Keys past this are not a hand-kept list of corrections (each entry has a handful). */
const MAX_KEYS = MAX_CORRECTIONS * 12 + 1;

export function parseCorrections(file: string, text: string): Correction[] {
  const raw = parseJson(file, text);
  const { duplicate, count } = jsonKeys(text);
  if (duplicate)
    throw new InputError(
      file,
      lineAt(text, duplicate.offset),
      `"${duplicate.key}" is written twice in one object, and only one can count`,
      'Keep one of the two and remove the other',
    );
  if (count > MAX_KEYS)
    throw new InputError(
      file,
      null,
      `has ${count} keys, more than ${MAX_CORRECTIONS} corrections can have`,
      CORRECTIONS_SECTION,
    );
  const result = CorrectionsFile.safeParse(raw);
  if (result.success) return result.data.corrections;
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const [top, index, ...inside] = issue.path;
  const entry = top === 'corrections' && typeof index === 'number' ? entryOffsets(text)[index] : undefined;
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0]! : null;
  // The field at fault, for its line: an unknown one, else the last named on the issue's path.
  const field = unknown ?? [...(entry === undefined ? [top] : inside)].filter((k) => typeof k === 'string').pop();
  const fieldLine = field === undefined ? null : lineOf(text, `"${field}"`, entry ?? 0);
  const line = fieldLine ?? (entry === undefined ? 1 : lineAt(text, entry));
  const named = entry === undefined ? [top] : inside;
  const path = named.filter((k) => k !== undefined).join('.');
  const message = /received undefined$/.test(issue.message) ? 'is missing' : issue.message;
  const problem = unknown ? `unknown field "${unknown}"` : `${path ? `"${path}" ` : ''}${message}`;
  throw new InputError(
    file,
    line,
    entry === undefined ? problem : `correction ${Number(index) + 1}: ${problem}`,
    CORRECTIONS_SECTION,
  );
}

/** The offset of each object of the top-level object's array (the entries), in order. */
function entryOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      depth++;
      if (c === '{' && depth === 3) offsets.push(i);
    } else if (c === '}' || c === ']') depth--;
  }
  return offsets;
}
