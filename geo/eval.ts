// Score a geoparser against hand-annotated gold: recognition by exact span, resolution
// by distance (accuracy within 161 km, the customary "100 miles") or by the same entry id.
import { distance } from '@turf/distance';
import type { StoryArticle } from './story/inputs/types.ts';

export interface Annotated {
  /** Which text the span is in, when several are scored together. */
  article?: string;
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
  id?: string;
}

export interface Scores {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the correctly found spans, the share placed within `withinKm` of the gold point. */
  accuracy: number;
  withinKm: number;
  misses: Annotated[];
  falseAlarms: Annotated[];
  misplaced: Array<{ gold: Annotated; predicted: Annotated; km: number }>;
}

export const ACCURACY_KM = 161;

export function score(gold: Annotated[], predicted: Annotated[], withinKm = ACCURACY_KM): Scores {
  const key = (a: Annotated) => `${a.article ?? ''}:${a.start}:${a.end}`;
  const goldBySpan = new Map(gold.map((g) => [key(g), g]));
  const predictedSpans = new Set(predicted.map(key));
  let truePositives = 0;
  let placed = 0;
  const misplaced: Scores['misplaced'] = [];
  for (const p of predicted) {
    const g = goldBySpan.get(key(p));
    if (!g) continue;
    truePositives++;
    const km = distance([g.lon, g.lat], [p.lon, p.lat], { units: 'kilometers' });
    // A sea or a region has no true point: naming the same gazetteer entry is the match.
    if (km <= withinKm || (g.id !== undefined && g.id === p.id)) placed++;
    else misplaced.push({ gold: g, predicted: p, km: Math.round(km) });
  }
  const precision = predicted.length ? truePositives / predicted.length : 0;
  const recall = gold.length ? truePositives / gold.length : 0;
  return {
    gold: gold.length,
    predicted: predicted.length,
    truePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: truePositives ? placed / truePositives : 0,
    withinKm,
    misses: gold.filter((g) => !predictedSpans.has(key(g))),
    falseAlarms: predicted.filter((p) => !goldBySpan.has(key(p))),
    misplaced,
  };
}

/**
 * What a reader sees of each article: its mentions as the build resolves them, every
 * article knowing the countries the others name (the story's context), keyed by article id.
 */
export function storyMentions(articles: StoryArticle[]): Map<string, Annotated[]> {
  return new Map(
    articles.map(({ article, parsed }) => [
      article.id,
      parsed.mentions.map((m) => ({
        article: article.id,
        start: m.start,
        end: m.end,
        text: m.text,
        lat: m.entry.lat,
        lon: m.entry.lon,
        id: m.entry.id,
      })),
    ]),
  );
}
