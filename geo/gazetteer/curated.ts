// The curated gazetteer files in data/gazetteer: what no package has (landmarks,
// seas and regions, extra aliases), validated entry by entry with the line to fix.
import { z } from 'zod';
import { InputError, lineAt, lineOf, parseJson } from '../io/errors.ts';
import { FUNCTION_WORDS } from '../lexicon/names.ts';
import type { CuratedFile, CuratedKind } from './types.ts';

/** The file name of each kind, in data/gazetteer and in a story's own gazetteer folder. */
export const CURATED_FILE_NAMES: Readonly<Record<CuratedKind, string>> = {
  landmarks: 'landmarks.json',
  regions: 'regions.json',
  aliases: 'aliases.json',
  commonWords: 'common-words.txt',
};

const lon = z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180');
const lat = z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90');

/** What every curated place carries, landmark or region: names, a point and where it comes from. */
const curatedPlace = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  lon,
  lat,
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  coordSource: z.string().min(1),
};

export const Landmark = z
  .object({ ...curatedPlace, kind: z.string(), city: z.number().int(), country: z.string().length(2) })
  .strict();
export type Landmark = z.infer<typeof Landmark>;

export const Region = z
  .object({ ...curatedPlace, kind: z.enum(['sea', 'region']), members: z.array(z.string().length(3)) })
  .strict();
export type Region = z.infer<typeof Region>;

/** Extra names for package entries, keyed by place id: historical names, short forms. */
export const AliasTable = z.record(z.string().regex(/^(country|city|admin1):/), z.array(z.string().min(1)));
export type AliasTable = z.infer<typeof AliasTable>;

/** What curated names are checked against; landmarks are held to the stricter rule (see weakName). */
export interface NameRules {
  commonWords: ReadonlySet<string>;
  landmark: boolean;
}

/** Parses an array file, naming the line of the first entry that is wrong. */
export function parseEntries<T extends { id: string; name: string; aliases: string[] }>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  rules: NameRules,
): T[] {
  const data = parseJson(file, text);
  if (!Array.isArray(data))
    throw new InputError(file, 1, 'expected a JSON array of entries', 'Wrap the entries in [ … ]');
  const seen = new Map<string, number>();
  return data.map((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : `#${index + 1}`;
      const field = issue.path.join('.');
      throw new InputError(
        file,
        lineOfEntry(text, id, field),
        `entry ${id}: ${field || 'entry'} ${issue.message}`,
        `Correct \`${field || 'the entry'}\` of ${id}`,
      );
    }
    const { id, name, aliases } = result.data;
    const nth = (seen.get(id) ?? 0) + 1;
    seen.set(id, nth);
    const at = idAt(text, id, nth);
    if (nth > 1) {
      throw new InputError(
        file,
        at === null ? null : lineAt(text, at),
        `entry ${id}: the id is already used by an earlier entry`,
        'Give each entry an id of its own, or merge the two entries',
      );
    }
    checkNames(file, text, id, [name, ...aliases], rules, at ?? 0);
    return result.data;
  });
}

/**
 * The entries of several files of one kind, data/gazetteer's first: a story's folder adds
 * places, so an id an earlier file already uses is refused at its line.
 */
export function parseEntryFiles<T extends { id: string; name: string; aliases: string[] }>(
  files: CuratedFile[],
  schema: z.ZodType<T>,
  rules: NameRules,
): T[] {
  const firstFile = new Map<string, string>();
  return files.flatMap(({ file, text }) =>
    parseEntries(file, text, schema, rules).map((entry) => {
      const earlier = firstFile.get(entry.id);
      if (earlier !== undefined) {
        const at = idAt(text, entry.id, 1);
        throw new InputError(
          file,
          at === null ? null : lineAt(text, at),
          `entry ${entry.id}: the id is already used in ${earlier}`,
          'Give the entry an id of its own: a story’s gazetteer folder adds places, it does not replace them',
        );
      }
      firstFile.set(entry.id, file);
      return entry;
    }),
  );
}

export function parseAliasTable(file: string, text: string, commonWords: ReadonlySet<string>): AliasTable {
  const result = AliasTable.safeParse(parseJson(file, text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw new InputError(
      file,
      lineOfEntry(text, key, ''),
      `${key}: ${issue.message}`,
      'Keys are place ids such as "country:RUS"; values are lists of names',
    );
  }
  for (const [key, names] of Object.entries(result.data))
    checkNames(file, text, key, names, { commonWords, landmark: false }, Math.max(0, text.indexOf(`"${key}"`)));
  return result.data;
}

/** The common-words file: one lower-case word a line, # comments. */
export function parseCommonWords(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !w.startsWith('#'));
}

/**
 * Why a curated name would match ordinary text instead of the place, or null: "The" or
 * "Ba" would turn every sentence that writes them into a mention. A landmark is held to
 * more (no "New Town" either), since a false one puts a visit on the map; a region may be
 * named in common words ("High North").
 */
export function weakName(name: string, { commonWords, landmark }: NameRules): string | null {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length === 0) return 'has no letters';
  if (letters.length < 3 && letters !== letters.toUpperCase())
    return 'is shorter than 3 letters (only an all-capital code such as “DC” may be)';
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const common = (w: string) => commonWords.has(w) || FUNCTION_WORDS.has(w);
  if (words.length === 1 && common(words[0]!)) return 'is a common word';
  if (words.every((w) => FUNCTION_WORDS.has(w)) || (landmark && words.every(common)))
    return 'is made only of common words';
  return null;
}

function checkNames(file: string, text: string, id: string, names: string[], rules: NameRules, from: number): void {
  for (const name of names) {
    const weak = weakName(name, rules);
    if (!weak) continue;
    throw new InputError(
      file,
      lineOf(text, JSON.stringify(name), from) ?? lineAt(text, from),
      `entry ${id}: the name “${name}” ${weak}, so ordinary text would be read as this place`,
      `Remove “${name}” from ${id}, or write the name in full as the articles do`,
    );
  }
}

/** The offset of the `nth` entry whose id is `id` (1-based), or null when it is not found. */
function idAt(text: string, id: string, nth: number): number | null {
  const pattern = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  return [...text.matchAll(pattern)][nth - 1]?.index ?? null;
}

/** The line of an entry's field (or of the entry, when the field is not written). */
function lineOfEntry(text: string, id: string, field: string): number | null {
  const at = text.indexOf(`"${id}"`);
  if (at < 0) return null;
  return (field ? lineOf(text, `"${field.split('.')[0]}"`, at) : null) ?? lineAt(text, at);
}
