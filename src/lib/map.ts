// MapLibre setup that Map.svelte needs: the worker, the map's creation and the camera
// moves, honouring prefers-reduced-motion.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Camera } from './hash.ts';
import { attribution } from './style.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map, for the browser tests only. */
    __datelineMap?: maplibregl.Map;
  }
}

export type Bounds = [number, number, number, number];
export type CameraRequest = { camera: Camera } | { bounds: Bounds; maxZoom: number };

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
  if ('camera' in request) {
    const options = {
      center: [request.camera.lng, request.camera.lat] as [number, number],
      zoom: request.camera.zoom,
      padding,
    };
    if (animate) map.flyTo({ ...options, duration: 1500 });
    else map.jumpTo(options);
    return;
  }
  const camera = map.cameraForBounds(request.bounds, {
    padding: { top: padding.top + 30, bottom: padding.bottom + 30, left: padding.left + 30, right: padding.right + 30 },
    maxZoom: request.maxZoom,
  });
  if (!camera) return;
  // Bounds that span half the world fit a small globe; let the globe fill the map instead.
  // (Below about zoom 2.4, MapLibre 6's globe also misses features in queryRenderedFeatures,
  // so clicks would fall through.)
  const canvas = map.getCanvas();
  camera.zoom = Math.max(camera.zoom ?? 0, globeFillZoom(canvas.clientWidth, canvas.clientHeight - padding.bottom));
  if (animate) map.flyTo({ ...camera, duration: 1800 });
  else map.jumpTo(camera);
}

/** The zoom at which the globe's diameter (512·2^z/π px) fills 95% of the map's shorter side. */
export function globeFillZoom(width: number, height: number): number {
  return Math.log2((0.95 * Math.max(100, Math.min(width, height)) * Math.PI) / 512);
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
