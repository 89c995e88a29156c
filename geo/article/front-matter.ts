// Front matter: the YAML between the fences, refused when it is not YAML, too big to be
// front matter, or gives a field a wrong value; read under its own names or its aliases.
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, lineAt } from '../io/errors.ts';
import { dateTimeProblem } from './calendar.ts';
import { FRONT_MATTER_FIELDS, readFields } from './front-matter-fields.ts';

// Every field may be absent (a capture gives what it gives: the outlet, title and date are then
// taken from the URL and the text, with a warning); one given must be right.
/** Text with something in it: a value of spaces only is as empty as none. */
const filled = z.string().refine((value) => value.trim() !== '', 'is empty');

const FrontMatter = z
  .object({
    outlet: filled.optional(),
    title: filled.optional(),
    date: z
      .string()
      .superRefine((value, ctx) => {
        const problem = dateTimeProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    url: z
      .string()
      .url()
      .regex(/^https?:\/\//, 'use an http(s) URL')
      .optional(),
    language: z.string().min(2).default('en'),
    author: z.string().optional(),
    notes: z.string().optional(),
    agency: z.string().min(1).optional(),
    translated_from: z.string().min(2).optional(),
  })
  .strict();

/** What each field holds, for the fix of a wrong value. */
const FIELD_FORMS: Record<string, string> = {
  outlet: 'the outlet’s name, e.g. `outlet: "Reuters"`',
  title: 'the headline as published, e.g. `title: "Talks end without a deal"`',
  date: 'the day of publication as YYYY-MM-DD (e.g. `date: "2024-06-20"`) or an ISO date-time (`2024-06-20T18:39+02:00`)',
  url: 'the article’s http(s) address, or remove the line',
  language: 'a language code such as `en`',
  agency: 'the news agency whose copy the outlet ran, e.g. `agency: "AFP"`, or remove the line',
  translated_from: 'the code of the language the article was translated from, e.g. `translated_from: de`',
};

/**
 * Front matter is a handful of fields. Past these sizes it is not front matter, and the YAML
 * parser would take minutes over it (250,000 keys), so it is refused before parsing.
 */
export const MAX_FRONT_MATTER_BYTES = 16 * 1024;
export const MAX_FRONT_MATTER_KEYS = 100;

/** A line that opens a key, at any depth: `title: …`, `  - url: …`. */
const KEY_LINE = /^\s*(?:-\s+)?[^\s#][^:]*:(?:\s|$)/;

function limitFrontMatter(file: string, yamlText: string): void {
  let [bytes, keys] = [0, 0];
  const lines = yamlText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    bytes += Buffer.byteLength(lines[i]!) + 1;
    if (KEY_LINE.test(lines[i]!)) keys++;
    // The YAML starts on the file's second line, after the opening ---.
    if (keys > MAX_FRONT_MATTER_KEYS) {
      throw new InputError(
        file,
        i + 2,
        `front matter has more than ${MAX_FRONT_MATTER_KEYS} keys`,
        `Keep only its fields (${FRONT_MATTER_FIELDS.join(', ')}) and put the article's text below the closing ---`,
      );
    }
    if (bytes > MAX_FRONT_MATTER_BYTES) {
      throw new InputError(
        file,
        i + 2,
        `front matter is over ${MAX_FRONT_MATTER_BYTES / 1024} KiB by this line`,
        "Shorten the fields (notes especially) and put the article's text below the closing ---",
      );
    }
  }
}

/** One `key: value` line whose value YAML reads as the text written: quoted without escapes, or a plain word. */
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ ]+(?:"([^"\\\p{Cc}]*)"|'([^'\p{Cc}]*)'|([A-Za-z][A-Za-z_-]*))[ ]*$/u;
/** Plain words YAML's core schema reads as something other than text. */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Front matter of `key: "value"` lines only (what captures and the examples write) as YAML
 * reads it, without the YAML parser; null for anything else, which the parser reads.
 */
export function simpleFrontMatter(yamlText: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    if (line === '') continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return null;
    const [, key, doubleQuoted, singleQuoted, plain] = m;
    if (NOT_TEXT.test(key!) || key === '__proto__' || Object.hasOwn(data, key!)) return null;
    if (plain !== undefined && NOT_TEXT.test(plain)) return null;
    data[key!] = doubleQuoted ?? singleQuoted ?? plain!;
  }
  return data;
}

export function parseFrontMatter(
  file: string,
  yamlText: string,
): { meta: z.infer<typeof FrontMatter>; notes: string[] } {
  limitFrontMatter(file, yamlText);
  const simple = simpleFrontMatter(yamlText);
  return validFrontMatter(file, yamlText, simple ?? parsedFrontMatter(file, yamlText));
}

/** The front matter as the YAML parser reads it, refused where it is no mapping. */
function parsedFrontMatter(file: string, yamlText: string): Record<string, unknown> {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  // The YAML starts on the file's second line, after the opening ---.
  const lineOf = (offset: number) => lineAt(yamlText, offset) + 1;
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new InputError(
      file,
      lineOf(yamlError.pos[0]),
      `front matter is not valid YAML (${yamlError.message.split('\n')[0]})`,
      'Write one `field: value` per line and quote values that contain a colon',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml stops expanding aliases past a limit (a "billion laughs" document).
    const alias = /(?:^|[\s[{,:])(\*[^\s,[\]{}]+)/m.exec(yamlText);
    throw new InputError(
      file,
      alias ? lineOf(alias.index + alias[0].indexOf(alias[1]!)) : 2,
      `front matter cannot be read (${(error as Error).message})`,
      'Write each value out in full instead of YAML aliases (`&name`, `*name`)',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(
      file,
      2,
      `front matter is ${Array.isArray(data) ? 'a YAML list' : 'a single value'}, not \`field: value\` lines`,
      'Write one `field: value` per line, e.g. `outlet: "Reuters"`',
    );
  }
  return data as Record<string, unknown>;
}

/** The fields read and checked. */
function validFrontMatter(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
): { meta: z.infer<typeof FrontMatter>; notes: string[] } {
  const keyLine = (key: string) => {
    const at = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return at >= 0 ? at + 2 : 1;
  };
  const { values, source, notes } = readFields(data, keyLine);
  const result = FrontMatter.safeParse(values);
  if (result.success) return { meta: result.data, notes };
  throw frontMatterError(file, keyLine, values, source, result.error.issues[0]!);
}

/** A field's value is wrong: the message names the field as the file writes it (`source_url` for url). */
function frontMatterError(
  file: string,
  keyLine: (key: string) => number,
  values: Record<string, unknown>,
  source: Record<string, string | undefined>,
  issue: z.core.$ZodIssue,
): InputError {
  const canonical = String(issue.path[0] ?? '');
  const field = source[canonical] ?? canonical;
  const line = keyLine(field);
  const name = `front-matter field \`${field}\``;
  const value = values[canonical];
  const form = FIELD_FORMS[canonical] ?? 'one line of text';
  const [problem, fix] =
    value === undefined
      ? [`${name} is missing`, `Add \`${field}:\` with ${form}`]
      : value === null || (typeof value === 'string' && value.trim() === '')
        ? [`${name} is empty${value ? ' (only spaces)' : ''}`, `Write ${form}`]
        : typeof value !== 'string'
          ? [
              `${name} must be text, not ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${String(value)}`}`,
              `Quote it as one line of text: ${typeof value === 'object' ? `\`${field}: "…"\`` : `\`${field}: "${String(value)}"\``}`,
            ]
          : [`${name} “${value}” is invalid: ${issue.message}`, `Write ${form}`];
  return new InputError(file, line, problem, fix);
}
