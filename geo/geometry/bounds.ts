// The frame of a set of points, for the map's opening views.
import { round, STORY_DECIMALS, type LonLat } from './round.ts';

/** A longitude brought into [-180, 180]. */
const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * [west, south, east, north] of a set of points, padded by a fraction of its size. Points that lie
 * closer together across ±180° than the other way round (Auckland and Niue) are framed across it,
 * with west greater than east, as RFC 7946 writes such a box; otherwise the box stays on the globe.
 */
export function bounds(points: LonLat[], pad = 0.1): [number, number, number, number] {
  const lons = [...new Set(points.map((p) => p[0]))].sort((a, b) => a - b);
  const lats = points.map((p) => p[1]);
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  const dy = Math.max((n - s) * pad, 0.005);
  const r = (v: number) => round(v, STORY_DECIMALS);
  const [south, north] = [r(Math.max(-90, s - dy)), r(Math.min(90, n + dy))];
  // The widest empty stretch of longitude between two points: the frame is the rest of the circle.
  let gap = { size: 360 + lons[0]! - lons[lons.length - 1]!, after: lons.length - 1 };
  for (let i = 0; i + 1 < lons.length; i++) {
    const size = lons[i + 1]! - lons[i]!;
    if (size > gap.size) gap = { size, after: i };
  }
  const crosses = gap.after !== lons.length - 1;
  if (!crosses) {
    const [w, e] = [lons[0]!, lons[lons.length - 1]!];
    const dx = Math.max((e - w) * pad, 0.005);
    return [r(Math.max(-180, w - dx)), south, r(Math.min(180, e + dx)), north];
  }
  const [w, e] = [lons[gap.after + 1]!, lons[gap.after]!];
  const span = e + 360 - w;
  const dx = Math.max(span * pad, 0.005);
  if (span + 2 * dx >= 360) return [-180, south, 180, north];
  return [r(wrapLon(w - dx)), south, r(wrapLon(e + dx)), north];
}
