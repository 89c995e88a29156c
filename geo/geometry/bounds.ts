// The frame of a set of points, for the map's opening views.
import { round, STORY_DECIMALS, type LonLat } from './round.ts';

/** [west, south, east, north] of a set of points, padded by a fraction of its size. */
export function bounds(points: LonLat[], pad = 0.1): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const dx = Math.max((e - w) * pad, 0.005);
  const dy = Math.max((n - s) * pad, 0.005);
  const r = (v: number) => round(v, STORY_DECIMALS);
  return [r(Math.max(-180, w - dx)), r(Math.max(-90, s - dy)), r(Math.min(180, e + dx)), r(Math.min(90, n + dy))];
}
