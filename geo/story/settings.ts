// The story settings file (data/story.json): what cannot come from the text.
import { z } from 'zod';
import { InputError, lineOf, parseJson } from '../errors.ts';

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
