// Lines and polygons cut at ±180°, for the basemap and the story's great circles alike.
// World-atlas rings for Russia and Fiji step from +180° to -180° in one edge. MapLibre
// draws that edge the long way round, which paints a band over the pole on the globe.
// We cut such rings at the antimeridian so every piece stays on one side of it, and close
// Antarctica's ring, which goes round the pole, along the antimeridian and the pole instead.
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

const crosses = (a: Position, b: Position): boolean => Math.abs((b[0] ?? 0) - (a[0] ?? 0)) > 180;

/** Longitudes made continuous (may leave [-180, 180]) so the ring can be clipped as a plane shape. */
function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  ring.forEach((p, i) => {
    const prev = ring[i - 1];
    if (prev && crosses(prev, p)) shift += (prev[0] ?? 0) > (p[0] ?? 0) ? 360 : -360;
    out.push([(p[0] ?? 0) + shift, p[1] ?? 0]);
  });
  return out;
}

/** Where the edge from a to b (which crosses ±180°) meets the antimeridian: its side and latitude. */
function crossing(a: Position, b: Position): { edge: number; lat: number } {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const edge = ax > 0 ? 180 : -180;
  const bxUnwrapped = bx + (ax > 0 ? 360 : -360);
  // An edge from +180 straight to -180 lies on the antimeridian: no slope to follow.
  const lat = bxUnwrapped === ax ? ay : ay + ((edge - ax) / (bxUnwrapped - ax)) * (by - ay);
  return { edge, lat };
}

/** Points along a pole from one side of the map to the other, 90° apart so no edge spans more than 180°. */
const alongPole = (fromEdge: number, poleLat: number): Ring =>
  [0, 1, 2, 3, 4].map((k) => [fromEdge - Math.sign(fromEdge) * 90 * k, poleLat]);

/**
 * A ring that goes once round a pole crosses ±180° once. It is opened there and closed down
 * the antimeridian, along the pole and back up, so it stays a plain shape on the lon/lat plane.
 * The enclosed pole is the one the ring is nearer to: the far one would take in most of the Earth.
 */
export function closeAroundPole(ring: Ring): Ring {
  const open = ring.slice(0, -1);
  const at = open.findIndex((p, i) => crosses(open.at(i - 1) as Position, p));
  const path = [...open.slice(at), ...open.slice(0, at)];
  if (path.some((p, i) => i > 0 && crosses(path[i - 1] as Position, p))) {
    throw new Error('A ring round a pole crosses ±180° more than once; splitPolygon cannot close it');
  }
  const before = path[path.length - 1] as Position;
  const { edge, lat } = crossing(before, path[0] as Position);
  const meanLat = path.reduce((sum, p) => sum + (p[1] ?? 0), 0) / path.length;
  const poleLat = meanLat < 0 ? -90 : 90;
  const onEdge = (p: Position, x: number) => p[0] === x && p[1] === lat;
  return [
    ...(onEdge(path[0] as Position, -edge) ? [] : [[-edge, lat]]),
    ...path,
    ...(onEdge(before, edge) ? [] : [[edge, lat]]),
    ...alongPole(edge, poleLat),
    [-edge, lat],
  ];
}

/** Sutherland–Hodgman against the half-plane lon <= x (keepBelow) or lon >= x. */
function clipRing(ring: Ring, x: number, keepBelow: boolean): Ring {
  const inside = (p: Position) => (keepBelow ? (p[0] ?? 0) <= x : (p[0] ?? 0) >= x);
  const cut = (a: Position, b: Position): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [x, ay + ((x - ax) / (bx - ax)) * (by - ay)];
  };
  const out: Ring = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push(cut(a, b));
  }
  if (out.length < 3) return [];
  out.push(out[0] as Position);
  return out;
}

const shiftRing = (ring: Ring, dx: number): Ring => ring.map(([x = 0, y = 0]) => [x + dx, y]);

/** A polygon whose outer ring crosses ±180° becomes one polygon per side; others pass unchanged. */
export function splitPolygon(rings: Ring[]): Ring[][] {
  const outer = rings[0];
  if (!outer || !outer.some((p, i) => i > 0 && crosses(outer[i - 1] as Position, p))) return [rings];
  const unwrapped = rings.map(unwrap);
  const closed = unwrapped[0] as Ring;
  const first = closed[0] as Position;
  const last = closed[closed.length - 1] as Position;
  // A ring that circles a pole (Antarctica) does not close once unwrapped.
  if (Math.abs((first[0] ?? 0) - (last[0] ?? 0)) > 1e-9) return [[closeAroundPole(outer), ...rings.slice(1)]];
  const lons = closed.map((p) => p[0] ?? 0);
  const edge = Math.max(...lons) > 180 ? 180 : -180;
  const pieces: Ring[][] = [];
  for (const keepBelow of [true, false]) {
    const inWrappedHalf = (edge === 180) !== keepBelow;
    const dx = inWrappedHalf ? (edge === 180 ? -360 : 360) : 0;
    const outerPiece = clipRing(unwrapped[0] as Ring, edge, keepBelow);
    if (outerPiece.length < 4) continue;
    const holes = unwrapped
      .slice(1)
      .map((r) => clipRing(r, edge, keepBelow))
      .filter((r) => r.length >= 4);
    pieces.push([outerPiece, ...holes].map((r) => shiftRing(r, dx)));
  }
  return pieces;
}

export function splitPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const pieces = polygons.flatMap(splitPolygon);
  if (pieces.length === 1) return { type: 'Polygon', coordinates: pieces[0] as Ring[] };
  return { type: 'MultiPolygon', coordinates: pieces };
}

/**
 * Breaks a line where it steps across ±180°, ending and starting the pieces on the antimeridian
 * (RFC 7946 §3.1.9). A point already on the line is repeated; rounding drops the repeat.
 */
export function splitLine(line: Position[]): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev && crosses(prev, p)) {
      const { edge, lat } = crossing(prev, p);
      current.push([edge, lat]);
      out.push(current);
      current = [[-edge, lat]];
    }
    current.push(p);
  });
  out.push(current);
  return out.filter((l) => l.length >= 2);
}

export function splitLines(geometry: LineString | MultiLineString): MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiLineString', coordinates: lines.flatMap(splitLine) };
}
