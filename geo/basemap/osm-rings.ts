// A multipolygon relation's rings from its member ways: OpenStreetMap cuts a large lake's shore or
// a river's banks into many ways, joined here end to end into closed rings.
import type { MultiPolygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';

const same = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** The closed rings the lines make when joined end to end; a line that closes no ring is left out. */
export function joinRings(lines: Position[][]): Position[][] {
  const open = lines.filter((l) => l.length >= 2).map((l) => [...l]);
  const rings: Position[][] = [];
  while (open.length) {
    let ring = open.shift()!;
    for (let joined = true; joined && !same(ring[0], ring[ring.length - 1]);) {
      joined = false;
      for (let i = 0; i < open.length; i++) {
        const line = open[i]!;
        const end = ring[ring.length - 1];
        if (same(end, line[0])) ring = [...ring, ...line.slice(1)];
        else if (same(end, line[line.length - 1])) ring = [...ring, ...[...line].reverse().slice(1)];
        else continue;
        open.splice(i, 1);
        joined = true;
        break;
      }
    }
    if (ring.length >= 4 && same(ring[0], ring[ring.length - 1])) rings.push(ring);
  }
  return rings;
}

/** Outer rings with the inner rings that lie in them, as one MultiPolygon; null with no closed outer ring. */
export function multipolygonOf(outer: Position[][], inner: Position[][]): MultiPolygon | null {
  const outers = joinRings(outer);
  if (!outers.length) return null;
  const polygons = outers.map((ring) => [ring]);
  for (const hole of joinRings(inner)) {
    const home = polygons.find(([ring]) => booleanPointInPolygon(hole[0]!, polygon([ring!])));
    home?.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
