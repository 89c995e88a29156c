// A site no gazetteer places (issue 17): the pipeline draws it at its city's point with
// `approximate: true` and why. Here the default story's Opera House is served as such a site:
// the map draws it hollow, and its panel says "Location approximate" and why, on a desktop and a phone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PlaceCollection } from '../../geo/contract/schema.ts';
import { clickLngLat, jumpTo, launch, mapIdle, openApp, readStory, renderedIds } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const WHY = 'No gazetteer places “Hanoi Opera House”, so it is drawn at the point of Hanoi.';

/** The default story's places with its Opera House moved to Hanoi's point and flagged approximate. */
async function placesWithApproximateSite(): Promise<{ places: PlaceCollection; at: [number, number]; id: string }> {
  const { places, meta } = await readStory(baseUrl);
  const hanoi = places.features.find((f) => f.id === meta.hostCity)!;
  const site = places.features.find((f) => f.properties.name === 'Hanoi Opera House')!;
  site.geometry.coordinates = hanoi.geometry.coordinates;
  Object.assign(site.properties, { approximate: true, approximateWhy: WHY });
  return { places, at: hanoi.geometry.coordinates, id: site.properties.id };
}

describe.each([
  ['desktop', 1280, 800],
  ['phone', 390, 844],
])('a site whose location is approximate, on a %s (%i×%i)', (name, width, height) => {
  it('is drawn hollow, and its panel says “Location approximate” and why', async () => {
    const { places, at, id } = await placesWithApproximateSite();
    const { page, warnings } = await openApp(baseUrl, {
      browser,
      viewport: { width, height },
      beforeLoad: (p) =>
        p.route('**/data/story/places.geojson', (route) =>
          route.fulfill({ body: JSON.stringify(places), contentType: 'application/json' }),
        ),
    });
    await jumpTo(page, { center: at, zoom: 14 });
    await mapIdle(page);
    expect(await renderedIds(page, 'site-approximate-circle')).toEqual([id]);
    expect(await renderedIds(page, 'site-circle')).not.toContain(id);
    await page.screenshot({ path: `tests/artifacts/approximate-site-${name}-map.png` });

    await clickLngLat(page, at);
    await page.locator('#excerpt-panel').waitFor();
    // Hanoi's own stop sits under the site at its point: the site, drawn above, is what a click opens.
    expect(await page.locator('#excerpt-heading').textContent()).toBe('Hanoi Opera House');
    const note = await page.getByTestId('approximate-note').textContent();
    expect(note).toContain('Location approximate.');
    expect(note).toContain(WHY);
    await mapIdle(page);
    await page.screenshot({ path: `tests/artifacts/approximate-site-${name}.png` });
    expect(warnings).toEqual([]);
    await page.context().close();
  }, 120_000);
});
