// Where the camera goes for a step: a box around a point, or the bounds of a line (a leg or a
// flow), as the CameraRequest map.ts's moveCamera takes.
import type { FlowFeature, RouteLegFeature } from '../../geo/contract/schema';
import type { Bounds, CameraRequest } from '../map/map.ts';

/** A box of `half` degrees each way around `at`, no closer than `maxZoom`. */
export function pointView([lon, lat]: [number, number], maxZoom: number, half = 2): CameraRequest {
  return { bounds: [lon - half, lat - half, lon + half, lat + half], maxZoom };
}

/** Past these, bounds on a globe frame a line poorly (over a pole, across a continent at phone size): centre its middle instead. */
const WIDEST = 60;
const POLAR = 70;
const WIDE_ZOOM = 2.5;

/**
 * The bounds of a line; a line split at ±180° (a MultiLineString) is framed across the
 * antimeridian, its western parts shifted by 360° so the box does not span the world. A line
 * wider than 60° of longitude, or reaching near a pole, is centred on `middle` instead.
 */
export function lineView(
  geometry: (RouteLegFeature | FlowFeature)['geometry'],
  [lng, lat]: [number, number],
  maxZoom = 6,
): CameraRequest {
  const split = geometry.type === 'MultiLineString';
  const points = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const lons = points.map(([lon]) => (split && lon < 0 ? lon + 360 : lon));
  const lats = points.map(([, lat]) => lat);
  const [west, south, east, north] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  if (east - west > WIDEST || Math.max(Math.abs(south), Math.abs(north)) > POLAR)
    return { camera: { lng, lat, zoom: WIDE_ZOOM } };
  return spanView([west, south, east, north], maxZoom);
}

/** Bounds as they are, for a step that frames a whole region. */
export const spanView = (bounds: Bounds, maxZoom: number): CameraRequest => ({ bounds, maxZoom });
