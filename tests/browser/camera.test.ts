// The camera follows the reader: every chosen place is framed in the part of the map left visible,
// on a phone too; the zoom floor keeps hit-testing whole; a link with only a place restores its view.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickLngLat, contextOptions, launch, mapIdle, readStory, renderedIds, type StoryFiles } from './chromium.ts';

const baseUrl = inject('baseUrl');
const phone = { width: 390, height: 844 };
let browser: Browser;
let story: StoryFiles;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  story = await readStory(baseUrl);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(viewport: { width: number; height: number }, hash = ''): Promise<{ page: Page; logs: string[] }> {
  const page = await (await browser.newContext({ ...contextOptions, viewport })).newPage();
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(baseUrl + hash);
  await mapIdle(page);
  return { page, logs };
}

/** Whether a coordinate is drawn inside the map and above the excerpt sheet, if one covers it. */
function shownAt(page: Page, at: [number, number]): Promise<boolean> {
  return page.evaluate((lngLat) => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(lngLat);
    const sheet = document.querySelector('#excerpt-panel.sheet')?.getBoundingClientRect();
    const bottom = Math.min(box.bottom, sheet ? sheet.top : Infinity, innerHeight);
    const y = box.top + p.y;
    return p.x >= 0 && p.x <= box.width && y >= Math.max(box.top, 0) && y <= bottom;
  }, at);
}

const place = (id: string) => story.places.features.find((f) => f.properties.id === id)!;
const flowIds = () => story.flows.features.map((f) => f.properties.id).sort();

describe('the camera', () => {
  it('shows the host city’s sites when its stop is tapped on a phone, with no “cannot fit”', async () => {
    const { page, logs } = await open(phone);
    const host = place(story.meta.hostCity!).geometry.coordinates;
    // At the floor a phone's world view is narrower than the journey: the reader pans to the city first.
    await page.evaluate((at) => window.__datelineMap!.jumpTo({ center: at }), host);
    await mapIdle(page);
    await clickLngLat(page, host);
    await page.locator('#excerpt-panel').waitFor();
    await mapIdle(page);
    expect(await renderedIds(page, 'site-circle')).not.toHaveLength(0);
    expect(logs.filter((l) => /cannot fit/i.test(l))).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/phone-host-city.png' });
    await page.close();
  });

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', phone],
  ] as const) {
    it(`frames every place chosen from the list on a ${name}`, async () => {
      const { page } = await open(viewport);
      const ids = await page.locator('button[data-place]').evaluateAll((b) => b.map((e) => e.dataset.place!));
      expect(ids.length).toBe(story.places.features.length);
      const unframed: string[] = [];
      for (const id of ids) {
        await page.locator(`button[data-place="${id}"]`).click();
        await mapIdle(page);
        if (!(await shownAt(page, place(id).geometry.coordinates))) unframed.push(id);
        if (place(id).properties.role === 'site') {
          expect(await renderedIds(page, 'site-circle')).toContain(id);
          if (name === 'desktop') await page.screenshot({ path: 'tests/artifacts/list-frames-site.png' });
        }
      }
      expect(unframed).toEqual([]);
      await page.close();
    });

    it(`keeps the zoom at or above the floor, where the route and every flow are found, on a ${name}`, async () => {
      const { page } = await open(viewport);
      await page.evaluate(() => window.__datelineMap!.jumpTo({ zoom: -1 }));
      await page.mouse.move(viewport.width - 50, 200);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 800);
      await mapIdle(page);
      const { zoom, floor } = await page.evaluate(() => {
        const map = window.__datelineMap!;
        const lat = (map.getCenter().lat * Math.PI) / 180;
        // MapLibre's globe raises minZoom away from the equator so the globe keeps one size.
        return { zoom: map.getZoom(), floor: map.getMinZoom() + Math.log2(Math.cos(lat)) };
      });
      expect(zoom).toBeGreaterThanOrEqual(floor - 0.01);
      expect(zoom).toBeGreaterThan(2);
      expect(await renderedIds(page, 'route-line')).not.toHaveLength(0);
      expect((await renderedIds(page, 'flow-line')).sort()).toEqual(flowIds());
      await page.close();
    });
  }

  it('restores the view that frames the place of a link that carries only #place', async () => {
    const far = story.places.features.find((f) => f.properties.role === 'partner' && f.geometry.coordinates[0] < 0);
    const site = story.places.features.find((f) => f.properties.role === 'site');
    for (const chosen of [far, site]) {
      expect(chosen).toBeDefined();
      const { page } = await open({ width: 1280, height: 800 }, `#place=${chosen!.properties.id}`);
      expect(await page.locator('#excerpt-heading').textContent()).toBe(chosen!.properties.name);
      expect(await shownAt(page, chosen!.geometry.coordinates)).toBe(true);
      if (chosen === site) expect(await renderedIds(page, 'site-circle')).toContain(site!.properties.id);
      await page.close();
    }
  });
});
