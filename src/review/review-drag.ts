// Dragging a site's mark in the review mode, with a mouse: press on the mark, move, let go; the
// drop is handed to the desk, which asks for a reason before it writes a correction. A press
// that does not move is left to the map (a click opens the site's panel as usual). A touch is
// never taken: on a phone a finger on a mark pans the map, and the desk's "Move" then a tap
// places the site instead.
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { ClickableMap } from './review-api.ts';

export type DragMap = Pick<MapLibreMap, 'on' | 'off' | 'once' | 'getCanvas'>;
/** The app's map, as the desk uses it: a click's point, a mark's drag, a point's place on the screen. */
export type DeskMap = ClickableMap & DragMap & Pick<MapLibreMap, 'project'>;

/** How far (px) the pointer must move before a press on a mark becomes a drag. */
export const DRAG_THRESHOLD = 4;

export interface DragHandlers {
  /** The pointer moved while dragging the site `id`, to `x`, `y` in the map's canvas. */
  move(id: string, at: { x: number; y: number }): void;
  /** The site `id` was let go at this point. */
  drop(id: string, lngLat: { lng: number; lat: number }): void;
}

/** Lets the sites drawn by `layers` be dragged; returns the function that stops it. */
export function watchSiteDrags(map: DragMap, layers: readonly string[], on: DragHandlers): () => void {
  const canvas = map.getCanvas();
  const grab = () => (canvas.style.cursor = 'grab');
  const release = () => (canvas.style.cursor = '');
  const down = (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.['id'];
    if (e.originalEvent.button !== 0 || typeof id !== 'string') return;
    // The map does not pan for this press: the mark moves instead.
    e.preventDefault();
    const start = e.point;
    let dragging = false;
    const move = (m: MapMouseEvent) => {
      if (!dragging && Math.hypot(m.point.x - start.x, m.point.y - start.y) < DRAG_THRESHOLD) return;
      dragging = true;
      canvas.style.cursor = 'grabbing';
      on.move(id, { x: m.point.x, y: m.point.y });
    };
    map.on('mousemove', move);
    map.once('mouseup', (u: MapMouseEvent) => {
      map.off('mousemove', move);
      release();
      if (dragging) on.drop(id, u.lngLat);
    });
  };
  const targets = [...layers];
  map.on('mousedown', targets, down);
  map.on('mouseenter', targets, grab);
  map.on('mouseleave', targets, release);
  return () => {
    map.off('mousedown', targets, down);
    map.off('mouseenter', targets, grab);
    map.off('mouseleave', targets, release);
    release();
  };
}
