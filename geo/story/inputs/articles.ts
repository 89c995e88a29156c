// The story's articles: each file ingested (a second copy of an article refused), then all
// geoparsed together, so each resolves knowing the countries the others name.
import { articleIds, fileName } from '../../article/ids.ts';
import { ingestArticle, type Article } from '../../article/ingest.ts';
import { parseSourcesTable } from '../../article/sources-table.ts';
import { InputError } from '../../io/errors.ts';
import type { Gazetteer } from '../../gazetteer/types.ts';
import { resolveScan, scan } from '../../places/geoparse.ts';
import type { StoryArticle } from './types.ts';

export interface ReadArticles {
  articles: Article[];
  warnings: string[];
}

/**
 * Ingests every file, each with what a sources table beside them lists of it; the same text or
 * URL twice is an error naming both files. A row for a file that is not there is reported.
 */
export function readArticles(
  files: Array<{ file: string; text: string }>,
  sources: { file: string; text: string } | null = null,
): ReadArticles {
  const articles: Article[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const ids = articleIds(files.map((f) => f.file));
  const table = sources ? parseSourcesTable(sources.file, sources.text) : null;
  const names = new Set(files.map((f) => fileName(f.file)));
  for (const [name, line] of table?.lines ?? [])
    if (!names.has(name)) warnings.push(`${sources!.file}:${line}: lists \`${name}\`, which is not among the articles`);
  for (const [i, { file, text }] of files.entries()) {
    const { article, warnings: w } = ingestArticle(file, text, ids[i], table?.rows.get(fileName(file)));
    const fingerprint = article.body.replace(/\s+/g, ' ').trim();
    const twin = seen.get(fingerprint) ?? (article.url ? seen.get(article.url) : undefined);
    if (twin) throw new InputError(file, 1, `is a duplicate of ${twin}`, 'Remove one of the two files');
    seen.set(fingerprint, file);
    if (article.url) seen.set(article.url, file);
    warnings.push(...w);
    articles.push(article);
  }
  return { articles, warnings };
}

/**
 * Two passes: every article's countries first, then each article resolved with the story's. The
 * traveller's names are a person's in every article: "Mori and the Vietnamese prime minister signed"
 * is no town, even in an article that never writes "Hiroshi Mori" whole.
 */
export function geoparseStory(
  articles: Article[],
  gazetteer: Gazetteer,
  travellerNames: string[] = [],
): StoryArticle[] {
  const scans = articles.map((article) => scan(article.body, gazetteer));
  const storyCountries = new Set(scans.flatMap((s) => [...s.context.articleCountries]));
  const people = travellerNames.flatMap((name) => name.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w));
  return articles.map((article, i) => ({
    article,
    parsed: resolveScan(scans[i]!, gazetteer, storyCountries, people),
  }));
}
