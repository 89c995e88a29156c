// Ingest: one article file's text → metadata + body. Front matter is optional; the
// body is kept exactly as written (only a BOM and CR line endings are normalised).
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, lineAt } from '../errors.ts';

export interface Article {
  id: string;
  file: string;
  outlet: string;
  title: string;
  date: string | null;
  url: string | null;
  language: string;
  body: string;
  /** The file's line on which the body starts, so messages can name lines of the file. */
  bodyLine: number;
}

export interface Ingested {
  article: Article;
  warnings: string[];
}

const FrontMatter = z
  .object({
    outlet: z.string().min(1),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/, 'use YYYY-MM-DD or an ISO date-time'),
    url: z.string().url().regex(/^https?:\/\//, 'use an http(s) URL').optional(),
    language: z.string().min(2).default('en'),
    author: z.string().optional(),
    notes: z.string().optional(),
  })
  .strict();

export const FRONT_MATTER_FIELDS = ['outlet', 'title', 'date', 'url', 'language', 'author', 'notes'] as const;

/** `file` names the article in messages; its base name without extension becomes the id. */
export function ingestArticle(file: string, raw: string): Ingested {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|txt)$/i, '');
  const fence = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!fence && text.startsWith('---\n')) {
    throw new InputError(file, 1, 'front matter opened with --- is never closed', 'Add a line with --- after the last field');
  }
  const body = fence ? text.slice(fence[0].length) : text;
  const bodyLine = fence ? lineAt(fence[0], fence[0].length) : 1;
  if (body.trim().length === 0) {
    throw new InputError(file, bodyLine, 'article has no text', 'Paste the article body below the front matter, or remove the file');
  }
  if (!fence) return inferMetadata(file, id, body);
  const meta = parseFrontMatter(file, fence[1] ?? '');
  const article: Article = {
    id, file, body, bodyLine,
    outlet: meta.outlet, title: meta.title, date: meta.date,
    url: meta.url ?? null, language: meta.language,
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
      throw new InputError(file, i + 2, `front matter has more than ${MAX_FRONT_MATTER_KEYS} keys`,
        `Keep only its fields (${FRONT_MATTER_FIELDS.join(', ')}) and put the article's text below the closing ---`);
    }
    if (bytes > MAX_FRONT_MATTER_BYTES) {
      throw new InputError(file, i + 2, `front matter is over ${MAX_FRONT_MATTER_BYTES / 1024} KiB by this line`,
        'Shorten the fields (notes especially) and put the article\'s text below the closing ---');
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
    throw new InputError(file, lineOf(yamlError.pos[0]), `front matter is not valid YAML (${yamlError.message.split('\n')[0]})`,
      'Write one `field: value` per line and quote values that contain a colon');
  }
  const result = FrontMatter.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  // An unknown field is the likelier mistake (a typo) than the missing one it stands for.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? '');
  const pair = field ? yamlText.split('\n').findIndex((l) => l.startsWith(`${field}:`)) : -1;
  const line = pair >= 0 ? pair + 2 : 1;
  const fix = issue.code === 'unrecognized_keys'
    ? `Remove it or rename it to one of: ${FRONT_MATTER_FIELDS.join(', ')}`
    : issue.code === 'invalid_type' && issue.input === undefined ? `Add \`${field}:\` to the front matter`
    : `Fix the value of \`${field}\` (${issue.message})`;
  const problem = issue.code === 'unrecognized_keys' ? `unknown front-matter field \`${field}\`` : `front-matter field \`${field}\` is invalid`;
  throw new InputError(file, line, problem, fix);
}

/** Plain text without front matter: take what the text says, mark the rest unknown. */
function inferMetadata(file: string, id: string, body: string): Ingested {
  const lines = body.split('\n').map((l) => l.trim());
  const title = lines.find((l) => l.length > 20 && !/^\d+\.|^https?:/.test(l)) ?? id;
  const url = findUrl(body);
  const date = findDate(body);
  const warnings = [`${file}: no front matter; outlet unknown${date ? '' : ', date unknown'}${url ? '' : ', URL unknown'}. Add front matter (see README) to credit the outlet.`];
  return { article: { id, file, body, bodyLine: 1, outlet: 'Unknown outlet', title, date, url, language: 'en' }, warnings };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "June 20, 2024", "20 June 2024" or "20.06.2024" → 2024-06-20. */
export function findDate(text: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const named = /\b(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (?:(\d{1,2}), )?(\d{4})\b/.exec(text);
  if (named && (named[1] ?? named[3])) {
    return `${named[4]}-${pad(MONTHS.indexOf(named[2]!.toLowerCase()) + 1)}-${pad(Number(named[1] ?? named[3]))}`;
  }
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  return dotted ? `${dotted[3]}-${pad(Number(dotted[2]))}-${pad(Number(dotted[1]))}` : null;
}

/** The first URL of the text, mended when a capture split it with a space ("visi ts"). */
export function findUrl(text: string): string | null {
  const match = /https?:\/\/\S+(?: [a-z0-9][\w\-./]*(?=\s*$))?/m.exec(text);
  return match ? match[0].replace(/ /g, '') : null;
}
