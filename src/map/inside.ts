// Whether a point lies inside a polygon, for the few airfield outlines around the sites
// (map.ts): even-odd ray casting over every ring, so a hole counts out. A dozen lines in place of
// Turf's robust predicates, which weighed 1.3 KB gzip in the first view for this one test.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Whether a ray east from (x, y) crosses `ring` an odd number of times. */
function crossesOdd(ring: Position[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Inside its outer ring and outside its holes, in any of its polygons; a point on an edge may fall either way. */
export function pointInPolygon([x, y]: Position, shape: Polygon | MultiPolygon): boolean {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.some((rings) => rings.reduce((inside, ring) => inside !== crossesOdd(ring, x!, y!), false));
}
