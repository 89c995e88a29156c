// Issue 18 §6: a shared link may open below the zoom floor, but the reader cannot shrink the globe
// any further than the link showed it (the floor is read as MapLibre reads it, at the equator).
import { describe, expect, inject, it } from 'vitest';
import { contextOptions, mapIdle, openApp } from './chromium.ts';
import { cameraNow, fileBrowser, sizeName, viewports, wheelOut, type Viewport } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

/** The globe's zoom at the equator for a camera's zoom at a latitude. */
const globeZoom = (zoom: number, lat: number) => zoom - Math.log2(Math.cos((lat * Math.PI) / 180));

/**
 * The zoom floor the app sets at a size when no link asks for less. Read as soon as the app has set
 * it (MapLibre's own minZoom is -2 until then; the floor is set from the canvas's size as the style
 * loads), not after the basemap's tiles are drawn: the floor does not wait on them.
 */
async function plainFloor(viewport: Viewport): Promise<number> {
  const context = await browser().newContext({ ...contextOptions, viewport });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const set = await page.waitForFunction(() => {
    const zoom = window.__datelineMap?.getMinZoom();
    return zoom !== undefined && zoom !== -2 && zoom;
  });
  const floor = (await set.jsonValue()) as number;
  await context.close();
  return floor;
}

describe.each(viewports)('the zoom floor on a shared link', (viewport) => {
  it(`holds after a link that opens near a pole and below the floor, at ${sizeName(viewport)}`, async () => {
    const floor = await plainFloor(viewport);
    // A link near the pole, whose zoom number is low because of its latitude, and one below the floor.
    for (const [zoom, lat, lng] of [
      [0.37, 68.95, 89.56],
      [Math.max(0, floor - 0.6), 20, 100],
    ] as const) {
      const { page } = await openApp(baseUrl, {
        browser: browser(),
        viewport,
        hash: `#map=${zoom.toFixed(2)}/${lat}/${lng}`,
      });
      const opened = await cameraNow(page);
      expect(opened.zoom).toBeCloseTo(zoom, 2);
      await wheelOut(page);
      await mapIdle(page);
      const after = await cameraNow(page);
      await page.screenshot({ path: `tests/artifacts/zoom-floor-link-${lat}-${sizeName(viewport)}.png` });
      expect(after.globeZoom).toBeGreaterThanOrEqual(Math.min(floor, globeZoom(zoom, lat)) - 0.02);
      await page.context().close();
    }
  }, 180_000);
});
