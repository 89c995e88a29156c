// Where the camera goes for a step: a box around a point, or the bounds of a line (a leg or a
// flow), as the CameraRequest map.ts's moveCamera takes.
import type { FlowFeature, RouteLegFeature } from '../../geo/contract/schema';
import type { Bounds, CameraRequest } from '../map/map.ts';
import { AIRFIELD_WORDS } from '../../geo/lexicon/sites.ts';

/** A box of `half` degrees each way around `at`, no closer than `maxZoom`. */
export function pointView([lon, lat]: [number, number], maxZoom: number, half = 2): CameraRequest {
  return { bounds: [lon - half, lat - half, lon + half, lat + half], maxZoom };
}

/**
 * How close a step comes to a site, by kind: a building or a square with the streets around it; an
 * airfield whole, with the land around it (closer in, it is a flat field named over and over).
 */
export const siteFrame = {
  landmark: { maxZoom: 15, half: 0.004 },
  airfield: { maxZoom: 12.5, half: 0.03 },
} as const;

const airfield = new RegExp(`\\b(?:${AIRFIELD_WORDS.join('|')})\\b`, 'i');

/** The view of a site's step: framed as its kind asks (siteFrame), the kind read from its name. */
export function siteView(name: string, at: [number, number]): CameraRequest {
  const { maxZoom, half } = airfield.test(name) ? siteFrame.airfield : siteFrame.landmark;
  return pointView(at, maxZoom, half);
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
