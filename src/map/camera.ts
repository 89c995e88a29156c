// Where the camera goes, as pure maths: the world view framed on the globe, the zoom floor, the
// part of the map the excerpt panel covers, and which view frames a chosen place.
import type { PlaceFeature, StoryMeta } from '../../geo/contract/schema.ts';
import type { Camera } from '../page/hash.ts';
import type { Story } from '../story/story.ts';
import { flowShown, groupShown } from './toggles.ts';
import { zoomBand } from './tokens.ts';

export type LngLat = [number, number];
export type Bounds = [number, number, number, number];
export type Inset = { top: number; bottom: number; left: number; right: number };
export type Size = { width: number; height: number };
export const noInset: Inset = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * Measured in Chromium (MapLibre 6, globe) at 1280×800, 1024×768 and 390×844: a click's small box finds
 * the stops, route legs and flows under it at every zoom down to a globe zoom of 0, the lowest tried.
 * Only a whole-map query, whose corners fall off the globe, misses features; no click makes one.
 */
export const hitTestFloor = 0;
/** Room kept around the world view's marks for their labels, px. */
export const labelMargin = { x: 56, y: 28 };
/** The most of the map's height a phone's sheet may take from a frame, so a place always fits above it. */
export const sheetCap = 0.5;
/** The most of the map's width the desktop panel may take from a frame. */
export const panelCap = 0.6;

const rad = Math.PI / 180;
/** MapLibre's globe grows by 1/cos(latitude of the centre) so zooms match Mercator there. */
const latScale = (lat: number) => Math.log2(Math.cos(Math.min(Math.abs(lat), 85.05) * rad));
/** The zoom whose globe has radius `r` px, at the equator (MapLibre's minZoom is read there). */
const zoomOfRadius = (r: number) => Math.log2((2 * Math.PI * r) / 512);

/** Orthographic offset of a point from the centre, in globe radii (x east, y south), and whether it faces us. */
function offset([lng, lat]: LngLat, [lng0, lat0]: LngLat): { x: number; y: number; front: boolean } {
  const [φ, φ0, dλ] = [lat * rad, lat0 * rad, (lng - lng0) * rad];
  const x = Math.cos(φ) * Math.sin(dλ);
  const y = -(Math.cos(φ0) * Math.sin(φ) - Math.sin(φ0) * Math.cos(φ) * Math.cos(dλ));
  const front = Math.sin(φ0) * Math.sin(φ) + Math.cos(φ0) * Math.cos(φ) * Math.cos(dλ) > 0;
  return { x, y, front };
}

/** The point whose orthographic offset from `centre` is (x, y). */
function atOffset(x: number, y: number, [lng0, lat0]: LngLat): LngLat {
  const ρ = Math.min(1, Math.hypot(x, y));
  if (ρ === 0) return [lng0, lat0];
  const c = Math.asin(ρ);
  const [φ0, north] = [lat0 * rad, -y];
  const lat = Math.asin(Math.cos(c) * Math.sin(φ0) + (north * Math.sin(c) * Math.cos(φ0)) / ρ);
  const lng =
    lng0 * rad + Math.atan2(x * Math.sin(c), ρ * Math.cos(c) * Math.cos(φ0) - north * Math.sin(c) * Math.sin(φ0));
  return [((((lng / rad + 540) % 360) + 360) % 360) - 180, lat / rad];
}

/** The spherical mean of the points: the middle of a set that may cross ±180°. */
export function meanDirection(points: readonly LngLat[]): LngLat {
  let [x, y, z] = [0, 0, 0];
  for (const [lng, lat] of points) {
    x += Math.cos(lat * rad) * Math.cos(lng * rad);
    y += Math.cos(lat * rad) * Math.sin(lng * rad);
    z += Math.sin(lat * rad);
  }
  return [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
}

/**
 * The camera that shows every point on the globe inside the canvas less the inset and a label margin:
 * centred on the points' middle, zoomed so the farthest fits. Orthographic maths; MapLibre's perspective
 * draws points off the centre slightly closer in, so the frame errs on the roomy side.
 */
export function frameOnGlobe(points: readonly LngLat[], size: Size, inset: Inset, maxZoom: number) {
  let centre = meanDirection(points);
  // Twice: re-centre on the middle of the points' extent as seen from the first centre.
  for (let i = 0; i < 2; i++) {
    const xy = points.map((p) => offset(p, centre));
    const xs = xy.map((o) => o.x);
    const ys = xy.map((o) => o.y);
    centre = atOffset((Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2, centre);
  }
  const halfW = Math.max(40, (size.width - inset.left - inset.right) / 2 - labelMargin.x);
  const halfH = Math.max(40, (size.height - inset.top - inset.bottom) / 2 - labelMargin.y);
  let radius = Infinity;
  for (const { x, y, front } of points.map((p) => offset(p, centre))) {
    // A point behind the limb cannot be framed; the smallest globe allowed shows as much as can be.
    if (!front) radius = 0;
    radius = Math.min(radius, halfW / Math.max(Math.abs(x), 1e-6), halfH / Math.max(Math.abs(y), 1e-6));
  }
  const globeZoom = Math.max(hitTestFloor, zoomOfRadius(radius));
  return { center: centre, zoom: Math.min(maxZoom, globeZoom + latScale(centre[1])) };
}

/** A camera's zoom as the globe's size: the zoom at the equator that draws the same globe. */
export const globeZoomOf = (zoom: number, lat: number): number => zoom - latScale(lat);

/** How far below the world view the floor lies: the reader can always zoom out from it ("−" is never dead there). */
export const worldRoom = 0.5;

/**
 * The zoom floor, as MapLibre's globe reads minZoom (at the equator): the globe at least fills the
 * canvas's shorter side, never below the hit-test floor, and at least `worldRoom` below the world
 * view, so the world view can always be framed and zoomed out of (framing wins where the two disagree).
 */
export function zoomFloor(size: Size, world: { center: LngLat; zoom: number }): number {
  const fill = zoomOfRadius(Math.min(size.width, size.height) / 2);
  return Math.max(hitTestFloor, Math.min(fill, globeZoomOf(world.zoom, world.center[1]) - worldRoom));
}

/** The marks the world view must show: the stops, and the partners and flow ends that are on. */
export function worldMarks(story: Story, hidden: readonly string[]): LngLat[] {
  const marks: LngLat[] = [];
  for (const place of story.places.features) {
    const role = place.properties.role;
    if (role === 'stop' || (role === 'partner' && groupShown(hidden, 'flows'))) marks.push(place.geometry.coordinates);
  }
  for (const flow of story.flows.features) {
    if (!flowShown(hidden, flow.properties.id)) continue;
    const lines = flow.geometry.type === 'LineString' ? [flow.geometry.coordinates] : flow.geometry.coordinates;
    for (const line of lines) marks.push(...line.map(([lng, lat]) => [lng, lat] as LngLat));
    marks.push(flow.properties.labelAt as LngLat);
  }
  if (marks.length) return marks;
  const [w, s, e, n] = story.meta.bounds;
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * How much of the canvas the panel covers, capped so a frame always fits: the panel's width on the
 * right (desktop) or the part of the canvas below the sheet's top (phone).
 */
export function coveredInset(canvas: DOMRectReadOnly, panel: DOMRectReadOnly | null, sheet: boolean): Inset {
  if (!panel || panel.width === 0) return noInset;
  if (sheet) {
    const covered = Math.max(0, canvas.bottom - Math.max(panel.top, canvas.top));
    return { ...noInset, bottom: Math.min(covered, canvas.height * sheetCap) };
  }
  const covered = Math.max(0, canvas.right - panel.left);
  return { ...noInset, right: Math.min(covered, canvas.width * panelCap) };
}

/**
 * Where to move: an exact camera (a shared link); a box to fit, optionally centred on one point of it
 * (the city view, a site); every mark of the world view on the globe; or one point, at the reader's
 * zoom in the world band and at the world view's zoom from the city view.
 */
export type CameraRequest =
  | { camera: Camera }
  | { bounds: Bounds; maxZoom: number; focus?: LngLat }
  | { world: LngLat[]; maxZoom: number }
  | { point: LngLat; world: LngLat[]; maxZoom: number };

/**
 * The farthest latitude a camera may look at: the edge of Web Mercator, which the city view
 * uses and MapLibre's globe shares. A stop at 89.99° framed with a box 2° around it asked for
 * latitude 91.99, and MapLibre throws on any latitude past ±90.
 */
export const maxLatitude = 85.051129;
const clampLat = (lat: number) => Math.max(-maxLatitude, Math.min(maxLatitude, lat));
const clampPoint = ([lng, lat]: LngLat): LngLat => [lng, clampLat(lat)];

/** The same request with every latitude it holds within ±maxLatitude: every camera move goes through here. */
export function clampedRequest(request: CameraRequest): CameraRequest {
  if ('camera' in request) return { camera: { ...request.camera, lat: clampLat(request.camera.lat) } };
  if ('bounds' in request) {
    const [w, s, e, n] = request.bounds;
    const bounds: Bounds = [w, clampLat(s), e, clampLat(n)];
    return request.focus ? { ...request, bounds, focus: clampPoint(request.focus) } : { ...request, bounds };
  }
  const world = request.world.map(clampPoint);
  return 'point' in request ? { ...request, world, point: clampPoint(request.point) } : { ...request, world };
}

/** A camera's centre within ±maxLatitude, whatever framing found. */
export const clampedCentre = clampPoint;

/** The world view never zooms past this, however few its marks. */
export const worldMaxZoom = 3;
export const cityMaxZoom = 13;

/**
 * A city without OpenStreetMap detail has nothing to show past this zoom but blank land: its view
 * stops here, on the Natural Earth context (coast, borders, rivers, the story's other marks), with
 * the sites drawn (they appear from zoomBand.sites.minzoom).
 */
export const contextMaxZoom = zoomBand.sites.minzoom;

export type CityView = StoryMeta['cities'][number];

/** Whether a point lies in a box; a box across ±180° has its west greater than its east (RFC 7946). */
const inside = ([lng, lat]: LngLat, [w, s, e, n]: Bounds) =>
  (w <= e ? lng >= w && lng <= e : lng >= w || lng <= e) && lat >= s && lat <= n;

/** A city's view: its frame, zoomed to the street where the basemap has detail of it (`detail`, one box per extract), else to its context. */
export function cityView(city: CityView, detail: readonly Bounds[]): { bounds: Bounds; maxZoom: number } {
  const detailed = detail.some((box) => inside(city.at, box));
  // MapLibre fits a box across ±180° given with its east past 180.
  const [w, s, e, n] = city.bounds;
  return { bounds: [w, s, e < w ? e + 360 : e, n], maxZoom: detailed ? cityMaxZoom : contextMaxZoom };
}

/** The city view a point belongs to: the one whose frame holds it, else the nearest city; null without any. */
export function cityOf(at: LngLat, cities: readonly CityView[]): CityView | null {
  const distance = (c: CityView) => Math.hypot(c.at[0] - at[0], c.at[1] - at[1]);
  const holding = cities.filter((c) => inside(at, c.bounds));
  const pool = holding.length ? holding : cities;
  return pool.reduce<CityView | null>((best, c) => (best && distance(best) <= distance(c) ? best : c), null);
}

/** The view that frames a place: a city of the trip in its city view, a site (centred) in its city's, else its point. */
export function frameOf(
  place: PlaceFeature,
  meta: Pick<StoryMeta, 'cities'>,
  world: LngLat[],
  detail: readonly Bounds[] = [],
): CameraRequest {
  const at = place.geometry.coordinates as LngLat;
  const city = meta.cities.find((c) => c.id === place.properties.id);
  if (city) return cityView(city, detail);
  const siteCity = place.properties.role === 'site' ? cityOf(at, meta.cities) : null;
  if (siteCity) return { ...cityView(siteCity, detail), focus: at };
  return { point: at, world, maxZoom: worldMaxZoom };
}

/** A point shown from the world band keeps the reader's zoom; from the city view it goes back to the world. */
export const pointZoom = (current: number, world: number): number =>
  current < zoomBand.globeToFlat.minzoom ? current : world;
