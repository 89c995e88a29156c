// Where the camera goes for a step: a box around a point, or the bounds of a line (a leg or a
// flow), as the CameraRequest map.ts's moveCamera takes.
import type { FlowFeature, RouteLegFeature } from '../../geo/contract/schema';
import type { Bounds, CameraRequest } from './map.ts';

/** A box of `half` degrees each way around `at`, no closer than `maxZoom`. */
export function pointView([lon, lat]: [number, number], maxZoom: number, half = 2): CameraRequest {
  return { bounds: [lon - half, lat - half, lon + half, lat + half], maxZoom };
}

/**
 * The bounds of a line; a line split at ±180° (a MultiLineString) is framed across the
 * antimeridian, its western parts shifted by 360° so the box does not span the world.
 */
export function lineView(geometry: (RouteLegFeature | FlowFeature)['geometry'], maxZoom = 6): CameraRequest {
  const split = geometry.type === 'MultiLineString';
  const points = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const lons = points.map(([lon]) => (split && lon < 0 ? lon + 360 : lon));
  const lats = points.map(([, lat]) => lat);
  return spanView([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], maxZoom);
}

/** Bounds as they are, for a step that frames a whole region. */
export const spanView = (bounds: Bounds, maxZoom: number): CameraRequest => ({ bounds, maxZoom });
