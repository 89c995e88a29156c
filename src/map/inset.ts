// The inset locator's drawing: the host city's country and its neighbours in a small box, as SVG
// path data, in a plain equirectangular projection (cosine-scaled at the box's middle latitude):
// at country scale its distortion is invisible, and it needs no projection library.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type InsetCountry = Feature<Polygon | MultiPolygon, { name: string }>;
export type InsetDrawing = {
  /** The country the city is in, by name, or null when the city lies in none (at sea, a gap). */
  home: string | null;
  countries: Array<{ name: string; d: string; home: boolean }>;
  city: [x: number, y: number];
};

type Box = { west: number; south: number; east: number; north: number };

/** The box around the home country: its extent with a margin, never under `minSpan` degrees. */
const MARGIN = 0.35;
const MIN_SPAN = 12;

const polygonsOf = (c: InsetCountry): Position[][][] =>
  c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;

function ringContains(ring: Position[], [x = 0, y = 0]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The piece (polygon) of `country` that holds `at`: in its outer ring and in none of its holes. */
export function pieceHolding(country: InsetCountry, at: Position): Position[][] | undefined {
  return polygonsOf(country).find(
    ([outer, ...holes]) => !!outer && ringContains(outer, at) && !holes.some((h) => ringContains(h, at)),
  );
}

function extent(polygons: Position[][][]): Box {
  const lons = polygons.flatMap((p) => p[0] ?? []).map((q) => q[0] ?? 0);
  const lats = polygons.flatMap((p) => p[0] ?? []).map((q) => q[1] ?? 0);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

/**
 * The frame: the extent of the piece of land the city is on (mainland France, not French Guiana),
 * or a square around the city, widened to the box's shape.
 */
function frame(piece: Position[][] | undefined, at: Position, aspect: number): Box {
  const [lon = 0, lat = 0] = at;
  const e = piece ? extent([piece]) : { west: lon, east: lon, south: lat, north: lat };
  const midLat = (e.south + e.north) / 2;
  const cos = Math.max(Math.cos((midLat * Math.PI) / 180), 0.2);
  let w = Math.max((e.east - e.west) * (1 + MARGIN), MIN_SPAN) * cos;
  let h = Math.max((e.north - e.south) * (1 + MARGIN), MIN_SPAN);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const cx = (e.west + e.east) / 2;
  return { west: cx - w / cos / 2, east: cx + w / cos / 2, south: midLat - h / 2, north: midLat + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.west < b.east && b.west < a.east && a.south < b.north && b.south < a.north;

export function drawInset(
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  at: Position,
  width: number,
  height: number,
): InsetDrawing {
  const home = countries.features.find((c) => pieceHolding(c, at));
  const box = frame(home && pieceHolding(home, at), at, width / height);
  const x = (lon: number) => ((lon - box.west) / (box.east - box.west)) * width;
  const y = (lat: number) => ((box.north - lat) / (box.north - box.south)) * height;
  const point = (p: Position) => `${x(p[0] ?? 0).toFixed(1)} ${y(p[1] ?? 0).toFixed(1)}`;
  const drawn = countries.features.filter((c) => overlaps(extent(polygonsOf(c)), box));
  return {
    home: home?.properties.name ?? null,
    countries: drawn.map((c) => ({
      name: c.properties.name,
      home: c === home,
      d: polygonsOf(c)
        .flat()
        .map((ring) => `M${ring.map(point).join('L')}Z`)
        .join(''),
    })),
    city: [Number(x(at[0] ?? 0).toFixed(1)), Number(y(at[1] ?? 0).toFixed(1))],
  };
}
