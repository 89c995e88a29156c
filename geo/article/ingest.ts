// Ingest: one article file's text → metadata + body. Front matter is optional; the
// body is kept exactly as written, line endings included (only a BOM is dropped), so
// offsets into it are offsets into the file's body.
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, lineAt } from '../errors.ts';
import { articleIds } from './ids.ts';
import { dateTimeProblem } from './calendar.ts';
import { findDate, findUrl } from './infer.ts';
import { findPlaceline, type Placeline } from './placeline.ts';

export interface Article {
  id: string;
  file: string;
  outlet: string;
  title: string;
  date: string | null;
  url: string | null;
  language: string;
  /** The news agency whose copy the outlet ran, where the front matter names one. */
  agency?: string;
  /** The language the text was translated from, where the front matter says so. */
  translatedFrom?: string;
  body: string;
  /** The file's line on which the body starts, so messages can name lines of the file. */
  bodyLine: number;
  /** A transcript's location header ("Changi Naval Base / Singapore, Singapore"): where it was spoken; null when none. */
  placeline: Placeline | null;
}

export interface Ingested {
  article: Article;
  warnings: string[];
}

const FrontMatter = z
  .object({
    outlet: z.string().min(1),
    title: z.string().min(1),
    date: z.string().superRefine((value, ctx) => {
      const problem = dateTimeProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
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

const LINE_BREAK = /\r\n?|\n/;
const FENCE = /^---(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---(?:\r\n?|\n)?/;

/** `file` names the article in messages; `id` defaults to its base name without extension. */
export function ingestArticle(file: string, raw: string, id = articleIds([file])[0]!): Ingested {
  const text = raw.replace(/^\uFEFF/, '');
  const fence = FENCE.exec(text);
  if (!fence && /^---(?:\r\n?|\n)/.test(text)) {
    throw new InputError(
      file,
      1,
      'front matter opened with --- is never closed',
      'Add a line with --- after the last field',
    );
  }
  const body = fence ? text.slice(fence[0].length) : text;
  const bodyLine = fence ? lineAt(fence[0], fence[0].length) : 1;
  if (body.trim().length === 0) {
    throw new InputError(
      file,
      bodyLine,
      'article has no text',
      'Paste the article body below the front matter, or remove the file',
    );
  }
  if (!fence) return inferMetadata(file, id, body);
  // One \n per line break, so the YAML's lines are the file's.
  const meta = parseFrontMatter(file, (fence[1] ?? '').replace(/\r\n?/g, '\n'));
  const article: Article = {
    id,
    file,
    body,
    bodyLine,
    placeline: findPlaceline(body),
    outlet: meta.outlet,
    title: meta.title,
    date: meta.date,
    url: meta.url ?? null,
    language: meta.language,
    ...(meta.agency ? { agency: meta.agency } : {}),
    ...(meta.translated_from ? { translatedFrom: meta.translated_from } : {}),
  };
  return { article, warnings: [] };
}

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

function parseFrontMatter(file: string, yamlText: string): z.infer<typeof FrontMatter> {
  limitFrontMatter(file, yamlText);
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
  const result = FrontMatter.safeParse(data);
  if (result.success) return result.data;
  throw frontMatterError(file, yamlText, data as Record<string, unknown>, result.error.issues);
}

function frontMatterError(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
  issues: z.core.$ZodIssue[],
): InputError {
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
  const pair = yamlText.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  const line = pair >= 0 ? pair + 2 : 1;
  const name = `front-matter field \`${field}\``;
  const value = data[field];
  const form = FIELD_FORMS[field] ?? 'one line of text';
  const [problem, fix] =
    issue.code === 'unrecognized_keys'
      ? [`unknown ${name}`, `Remove it or rename it to one of: ${FRONT_MATTER_FIELDS.join(', ')}`]
      : value === undefined
        ? [`${name} is missing`, `Add \`${field}:\` with ${form}`]
        : value === null || value === ''
          ? [`${name} is empty`, `Write ${form}`]
          : typeof value !== 'string'
            ? [
                `${name} must be text, not ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${String(value)}`}`,
                `Quote it as one line of text: ${typeof value === 'object' ? `\`${field}: "…"\`` : `\`${field}: "${String(value)}"\``}`,
              ]
            : [`${name} “${value}” is invalid: ${issue.message}`, `Write ${form}`];
  return new InputError(file, line, problem, fix);
}

/** Plain text without front matter: take what the text says, mark the rest unknown. */
function inferMetadata(file: string, id: string, body: string): Ingested {
  const lines = body.split(LINE_BREAK).map((l) => l.trim());
  const title = lines.find((l) => l.length > 20 && !/^\d+\.|^https?:/.test(l)) ?? id;
  const url = findUrl(body);
  const { date, impossible } = findDate(body);
  const warnings = [
    `${file}: no front matter; outlet unknown${date ? '' : ', date unknown'}${url ? '' : ', URL unknown'}. Add front matter (see README) to credit the outlet.`,
  ];
  if (impossible) {
    warnings.push(
      `${file}:${lineAt(body, impossible.at)}: “${impossible.text}” is not a real date, so it is not taken as the article’s date. Correct it, or give the date in front matter (\`date: "YYYY-MM-DD"\`)`,
    );
  }
  return {
    article: {
      id,
      file,
      body,
      bodyLine: 1,
      placeline: findPlaceline(body),
      outlet: 'Unknown outlet',
      title,
      date,
      url,
      language: 'en',
    },
    warnings,
  };
}
