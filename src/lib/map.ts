// MapLibre setup that Map.svelte needs: the worker, the map's creation and the camera
// moves, honouring prefers-reduced-motion.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Camera } from './hash.ts';
import { attribution } from './style.ts';
import { zoomBand } from './tokens.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map, for the browser tests only. */
    __datelineMap?: maplibregl.Map;
  }
}

export type Bounds = [number, number, number, number];
/** A camera, a box to fit, or one place to centre at a world zoom. */
export type CameraRequest = { camera: Camera } | { bounds: Bounds; maxZoom: number } | { focus: [number, number] };

/**
 * The zoom floor, as MapLibre's globe reads `minZoom`: at the equator, raised towards the poles so the
 * globe keeps one size. Below it the globe no longer covers the map and queryRenderedFeatures (which
 * projects the box's corners, off the globe, onto its rim) misses the route and flows; measured in
 * Chromium at 1280×800, 1024×768 and 390×844, it found every one from about 2.8.
 */
export const zoomFloor = 2.9;
/** The zoom a place chosen from the city view is shown at: the world band, flows drawn. */
const worldZoom = zoomBand.flows.maxzoom - 4;

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function createMap(container: HTMLElement, style: StyleSpecification, start: CameraRequest): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style,
    // Labels appear at once: no fade to wait for in tests or with reduced motion.
    fadeDuration: 0,
    attributionControl: { compact: false, customAttribution: attribution },
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    minZoom: zoomFloor,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of the story; the same places are listed beside it');
  moveCamera(map, start, { top: 0, bottom: 0, left: 0, right: 0 }, false);
  return map;
}

export type Inset = { top: number; bottom: number; left: number; right: number };

export function moveCamera(
  map: maplibregl.Map,
  request: CameraRequest,
  padding: Inset,
  animate = !reducedMotion(),
): void {
  if ('camera' in request || 'focus' in request) {
    const options =
      'camera' in request
        ? { center: [request.camera.lng, request.camera.lat] as [number, number], zoom: request.camera.zoom, padding }
        : { center: request.focus, zoom: map.getZoom() < zoomBand.sites.minzoom ? map.getZoom() : worldZoom, padding };
    if (animate) map.flyTo({ ...options, duration: 1500 });
    else map.jumpTo(options);
    return;
  }
  const camera = map.cameraForBounds(request.bounds, {
    padding: { top: padding.top + 30, bottom: padding.bottom + 30, left: padding.left + 30, right: padding.right + 30 },
    maxZoom: request.maxZoom,
  });
  if (!camera) return;
  // Bounds that span half the world would fit a small globe: the floor (minZoom) keeps it filling the map.
  if (animate) map.flyTo({ ...camera, duration: 1800 });
  else map.jumpTo(camera);
}

/** How much of the map's bottom a fixed sheet covers, leaving at least a strip of map to frame in. */
export function coveredBottom(map: maplibregl.Map, sheetHeight: number): number {
  if (sheetHeight <= 0) return 0;
  const box = map.getCanvas().getBoundingClientRect();
  const sheetTop = innerHeight - sheetHeight;
  return Math.max(0, Math.min(box.bottom - sheetTop, box.height - 120));
}

/** The place under a click or tap, with a few pixels of slack for fingers. */
export function placeIdAt(map: maplibregl.Map, point: maplibregl.Point, layers: readonly string[]): string | null {
  const slack = 6;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - slack, point.y - slack],
    [point.x + slack, point.y + slack],
  ];
  const present = layers.filter((id) => map.getLayer(id));
  const [hit] = map.queryRenderedFeatures(box, { layers: present });
  const id = hit?.properties?.id;
  return typeof id === 'string' ? id : null;
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
