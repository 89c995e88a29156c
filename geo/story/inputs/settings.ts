// The story settings file (data/story.json): what cannot come from the text. Only the
// traveller's name is needed; every other setting has a default worked out from the story
// (geo/story/defaults.ts), and any can be set to override it.
import { z } from 'zod';
import { InputError, lineAt, lineOf, parseJson } from '../../io/errors.ts';
import { foldName } from '../../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { jsonKeys } from '../../io/json-keys.ts';
// Colours pass from the settings to story.json unchanged: one schema in the contract for both.
import { StoryColors } from '../../contract/schema.ts';
import { contrastOnWhite } from './contrast.ts';

/** WCAG AA for text: route, site and partner colour labels and headings; one rule for all five. */
const MIN_CONTRAST = 4.5;

const readableColors = StoryColors.superRefine((colors, ctx) => {
  for (const [name, hex] of Object.entries(colors)) {
    const ratio = contrastOnWhite(hex);
    if (ratio >= MIN_CONTRAST) continue;
    const message =
      `is ${hex}, ${ratio.toFixed(1)}:1 on white; the map's labels and lines need ${MIN_CONTRAST}:1` +
      ' (WCAG AA): use a darker shade';
    ctx.addIssue({ code: 'custom', path: [name], message });
  }
});

export const SettingsFile = z
  .object({
    /** Default: the traveller and the countries visited, "Kamala Harris’s trip to Ghana, Tanzania and Zambia". */
    title: z.string().min(1).optional(),
    /** Default: the trip's dates and its articles, "25 March – 2 April 2023 · 7 articles from whitehouse.gov". */
    subtitle: z.string().optional(),
    traveller: z
      .object({
        name: z.string().min(1),
        /** Other ways the articles name the traveller ("Varga", "the Chilean president"). Default: the surname. */
        aliases: z.array(z.string().min(1)).optional(),
        /** The traveller's country, only when the articles never say it ("Russian President …"). */
        home: z.string().optional(),
      })
      .strict(),
    /** Whose trade to draw: a country as the articles name it. Default: see tradeHub in defaults.ts. */
    trade: z
      .object({ reporter: z.string().min(1) })
      .strict()
      .optional(),
    /** Over the app's own colours: a newsroom's palette for this story. Default: none, the app's own. */
    colors: readableColors.optional(),
  })
  .strict();
/** The settings as the file gives them. */
export type SettingsFile = z.infer<typeof SettingsFile>;

/** The settings with every default filled in, as the stages read them. */
export interface StorySettings {
  title: string;
  subtitle: string;
  traveller: { name: string; aliases: string[]; home?: string };
  trade?: { reporter: string };
  colors: StoryColors;
}

/** Where every settings error sends the reader. */
export const SETTINGS_SECTION = 'See the README section "Story settings" for the fields and their form';

/** The settings are a handful of fields, as front matter is: past these sizes they are not settings. */
export const MAX_SETTINGS_BYTES = 16 * 1024;
export const MAX_SETTINGS_KEYS = 100;

export function parseSettings(file: string, text: string): SettingsFile {
  const raw = parseJson(file, text);
  refuseOddSettings(file, text, raw);
  const result = SettingsFile.safeParse(raw);
  if (result.success) return result.data;
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[issue.path.length - 1] ?? '');
  const line = lineOf(text, `"${key}"`) ?? 1;
  const problem =
    issue.code === 'unrecognized_keys'
      ? `unknown setting "${key}"`
      : `setting "${issue.path.join('.')}" ${issue.message}`;
  throw new InputError(file, line, problem, SETTINGS_SECTION);
}

/**
 * What JSON.parse and the schema let through: a key written twice (JSON.parse keeps the last
 * value without a word), too many keys, and a title of spaces only.
 */
function refuseOddSettings(file: string, text: string, raw: unknown): void {
  const { duplicate, count } = jsonKeys(text);
  if (duplicate)
    throw new InputError(
      file,
      lineAt(text, duplicate.offset),
      `setting "${duplicate.key}" is written twice in one object, and only one can count`,
      'Keep one of the two and remove the other',
    );
  if (count > MAX_SETTINGS_KEYS)
    throw new InputError(
      file,
      null,
      `has ${count} keys, more than the ${MAX_SETTINGS_KEYS} story settings can have`,
      'Keep only the settings the README lists (title, subtitle, traveller, trade, colors)',
    );
  const title = (raw as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() === '' && title !== '')
    throw new InputError(
      file,
      lineOf(text, '"title"') ?? 1,
      'setting "title" is only spaces',
      'Write the story’s title, e.g. "title": "The president’s state visit"',
    );
}

/** The countries the settings name, as gazetteer entries; null where a setting is left out. */
export interface SettingsPlaces {
  home: GazetteerEntry | null;
  reporter: GazetteerEntry | null;
}

/** `settingsFile` is the settings file as read, for the line of a country the gazetteer does not know. */
export function settingsToPlaces(
  settings: SettingsFile,
  settingsFile: { file: string; text: string },
  gazetteer: Gazetteer,
): SettingsPlaces {
  const country = (name: string | undefined, setting: string): GazetteerEntry | null => {
    if (!name) return null;
    const entry = (gazetteer.lookup(foldName(name)) ?? [])
      .map((h) => gazetteer.entry(h.id))
      .find((e) => e?.kind === 'country');
    if (!entry)
      throw new InputError(
        settingsFile.file,
        lineOf(settingsFile.text, name),
        `${setting} “${name}” is not a country the gazetteer knows`,
        `Write the country’s English name, e.g. “Chile”. ${SETTINGS_SECTION}`,
      );
    return entry;
  };
  return {
    home: country(settings.traveller.home, 'traveller.home'),
    reporter: country(settings.trade?.reporter, 'trade.reporter'),
  };
}
