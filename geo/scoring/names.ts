// How the scorers tell that a name in an answer key and a name Dateline wrote are the same:
// folded, and every telling word of the shorter one found in the longer ("Grand Hyatt Hotel"
// in "Grand Hyatt Hotel, Nusa Dua"; "National Institutes of Hygiene" in "National Institute
// of Hygiene and Epidemiology"; "United States" in "United States of America").
import { distance } from '@turf/distance';
import { foldName } from '../gazetteer/names.ts';

const FILLER = new Set(['the', 'of', 'and', 'in', 'at', 'de', 'del', 'la', 'el', 'es', 'al']);

function words(name: string): string[] {
  return foldName(name)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .map((w) => (w.length > 4 ? w.replace(/s$/, '') : w));
}

export function sameName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.length > 0 && short.every((w) => long.has(w));
}

export interface Point {
  lat: number;
  lon: number;
}

export function km(a: Point, b: Point): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}
