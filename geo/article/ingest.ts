// Ingest: one article file's text → metadata + body. Front matter is optional; the
// body is kept exactly as written, line endings included (only a BOM is dropped), so
// offsets into it are offsets into the file's body.
import { InputError, lineAt } from '../io/errors.ts';
import { articleIds } from './ids.ts';
import { findDate, findUrl } from './infer.ts';
import { findPlaceline, type Placeline } from './placeline.ts';
import { parseFrontMatter } from './front-matter.ts';
import type { ListedSource } from './sources-table.ts';

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

/** The outlet of an article that does not say where it ran. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

export interface Ingested {
  article: Article;
  warnings: string[];
}

const LINE_BREAK = /\r\n?|\n/;
const FENCE = /^---(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---(?:\r\n?|\n)?/;

/**
 * `file` names the article in messages; `id` defaults to its base name without extension. `listed`
 * is what a sources table beside the articles says of the file (sources-table.ts): it stands in
 * for the front matter's outlet, date and URL where the file gives none, before the text is read.
 */
export function ingestArticle(
  file: string,
  raw: string,
  id = articleIds([file])[0]!,
  listed: ListedSource = {},
): Ingested {
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
  if (!fence) return inferMetadata(file, id, body, listed);
  // One \n per line break, so the YAML's lines are the file's.
  const { meta, notes } = parseFrontMatter(file, (fence[1] ?? '').replace(/\r\n?/g, '\n'));
  const url = meta.url ?? listed.url ?? null;
  const missing = { ...fromText(body, id, url), ...listed };
  const taken = (['outlet', 'title', 'date'] as const)
    .filter((field) => meta[field] === undefined && !(field !== 'title' && listed[field]))
    .map(
      (field) =>
        `\`${field}\` ${missing[field] === null ? 'unknown' : `“${missing[field]}” (from the ${field === 'outlet' ? 'URL' : 'text'})`}`,
    );
  const article: Article = {
    id,
    file,
    body,
    bodyLine,
    placeline: findPlaceline(body),
    outlet: meta.outlet ?? missing.outlet ?? UNKNOWN_OUTLET,
    title: meta.title ?? missing.title,
    date: meta.date ?? missing.date,
    url,
    language: meta.language,
    ...(meta.agency ? { agency: meta.agency } : {}),
    ...(meta.translated_from ? { translatedFrom: meta.translated_from } : {}),
  };
  // One line per article, however many notes: a story of real captures would otherwise bury its other warnings.
  if (taken.length > 0) notes.push(`no ${taken.join(', ')}: add the field to set it`);
  return { article, warnings: notes.length ? [`${file}: ${notes.join('; ')}`] : [] };
}

/** What the text and URL say, for fields the front matter leaves out. */
function fromText(body: string, id: string, url: string | null) {
  return {
    // The site's own name for itself is not in the URL: its host is the best the file gives.
    outlet: url ? new URL(url).hostname.replace(/^www\./, '') : null,
    title: titleFromText(body, id),
    date: findDate(body).date,
  };
}

/** The first line long enough to be a headline, not a numbered menu entry or an address. */
function titleFromText(body: string, id: string): string {
  const lines = body.split(LINE_BREAK).map((l) => l.trim());
  return lines.find((l) => l.length > 20 && !/^\d+\.|^https?:/.test(l)) ?? id;
}

/** Plain text without front matter: take what a sources table lists, then what the text says; mark the rest unknown. */
function inferMetadata(file: string, id: string, body: string, listed: ListedSource): Ingested {
  const title = titleFromText(body, id);
  const url = listed.url ?? findUrl(body);
  const found = findDate(body);
  const date = listed.date ?? found.date;
  const impossible = listed.date ? undefined : found.impossible;
  const unknown = [listed.outlet ? '' : 'outlet', date ? '' : 'date', url ? '' : 'URL'].filter(Boolean);
  const warnings = unknown.length
    ? [
        `${file}: no front matter; ${unknown.join(', ')} unknown. Add front matter, or a row in a SOURCES.md table beside the articles (see README), to credit the outlet.`,
      ]
    : [];
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
      outlet: listed.outlet ?? UNKNOWN_OUTLET,
      title,
      date,
      url,
      language: 'en',
    },
    warnings,
  };
}
