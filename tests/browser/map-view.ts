// What the reader sees of the map: where a coordinate is drawn, the camera, the globe's size.
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, type StoryFiles } from './chromium.ts';

/** One Chromium for a test file (launched before its tests, closed after), and the screenshots' folder. */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  mkdirSync('tests/artifacts', { recursive: true });
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export type LngLat = [number, number];
export type Viewport = { width: number; height: number };
export const viewports: Viewport[] = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
export const sizeName = (v: Viewport) => `${v.width}×${v.height}`;

/** Where a coordinate is drawn: inside the map, on the side of the globe that faces us, and clear of the panel. */
export function visibleAt(page: Page, at: LngLat, margin = 0) {
  return page.evaluate(
    ({ at, margin }) => {
      const map = window.__datelineMap!;
      const box = map.getCanvas().getBoundingClientRect();
      const panel = (
        document.getElementById('excerpt-panel') ?? document.querySelector('.panel-slot')
      )?.getBoundingClientRect();
      const p = map.project(at);
      const back = map.unproject(p);
      const front = Math.abs(back.lat - at[1]) < 0.01 && Math.abs(((back.lng - at[0] + 540) % 360) - 180) < 0.01;
      const [x, y] = [box.left + p.x, box.top + p.y];
      const right = panel && panel.left > box.left ? Math.min(box.right, panel.left) : box.right;
      const bottom = Math.min(box.bottom, panel && panel.top > box.top ? panel.top : Infinity, innerHeight);
      const inside = x >= box.left + margin && x <= right - margin && y >= Math.max(box.top, 0) + margin;
      return { shown: front && inside && y <= bottom - margin, x, y };
    },
    { at, margin },
  );
}

/** The camera now, with the globe's size as MapLibre reads minZoom: the zoom at the equator that draws the same globe. */
export const cameraNow = (page: Page) =>
  page.evaluate(() => {
    const map = window.__datelineMap!;
    const { lng, lat } = map.getCenter();
    const zoom = map.getZoom();
    const globeZoom = zoom - Math.log2(Math.cos((Math.min(Math.abs(lat), 85.05) * Math.PI) / 180));
    return { lng, lat, zoom, globeZoom, minZoom: map.getMinZoom() };
  });

/** Turns the wheel over the map's centre, outwards, far more than any floor allows, then waits for the map to settle. */
export async function wheelOut(page: Page): Promise<void> {
  const centre = await page.evaluate(() => {
    const box = window.__datelineMap!.getCanvas().getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + Math.min(box.height, innerHeight - box.top) / 2 };
  });
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
}

/** The marks the world view must show (every stop, partner and flow end, and each flow's label point) not on screen. */
export async function marksOutside(page: Page, story: StoryFiles): Promise<LngLat[]> {
  const marks: LngLat[] = story.places.features
    .filter((f) => f.properties.role === 'stop' || f.properties.role === 'partner')
    .map((f) => f.geometry.coordinates);
  for (const flow of story.flows.features) {
    const lines = flow.geometry.type === 'LineString' ? [flow.geometry.coordinates] : flow.geometry.coordinates;
    for (const line of lines) marks.push(line[0] as LngLat, line[line.length - 1] as LngLat);
    marks.push(flow.properties.labelAt as LngLat);
  }
  const outside = [];
  // Room for a label's half height beyond its point.
  for (const mark of marks) if (!(await visibleAt(page, mark, 10)).shown) outside.push(mark);
  return outside;
}
