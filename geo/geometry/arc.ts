// Great circles between two places, split where they cross ±180° and rounded so outputs
// never churn.
import { greatCircle } from '@turf/great-circle';
import { point } from '@turf/helpers';
import { splitLine } from './antimeridian.ts';
import { roundLine, roundPosition, STORY_DECIMALS, type LonLat } from './round.ts';

export type LineGeometry =
  { type: 'LineString'; coordinates: LonLat[] } | { type: 'MultiLineString'; coordinates: LonLat[][] };

/** Turf returns an arc across the Pacific (Canberra → Santiago) as one line that jumps from +180 to -180: it is cut there. */
export function arc(from: LonLat, to: LonLat, points = 65): LineGeometry {
  const lines = splitLine(arcPoints(from, to, points))
    .map((line) => roundLine(line, STORY_DECIMALS))
    .filter((line) => line.length >= 2);
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0]! }
    : { type: 'MultiLineString', coordinates: lines };
}

/** The point halfway along the great circle, where a label for the whole line belongs. */
export function arcMiddle(from: LonLat, to: LonLat, points = 65): LonLat {
  const line = arcPoints(from, to, points);
  return roundPosition(line[Math.floor(line.length / 2)]!, STORY_DECIMALS);
}

/** How far past its ends' latitudes an arc's label may sit before it moves towards the far end. */
const LABEL_BULGE_DEG = 10;

/**
 * Where one label for the arc belongs: its middle, unless the arc bulges towards a pole (one from
 * South-East Asia to North America peaks near 80°N, off the top of a world view); then the first point from the middle
 * towards `to` that is back within a few degrees of the ends' latitudes, so the label sits on
 * the part of the arc that is on screen, near the far end.
 */
export function arcLabelPoint(from: LonLat, to: LonLat, points = 65): LonLat {
  const line = arcPoints(from, to, points);
  const limit = Math.max(Math.abs(from[1]), Math.abs(to[1])) + LABEL_BULGE_DEG;
  const middle = Math.floor(line.length / 2);
  const label = line.slice(middle).find((p) => Math.abs(p[1]) <= limit) ?? line[middle]!;
  return roundPosition(label, STORY_DECIMALS);
}

function arcPoints(from: LonLat, to: LonLat, points: number): LonLat[] {
  const line = greatCircle(point(from), point(to), { npoints: points });
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  return parts.flat() as LonLat[];
}
