// Lines on the sphere: great circles between two places, split where they cross ±180°
// (RFC 7946 §3.1.9), with coordinates rounded so outputs never churn.
import { greatCircle } from '@turf/great-circle';
import { point } from '@turf/helpers';

type Position = [number, number];

export type LineGeometry =
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] };

export function round(value: number, digits = 5): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0;
}

export function arc(from: [number, number], to: [number, number], points = 65): LineGeometry {
  return splitAtAntimeridian(arcPoints(from, to, points));
}

/** The point halfway along the great circle, where a label for the whole line belongs. */
export function arcMiddle(from: [number, number], to: [number, number], points = 65): Position {
  const line = arcPoints(from, to, points);
  const [lon, lat] = line[Math.floor(line.length / 2)]!;
  return [round(lon), round(lat)];
}

function arcPoints(from: [number, number], to: [number, number], points: number): Position[] {
  const line = greatCircle(point(from), point(to), { npoints: points });
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  return parts.flat() as Position[];
}

/**
 * Turf returns the Hanoi → Washington arc as one LineString that jumps from +180 to -180:
 * cut it there, adding the crossing point on both sides.
 */
export function splitAtAntimeridian(coordinates: Position[]): LineGeometry {
  const parts: Position[][] = [[]];
  for (let i = 0; i < coordinates.length; i++) {
    const [lon, lat] = coordinates[i]!;
    const previous = coordinates[i - 1];
    if (previous && Math.abs(lon - previous[0]) > 180) {
      const side = previous[0] > 0 ? 180 : -180;
      const unwrapped = lon + (side > 0 ? 360 : -360);
      const t = (side - previous[0]) / (unwrapped - previous[0]);
      const crossing = round(previous[1] + t * (lat - previous[1]));
      if (previous[0] !== side) parts[parts.length - 1]!.push([side, crossing]);
      parts.push(lon === -side ? [] : [[-side, crossing]]);
    }
    if (parts[parts.length - 1]!.length === 0 || Math.abs(lon) !== 180 || !previous || Math.abs(previous[0]) !== 180) {
      parts[parts.length - 1]!.push([round(lon), round(lat)]);
    }
  }
  const lines = parts.filter((p) => p.length >= 2);
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
}

/** [west, south, east, north] of a set of points, padded by a fraction of its size. */
export function bounds(points: Array<[number, number]>, pad = 0.1): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const dx = Math.max((e - w) * pad, 0.005);
  const dy = Math.max((n - s) * pad, 0.005);
  return [round(Math.max(-180, w - dx)), round(Math.max(-90, s - dy)), round(Math.min(180, e + dx)), round(Math.min(90, n + dy))];
}
