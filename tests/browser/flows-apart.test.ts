// Issue 18 §7: at the world view each trade flow is drawn along its own length, where no other
// flow hides it: a click at a quarter, the half and three quarters of the line as drawn opens it.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapIdle, openApp, type StoryFiles } from './chromium.ts';
import { fileBrowser, sizeName, viewports, type LngLat } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();
type Flow = StoryFiles['flows']['features'][number];

/**
 * Page pixels of the point `share` of the way along a flow's longest part, where the map draws it:
 * its projected line moved sideways by the offset the layer draws it at (MapLibre's `line-offset`,
 * + to the right of the way the line runs).
 */
function drawnAlong(page: Page, flow: Flow, share: number) {
  const parts = flow.geometry.type === 'LineString' ? [flow.geometry.coordinates] : flow.geometry.coordinates;
  const line = parts.reduce((a, b) => (b.length > a.length ? b : a)) as LngLat[];
  return page.evaluate(
    ({ line, share, id }) => {
      const map = window.__datelineMap!;
      const box = map.getCanvas().getBoundingClientRect();
      const i = Math.min(line.length - 2, Math.floor(share * (line.length - 1)));
      const [a, b] = [map.project(line[i]!), map.project(line[i + 1]!)];
      const [drawn] = map.querySourceFeatures('flows').filter((f) => f.properties.id === id);
      const offset = Number(drawn?.properties.offset ?? 0);
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
      return { x: box.left + a.x + nx * offset, y: box.top + a.y + ny * offset };
    },
    { line, share, id: flow.properties.id },
  );
}

describe.each(viewports)('the trade flows at the world view', (viewport) => {
  it(`are each clickable along their own length, at ${sizeName(viewport)}`, async () => {
    const { page, story } = await openApp(baseUrl, { browser: browser(), viewport });
    await page.screenshot({ path: `tests/artifacts/flows-apart-${sizeName(viewport)}.png` });
    expect(story.flows.features.length).toBeGreaterThan(1);
    const missed: string[] = [];
    for (const flow of story.flows.features) {
      for (const share of [0.25, 0.5, 0.75]) {
        const at = await drawnAlong(page, flow, share);
        const box = await page.evaluate(() => window.__datelineMap!.getCanvas().getBoundingClientRect().toJSON());
        if (at.x < box.left || at.x > box.right || at.y < box.top || at.y > Math.min(box.bottom, 844)) continue;
        const opened = await page.evaluate(({ x, y }) => {
          const map = window.__datelineMap!;
          const box = map.getCanvas().getBoundingClientRect();
          const [top] = map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['flow-line'] });
          return top ? String(top.properties.id) : null;
        }, at);
        if (opened !== flow.properties.id) missed.push(`${flow.properties.id} at ${share}: ${opened}`);
      }
    }
    expect(missed).toEqual([]);
    // And a click at the drawn middle of each opens that flow.
    for (const flow of story.flows.features) {
      const at = await drawnAlong(page, flow, 0.5);
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => page.url()).toContain(`place=${flow.properties.id}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'World view' }).click();
      await mapIdle(page);
    }
    await page.context().close();
  }, 180_000);
});
