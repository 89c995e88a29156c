// Rivers (and lake centrelines) for the world view from the Natural Earth 1:10m file,
// kept to the major ones so the file stays small.
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { simplify } from '@turf/simplify';
import { splitLines } from '../geometry/antimeridian.ts';
import { roundGeometry } from '../geometry/round.ts';

/** Scalerank 0–4 keeps the rivers a reader knows (Amur, Mekong, Red River) and drops creeks. */
export const RIVER_MAX_SCALERANK = 4;
/** Douglas–Peucker tolerance in degrees: ~5 km, invisible at world zoom, cuts the file by 80%. */
const RIVER_TOLERANCE = 0.05;

type NaturalEarthRiver = { name?: string | null; name_en?: string | null; scalerank?: number; featurecla?: string };

export function selectRivers(
  rivers: FeatureCollection<Geometry | null>,
  maxScalerank = RIVER_MAX_SCALERANK,
): FeatureCollection {
  const features: Feature[] = [];
  for (const river of rivers.features) {
    const geometry = river.geometry;
    const properties = (river.properties ?? {}) as NaturalEarthRiver;
    if (!geometry || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')) continue;
    if ((properties.scalerank ?? 99) > maxScalerank) continue;
    const simplified = simplify(geometry as LineString | MultiLineString, {
      tolerance: RIVER_TOLERANCE,
      highQuality: false,
    });
    const rounded = roundGeometry(splitLines(simplified), 2);
    if (!rounded) continue;
    features.push({
      type: 'Feature',
      geometry: rounded,
      properties: {
        name: properties.name_en ?? properties.name ?? '',
        scalerank: properties.scalerank ?? 0,
        lake: properties.featurecla === 'Lake Centerline',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
