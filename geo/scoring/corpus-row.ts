// One row of the toponym-corpus table: Dateline's places for each document, scored by the
// corpus's own scorer (score.mjs beside the corpora), overlap block: recognition P/R/F1,
// resolution accuracy within 161 km, end-to-end F1; and how many documents got no place.
import { z } from 'zod';

export const CorpusDoc = z.object({ id: z.string(), text: z.string(), toponyms: z.array(z.unknown()) });
export type CorpusDoc = z.infer<typeof CorpusDoc>;

export interface Predicted {
  id: string;
  toponyms: Array<{ start: number; end: number; lat: number; lon: number }>;
}

/** What score.mjs returns, the parts read here. */
export const CorpusScores = z.object({
  docs: z.number(),
  overlap: z.object({
    recognition: z.object({ precision: z.number(), recall: z.number(), f1: z.number() }),
    resolution: z.object({ acc161: z.number().nullable() }),
    e2e: z.object({ f1: z.number() }),
  }),
});
export type CorpusScores = z.infer<typeof CorpusScores>;

export interface CorpusRow {
  corpus: string;
  docs: number;
  /** Null where the corpus annotates only some places (WikToR: each article's own), so precision means nothing. */
  precision: number | null;
  recall: number;
  f1: number | null;
  acc161: number | null;
  e2eF1: number | null;
  /** Documents in which Dateline found no place at all. */
  noPlace: number;
}

export function predict(docs: CorpusDoc[], parse: (text: string) => Predicted['toponyms']): Predicted[] {
  return docs.map((d) => ({ id: d.id, toponyms: parse(d.text) }));
}

export function corpusRow(
  corpus: string,
  predicted: Predicted[],
  scores: CorpusScores,
  recallOnly: boolean,
): CorpusRow {
  const { recognition, resolution, e2e } = scores.overlap;
  return {
    corpus,
    docs: scores.docs,
    precision: recallOnly ? null : recognition.precision,
    recall: recognition.recall,
    f1: recallOnly ? null : recognition.f1,
    acc161: resolution.acc161,
    e2eF1: recallOnly ? null : e2e.f1,
    noPlace: predicted.filter((p) => p.toponyms.length === 0).length,
  };
}
