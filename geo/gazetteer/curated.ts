// The curated gazetteer files in data/gazetteer: what no package has (landmarks,
// seas and regions, extra aliases), validated entry by entry with the line to fix.
import { z } from 'zod';
import { InputError, lineAt, lineOf, parseJson } from '../errors.ts';

const lon = z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180');
const lat = z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90');

export const Landmark = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.string(),
  city: z.number().int(),
  country: z.string().length(2),
  lon, lat,
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  coordSource: z.string().min(1),
}).strict();
export type Landmark = z.infer<typeof Landmark>;

export const Region = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(['sea', 'region']),
  members: z.array(z.string().length(3)),
  lon, lat,
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  coordSource: z.string().min(1),
}).strict();
export type Region = z.infer<typeof Region>;

/** Extra names for package entries, keyed by place id: historical names, short forms. */
export const AliasTable = z.record(z.string().regex(/^(country|city|admin1):/), z.array(z.string().min(1)));
export type AliasTable = z.infer<typeof AliasTable>;

/** Parses an array file, naming the line of the first entry that is wrong. */
export function parseEntries<T>(file: string, text: string, schema: z.ZodType<T>): T[] {
  const data = parseJson(file, text);
  if (!Array.isArray(data)) throw new InputError(file, 1, 'expected a JSON array of entries', 'Wrap the entries in [ … ]');
  return data.map((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : `#${index + 1}`;
    const field = issue.path.join('.');
    throw new InputError(file, lineOfEntry(text, id, field), `entry ${id}: ${field || 'entry'} ${issue.message}`,
      `Correct \`${field || 'the entry'}\` of ${id}`);
  });
}

export function parseAliasTable(file: string, text: string): AliasTable {
  const result = AliasTable.safeParse(parseJson(file, text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  throw new InputError(file, lineOfEntry(text, key, ''), `${key}: ${issue.message}`,
    'Keys are place ids such as "country:RUS"; values are lists of names');
}

/** The line of an entry's field (or of the entry, when the field is not written). */
function lineOfEntry(text: string, id: string, field: string): number | null {
  const at = text.indexOf(`"${id}"`);
  if (at < 0) return null;
  return (field ? lineOf(text, `"${field.split('.')[0]}"`, at) : null) ?? lineAt(text, at);
}
