// Issue 18 §4: sites at one spot in the city view are spread apart, and a click or tap on each
// opens its own panel, at each size.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapIdle, openApp } from './chromium.ts';
import { fileBrowser, sizeName, viewports, type LngLat } from './map-view.ts';
import { radius, stroke } from '../../src/map/tokens.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

/** Each site circle the map draws now and where, in page pixels (the drawn point, not the story's). */
function drawnSites(page: Page) {
  return page.evaluate(() => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const layers = ['site-circle', 'site-approximate-circle'];
    const found = new Map<string, { x: number; y: number }>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      if (f.geometry.type !== 'Point') continue;
      const p = map.project(f.geometry.coordinates as [number, number]);
      found.set(String(f.properties.id), { x: box.left + p.x, y: box.top + p.y });
    }
    return [...found].map(([id, at]) => ({ id, ...at }));
  });
}

describe.each(viewports)('sites at one spot in the city view', (viewport) => {
  it(`are drawn apart and each opens its own panel, at ${sizeName(viewport)}`, async () => {
    const { page, story } = await openApp(baseUrl, { browser: browser(), viewport });
    const name = new Map(story.places.features.map((f) => [f.properties.id, f.properties.name]));
    const host = async () => {
      await page.getByTestId('host-view').click();
      await mapIdle(page);
      return drawnSites(page);
    };
    const sites = await host();
    await page.screenshot({ path: `tests/artifacts/site-spread-${sizeName(viewport)}.png` });
    expect(sites.length).toBeGreaterThan(1);
    // The story's own points of two sites lie under one mark here: the test needs such a pair.
    const points = await page.evaluate(
      (ats) => ats.map((at) => window.__datelineMap!.project(at)),
      story.places.features.filter((f) => f.properties.role === 'site').map((f) => f.geometry.coordinates as LngLat),
    );
    const ring = 2 * (radius.site + stroke.site);
    expect(points.some((p, i) => points.some((q, j) => j > i && Math.hypot(p.x - q.x, p.y - q.y) < ring))).toBe(true);
    for (const a of sites)
      for (const b of sites) if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(ring);
    for (const { id } of sites) {
      const at = (await host()).find((s) => s.id === id)!;
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => page.locator('#excerpt-heading').textContent()).toBe(name.get(id));
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  }, 180_000);
});
