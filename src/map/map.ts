// MapLibre setup that Map.svelte needs: the worker, the map's creation and the camera
// moves, honouring prefers-reduced-motion.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { attribution, labelledPlaces } from './style.ts';
import { planLabels, type LinePoint, type ScreenMark } from './labels.ts';
import { radius, stroke, zoomBand } from './tokens.ts';
import { spreadMarks } from './spread.ts';
import { cityLayer } from './expressions.ts';
import { CITY_LAYER } from '../../geo/contract/names.ts';
import { pointInPolygon } from './inside.ts';
import type { FlowCollection, PlaceCollection, RouteCollection } from '../../geo/contract/schema';
import type { LineString, MultiLineString } from 'geojson';
import { clampedCentre, clampedRequest, frameOnGlobe, globeZoomOf, pointZoom, worldMaxZoom } from './camera.ts';
import { zoomFloor } from './camera.ts';
import { noInset, type CameraRequest, type Inset, type LngLat } from './camera.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map, for the browser tests only. */
    __datelineMap?: maplibregl.Map;
  }
}

export type { Bounds, CameraRequest, Inset } from './camera.ts';

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The map, its camera not yet placed: Map.svelte places it once it knows what the panel covers. */
export function createMap(container: HTMLElement, style: StyleSpecification): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style,
    // Labels appear at once: no fade to wait for in tests or with reduced motion.
    fadeDuration: 0,
    // Bottom-left, with the zoom buttons top-left: the excerpt panel overlays the map's right side.
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-left');
  map.getCanvas().setAttribute('aria-label', 'Map of the story; the same places are listed beside it');
  return map;
}

export function moveCamera(
  map: maplibregl.Map,
  request: CameraRequest,
  padding: Inset,
  animate = !reducedMotion(),
): void {
  const found = cameraFor(map, clampedRequest(request), padding);
  if (!found) return;
  const target = { ...found, center: clampedCentre(found.center) };
  if ('camera' in request) admitLinkZoom(map, globeZoomOf(target.zoom, target.center[1]));
  if (animate) return void map.flyTo({ ...target, padding, duration: 1500 });
  void jumpWhole(map, { ...target, padding });
}

/**
 * Jumps, whatever the view it leaves. A jump out of the flat city view is clamped as a flat map
 * clamps (minZoom with no allowance for latitude): the globe takes over only at the next frame, so
 * the jump is made again there. Settles once the camera is where it was sent.
 */
export function jumpWhole(map: maplibregl.Map, camera: maplibregl.JumpToOptions & { zoom: number }): Promise<void> {
  map.jumpTo(camera);
  if (Math.abs(map.getZoom() - camera.zoom) <= 1e-6) return Promise.resolve();
  return new Promise((done) =>
    map.once('render', () => {
      map.jumpTo(camera);
      done();
    }),
  );
}

function cameraFor(
  map: maplibregl.Map,
  request: CameraRequest,
  padding: Inset,
): { center: LngLat; zoom: number } | null {
  const canvas = map.getCanvas();
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  if ('camera' in request) return { center: [request.camera.lng, request.camera.lat], zoom: request.camera.zoom };
  if ('world' in request) {
    const world = frameOnGlobe(request.world, size, padding, request.maxZoom);
    if (!('point' in request)) return world;
    return { center: request.point, zoom: pointZoom(map.getZoom(), world.zoom) };
  }
  const margin = 30;
  const fit = map.cameraForBounds(request.bounds, {
    padding: {
      top: padding.top + margin,
      bottom: padding.bottom + margin,
      left: padding.left + margin,
      right: padding.right + margin,
    },
    maxZoom: request.maxZoom,
    // The given padding alone, not added to the map's own: the margin is even on all sides, so the
    // centre found is the centre of the part the panel leaves, where the padded jump puts it.
    absolutePadding: true,
  });
  if (!fit?.center || fit.zoom === undefined) return null;
  const center = maplibregl.LngLat.convert(fit.center);
  return { center: request.focus ?? [center.lng, center.lat], zoom: fit.zoom };
}

/** Sets the zoom floor for the map's size now (see zoomFloor); called on load, resize and toggles. */
export function applyZoomFloor(map: maplibregl.Map, world: LngLat[]): void {
  const canvas = map.getCanvas();
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  if (!size.width || !size.height) return;
  const floor = zoomFloor(size, frameOnGlobe(world, size, noInset, worldMaxZoom));
  map.setMinZoom(Math.min(floor, linkZooms.get(map) ?? floor));
}

/**
 * The smallest globe a link (or a hash change) asked for, as a zoom at the equator, which is how
 * MapLibre reads minZoom. A link restores exactly what was seen, even from a larger map whose floor
 * was lower, so the floor gives way to it, but only that far: the reader cannot shrink the globe
 * below what the link showed. (A link's own zoom is read at its latitude: near a pole the same globe
 * has a zoom lower by 1/cos(latitude), and taken as the floor it let the globe shrink to a dot.)
 */
const linkZooms = new WeakMap<maplibregl.Map, number>();
function admitLinkZoom(map: maplibregl.Map, globeZoom: number): void {
  linkZooms.set(map, Math.min(globeZoom, linkZooms.get(map) ?? globeZoom));
  if (globeZoom < map.getMinZoom()) map.setMinZoom(globeZoom);
}

/**
 * The place under a click or tap. Dots and labels get a few pixels of slack for fingers, so a
 * stop wins over the flows that start beneath it, and a dot over a label that reaches it; among
 * dots the one nearest the pointer wins, so a country's dot beside its capital opens the country.
 * Lines come after them, and the line under the pointer before one merely near it: flows leave the
 * host city together, and a thin flow drawn over a thick one would otherwise take every click on
 * the thick one's band.
 */
export function placeIdAt(map: maplibregl.Map, point: maplibregl.Point, layers: readonly string[]): string | null {
  const slack = 6;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - slack, point.y - slack],
    [point.x + slack, point.y + slack],
  ];
  const present = layers.filter((id) => map.getLayer(id));
  const lines = present.filter((id) => map.getLayer(id)?.type === 'line');
  const dots = present.filter((id) => map.getLayer(id)?.type === 'circle');
  const labels = present.filter((id) => !lines.includes(id) && !dots.includes(id));
  // Each query only when the ones before it found nothing: a click waits on none it does not need.
  const queries = [
    () => nearestFirst(map, point, map.queryRenderedFeatures(box, { layers: dots })),
    () => map.queryRenderedFeatures(box, { layers: labels }),
    () => (lines.length ? map.queryRenderedFeatures(point, { layers: lines }) : []),
    () => (lines.length ? map.queryRenderedFeatures(box, { layers: lines }) : []),
  ];
  for (const query of queries) {
    const id = query()[0]?.properties?.id;
    if (typeof id === 'string') return id;
  }
  return null;
}

/** Point features by how far the map draws them from `point`, nearest first (a stable sort: ties keep the layers' order). */
function nearestFirst(map: maplibregl.Map, point: maplibregl.Point, features: maplibregl.MapGeoJSONFeature[]) {
  const away = (f: maplibregl.MapGeoJSONFeature) => {
    if (f.geometry.type !== 'Point') return Infinity;
    const at = map.project(f.geometry.coordinates as LngLat);
    return Math.hypot(at.x - point.x, at.y - point.y);
  };
  return features
    .map((f) => ({ f, d: away(f) }))
    .sort((a, b) => a.d - b.d)
    .map(({ f }) => f);
}

type PaintName = Parameters<maplibregl.Map['setPaintProperty']>[1];
type PaintValue = Parameters<maplibregl.Map['setPaintProperty']>[2];

/** Sets each layer's paint as declared; MapLibre skips a value that has not changed. */
export function repaint(map: maplibregl.Map, layers: readonly LayerSpecification[]): void {
  for (const layer of layers) {
    if (!('paint' in layer) || !layer.paint || !map.getLayer(layer.id)) continue;
    for (const [name, value] of Object.entries(layer.paint) as [PaintName, PaintValue][]) {
      map.setPaintProperty(layer.id, name, value);
    }
  }
}

/** The plan each map's place labels were last drawn with, so a move that changes nothing sets no data. */
const drawnPlans = new WeakMap<maplibregl.Map, string>();

/**
 * Plans the place labels for the view the map shows now (labels.ts) and hands them to the places
 * source when they differ from what is drawn. Called once the camera settles: during a move the
 * labels keep the last settled plan. `redraw` after the source was given fresh, unlabelled data.
 */
export function relabel(map: maplibregl.Map, story: LabelledStory, redraw = false): void {
  const source = map.getSource<maplibregl.GeoJSONSource>('places');
  if (!source) return;
  // The lines drawn at this zoom: the flows give way to the city view.
  const flows = map.getZoom() < zoomBand.flows.maxzoom ? story.flows.features : [];
  const lines = [...story.route.features, ...flows].flatMap((f) => linePoints(map, f.geometry));
  const canvas = map.getCanvas();
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const marks = screenMarks(map, story.places);
  // Sites at one spot in this view are drawn spread around it, each where it can be clicked.
  const sitesDrawn = map.getZoom() >= zoomBand.sites.minzoom;
  const spread = spreadMarks(sitesDrawn ? marks.filter((m) => m.role === 'site') : [], siteGap);
  const drawn = marks.map((m) => ({ ...m, ...spread.get(m.id) }));
  const plan = planLabels(drawn, map.getZoom(), { lines, size });
  const at = new Map(
    [...spread].map(([id, p]) => {
      const { lng, lat } = map.unproject([p.x, p.y]);
      return [id, [Number(lng.toFixed(6)), Number(lat.toFixed(6))] as LngLat];
    }),
  );
  if (sitesDrawn) nameAirfieldsOnce(map, story.places);
  const key = JSON.stringify([...plan, ...at]);
  if (!redraw && drawnPlans.get(map) === key) return;
  drawnPlans.set(map, key);
  source.setData(labelledPlaces(story.places, plan, at));
}

/**
 * An airfield the story visits is named by its site's label: the basemap's name for its outline
 * (one per tile the outline spans, four at a close zoom) is left out (global state `namedAirfields`).
 * Read from the outlines the map has loaded around the sites, as the camera settles in the city view.
 */
function nameAirfieldsOnce(map: maplibregl.Map, places: PlaceCollection): void {
  const sites = places.features.filter((f) => f.properties.role === 'site');
  const outlines = map.querySourceFeatures('city', { filter: cityLayer(CITY_LAYER.aeroway) });
  const named = new Set(map.getGlobalState().namedAirfields as string[] | undefined);
  for (const outline of outlines) {
    const name = outline.properties.name_en;
    const shape = outline.geometry;
    if (typeof name !== 'string' || named.has(name) || (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon'))
      continue;
    if (sites.some((site) => pointInPolygon(site.geometry.coordinates, shape))) named.add(name);
  }
  const names = [...named].sort();
  if (JSON.stringify(names) !== JSON.stringify(map.getGlobalState().namedAirfields ?? []))
    map.setGlobalStateProperty('namedAirfields', names);
}

/** Sites closer than this (px, centre to centre) are spread: their rings and a hair between. */
const siteGap = 2 * (radius.site + stroke.site) + 2;

type LabelledStory = { places: PlaceCollection; route: RouteCollection; flows: FlowCollection };

/** Whether the map draws a point where it projects it: behind the globe it projects onto the front. */
function inView(map: maplibregl.Map, [lng, lat]: number[]): maplibregl.Point | null {
  const at = map.project([lng!, lat!]);
  const back = map.unproject(at);
  return Math.abs(back.lat - lat!) > 0.01 || Math.abs(((back.lng - lng! + 540) % 360) - 180) > 0.01 ? null : at;
}

/** Where the map draws each place now; a place behind the globe is not drawn, so it is no one's rival. */
function screenMarks(map: maplibregl.Map, places: PlaceCollection): ScreenMark[] {
  return places.features.flatMap(({ properties: p, geometry }) => {
    const at = inView(map, geometry.coordinates);
    return at ? [{ id: p.id, name: p.name, role: p.role, x: at.x, y: at.y }] : [];
  });
}

/** Points along a line where the map draws it, no more than 4 px apart, so no label can sit between two. */
function linePoints(map: maplibregl.Map, geometry: LineString | MultiLineString): LinePoint[] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return parts.flatMap((part) => {
    const drawn = part.map((p) => inView(map, p));
    return drawn.flatMap((a, i) => {
      const b = drawn[i + 1];
      if (!a) return [];
      if (!b) return [[a.x, a.y] as const];
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4);
      return Array.from(
        { length: steps },
        (_, k) => [a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps] as const,
      );
    });
  });
}
