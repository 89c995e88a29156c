// The toponym corpora beside the stories (GeoVirus, WOTR, WikToR): every document geoparsed
// as `npm run geoparse` does, then scored by the corpora's own scorer, score.mjs, imported
// from their folder. WikToR annotates only each article's own place: recall and accuracy only.
// Each corpus keeps the usages its guidelines annotate: none of the three marks demonyms
// ("Vietnamese") or places inside organisations' names, so only plain names are scored.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Gazetteer } from '../gazetteer/types.ts';
import { readUtf8 } from '../io/io.ts';
import { geoparse } from '../places/geoparse.ts';
import { CorpusDoc, corpusRow, CorpusScores, predict, type CorpusRow, type Predicted } from '../scoring/corpus-row.ts';

export const CORPORA = [
  { corpus: 'geovirus', file: 'geovirus/geovirus.jsonl', recallOnly: false },
  { corpus: 'wotr', file: 'wotr/wotr-test.jsonl', recallOnly: false },
  { corpus: 'wiktor', file: 'wiktor/wiktor.jsonl', recallOnly: true },
] as const;

type Scorer = (gold: CorpusDoc[], predicted: Predicted[]) => unknown;

async function loadScorer(dir: string): Promise<Scorer> {
  const module = (await import(pathToFileURL(resolve(dir, 'score.mjs')).href)) as { score?: unknown };
  if (typeof module.score !== 'function') throw new Error(`${join(dir, 'score.mjs')} exports no score function`);
  return module.score as Scorer;
}

/** The rows of every corpus found in `dir`; null when `dir` has no scorer. */
export async function corpusRows(dir: string, gazetteer: Gazetteer): Promise<CorpusRow[] | null> {
  const scorer = await loadScorer(dir).catch(() => null);
  if (!scorer) return null;
  const rows: CorpusRow[] = [];
  for (const { corpus, file, recallOnly } of CORPORA) {
    const text = await readUtf8(join(dir, file)).catch(() => null);
    if (text === null) continue;
    const docs = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => CorpusDoc.parse(JSON.parse(l)));
    const predicted = predict(docs, (t) =>
      geoparse(t, gazetteer)
        .mentions.filter((m) => m.usage === 'name')
        .map((m) => ({ start: m.start, end: m.end, lat: m.entry.lat, lon: m.entry.lon })),
    );
    rows.push(corpusRow(corpus, predicted, CorpusScores.parse(scorer(docs, predicted)), recallOnly));
  }
  return rows;
}
