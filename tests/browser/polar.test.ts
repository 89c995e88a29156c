// A stop at a pole: the story's stops other than the host city moved to latitude ±89.99 (as a
// research station's would be). Every camera that frames them, from the place list, a step of
// the trip or a link, stays at a latitude MapLibre can show; none throws "Invalid LngLat".
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PlaceCollection, StoryMeta } from '../../geo/contract/schema.ts';
import { mapIdle, openApp, readStory } from './chromium.ts';

const baseUrl = inject('baseUrl');
mkdirSync('tests/artifacts', { recursive: true });
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The ids of the stops moved to the pole. */
async function polarStops(): Promise<string[]> {
  const { places, meta } = await readStory(baseUrl);
  return places.features
    .filter((f) => f.properties.role === 'stop' && f.properties.id !== (meta as StoryMeta).hostCity)
    .map((f) => f.properties.id);
}

/** Opens the app with those stops at latitude `lat`; returns the page and what it logged. */
async function openPolar(lat: number, moved: string[], hash = '') {
  const opened = await openApp(baseUrl, {
    hash,
    reducedMotion: 'reduce',
    beforeLoad: (page: Page) =>
      page.route('**/data/story/places.geojson', async (route) => {
        const response = await route.fetch();
        const places = (await response.json()) as PlaceCollection;
        for (const f of places.features)
          if (moved.includes(f.properties.id)) f.geometry.coordinates = [f.geometry.coordinates[0], lat];
        await route.fulfill({ response, body: JSON.stringify(places) });
      }),
  });
  browser = opened.browser;
  return opened;
}

describe.each([89.99, -89.99])('stops at latitude %d', (lat) => {
  it('are framed from the place list, from the trip’s first steps and from a link, with no error', async () => {
    const moved = await polarStops();
    expect(moved.length).toBeGreaterThan(0);
    const { page, warnings } = await openPolar(lat, moved, '#step=1');
    await page.getByTestId('step-panel').waitFor();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      await mapIdle(page);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('step-panel').waitFor({ state: 'detached' });
    for (const id of moved) {
      await page.locator(`button[data-place="${id}"]`).click();
      await page.locator('#excerpt-panel').waitFor();
      await mapIdle(page);
    }
    const centre = await page.evaluate(() => window.__datelineMap!.getCenter().lat);
    expect(Math.abs(centre)).toBeLessThanOrEqual(85.06);
    await page.screenshot({ path: `tests/artifacts/polar-${lat > 0 ? 'north' : 'south'}.png` });
    expect(warnings).toEqual([]);
  });
});
