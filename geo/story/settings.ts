// The story settings file (data/story.json): what cannot come from the text.
import { z } from 'zod';
import { InputError, lineOf, parseJson } from '../errors.ts';
import { foldName } from '../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';

export const StorySettings = z.object({
  title: z.string().min(1),
  subtitle: z.string().default(''),
  traveller: z.object({
    name: z.string().min(1),
    /** Other ways the articles name the traveller ("Putin", "the Russian president"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** The traveller's country, only when the articles never say it ("Russian President …"). */
    home: z.string().optional(),
  }).strict(),
  /** Whose trade to draw: a country as the articles name it. */
  trade: z.object({ reporter: z.string().min(1) }).strict().optional(),
  colors: z.record(z.string(), z.string().regex(/^#[0-9a-f]{6}$/i, 'use a #rrggbb colour')).default({}),
}).strict();
export type StorySettings = z.infer<typeof StorySettings>;

export function parseSettings(file: string, text: string): StorySettings {
  const result = StorySettings.safeParse(parseJson(file, text));
  if (result.success) return result.data;
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[issue.path.length - 1] ?? '');
  const line = lineOf(text, `"${key}"`) ?? 1;
  const problem = issue.code === 'unrecognized_keys' ? `unknown setting "${key}"` : `setting "${issue.path.join('.')}" ${issue.message}`;
  throw new InputError(file, line, problem, 'See the README section "Story settings" for the fields and their form');
}

/** The countries the settings name, as gazetteer entries; null where a setting is left out. */
export interface SettingsPlaces {
  home: GazetteerEntry | null;
  reporter: GazetteerEntry | null;
}

/** `settingsFile` is the settings file as read, for the line of a country the gazetteer does not know. */
export function settingsToPlaces(settings: StorySettings, settingsFile: { file: string; text: string }, gazetteer: Gazetteer): SettingsPlaces {
  const country = (name: string | undefined, setting: string): GazetteerEntry | null => {
    if (!name) return null;
    const entry = (gazetteer.lookup(foldName(name)) ?? []).map((h) => gazetteer.entry(h.id)).find((e) => e?.kind === 'country');
    if (!entry) throw new InputError(settingsFile.file, lineOf(settingsFile.text, name), `${setting} “${name}” is not a country the gazetteer knows`, 'Write the country’s English name, e.g. “Vietnam”');
    return entry;
  };
  return { home: country(settings.traveller.home, 'traveller.home'), reporter: country(settings.trade?.reporter, 'trade.reporter') };
}
