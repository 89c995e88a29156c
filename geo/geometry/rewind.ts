// RFC 7946's right-hand rule: exterior rings counter-clockwise, holes clockwise. world-atlas
// follows d3's spherical convention (exteriors clockwise) and OpenStreetMap has no rule at all,
// so every polygon is rewound once it has its final, rounded coordinates. MapLibre tells holes
// from exteriors by their order, not their winding, so the map draws the same.
// (@turf/rewind would do this too, but it also reverses clockwise LineStrings, which we never want.)
import type { Geometry, Position } from 'geojson';
import { ringArea } from './rfc7946.ts';

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const area = ringArea(ring);
    const wrongWay = i === 0 ? area < 0 : area > 0;
    return wrongWay ? [...ring].reverse() : ring;
  });
}

/** The geometry with its polygons' rings turned the RFC 7946 way; other geometries as they were. */
export function rewindGeometry<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(rewindGeometry) };
    default:
      return geometry;
  }
}
