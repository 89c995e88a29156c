// Coordinates rounded to what each scale can show: it shrinks the shipped GeoJSON by
// half and keeps builds byte-identical across machines.
import type { Geometry, Position } from 'geojson';

export type LonLat = [number, number];

/** The story's coordinates: 5 decimals, about a metre. */
export const STORY_DECIMALS = 5;

/** `value` to `decimals` places; -0 becomes 0, so equal outputs compare equal. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f + 0;
}

export function roundPosition(p: Position, decimals: number): LonLat {
  return [round(p[0] ?? 0, decimals), round(p[1] ?? 0, decimals)];
}

/** Rounds a line or ring and drops the points that rounding made repeat. */
export function roundLine(line: Position[], decimals: number): LonLat[] {
  const out: LonLat[] = [];
  for (const p of line) {
    const r = roundPosition(p, decimals);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  return out;
}

const ringOk = (r: Position[]) => r.length >= 4;
const lineOk = (l: Position[]) => l.length >= 2;

/** The geometry rounded, or null when rounding collapsed it to nothing. */
export function roundGeometry(g: Geometry, decimals: number): Geometry | null {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates, decimals) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map((p) => roundPosition(p, decimals)) };
    case 'LineString': {
      const line = roundLine(g.coordinates, decimals);
      return lineOk(line) ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = g.coordinates.map((l) => roundLine(l, decimals)).filter(lineOk);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = roundRings(g.coordinates, decimals);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polys = g.coordinates.map((p) => roundRings(p, decimals)).filter((p): p is Position[][] => p !== null);
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    case 'GeometryCollection':
      return null;
  }
}

function roundRings(rings: Position[][], decimals: number): Position[][] | null {
  const [outer, ...holes] = rings.map((r) => roundLine(r, decimals));
  if (!outer || !ringOk(outer)) return null;
  return [outer, ...holes.filter(ringOk)];
}
