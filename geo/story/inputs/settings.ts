// The story settings file (data/story.json): what cannot come from the text.
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

export const StorySettings = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    traveller: z
      .object({
        name: z.string().min(1),
        /** Other ways the articles name the traveller ("Varga", "the Chilean president"). */
        aliases: z.array(z.string().min(1)).default([]),
        /** The traveller's country, only when the articles never say it ("Russian President …"). */
        home: z.string().optional(),
      })
      .strict(),
    /** Whose trade to draw: a country as the articles name it. */
    trade: z
      .object({ reporter: z.string().min(1) })
      .strict()
      .optional(),
    /** Over the app's own colours: a newsroom's palette for this story. */
    colors: readableColors.default({}),
  })
  .strict();
export type StorySettings = z.infer<typeof StorySettings>;

/** The settings are a handful of fields, as front matter is: past these sizes they are not settings. */
export const MAX_SETTINGS_BYTES = 16 * 1024;
export const MAX_SETTINGS_KEYS = 100;

export function parseSettings(file: string, text: string): StorySettings {
  const raw = parseJson(file, text);
  refuseOddSettings(file, text, raw);
  const result = StorySettings.safeParse(raw);
  if (result.success) return result.data;
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[issue.path.length - 1] ?? '');
  const line = lineOf(text, `"${key}"`) ?? 1;
  const problem =
    issue.code === 'unrecognized_keys'
      ? `unknown setting "${key}"`
      : `setting "${issue.path.join('.')}" ${issue.message}`;
  throw new InputError(file, line, problem, 'See the README section "Story settings" for the fields and their form');
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
  settings: StorySettings,
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
        'Write the country’s English name, e.g. “Chile”',
      );
    return entry;
  };
  return {
    home: country(settings.traveller.home, 'traveller.home'),
    reporter: country(settings.trade?.reporter, 'trade.reporter'),
  };
}
