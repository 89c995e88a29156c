// Issue 18 §5: at the world view a country's dot opens the country, not the stop beside it, and the
// captions of dots only mentioned never stack into one pile of names.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickLngLat, jumpTo, mapIdle, openApp, renderedIds, type StoryFiles } from './chromium.ts';
import { fileBrowser, sizeName, viewports, type LngLat } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

/** The pixels between two coordinates as the map draws them now. */
const apart = (page: Page, a: LngLat, b: LngLat) =>
  page.evaluate(
    ([a, b]) => {
      const map = window.__datelineMap!;
      const [p, q] = [map.project(a), map.project(b)];
      return Math.hypot(p.x - q.x, p.y - q.y);
    },
    [a, b] as const,
  );

/** The country the story marks nearest a stop, with that stop: the dot a click on the stop's ring could steal. */
function countryBesideStop(story: StoryFiles) {
  const stops = story.places.features.filter((f) => f.properties.role === 'stop');
  const pairs = story.places.features
    .filter((f) => f.properties.kind === 'country' && f.properties.role !== 'stop')
    .flatMap((country) => stops.map((stop) => ({ country, stop })));
  const degrees = ({ country, stop }: (typeof pairs)[number]) =>
    Math.hypot(
      country.geometry.coordinates[0] - stop.geometry.coordinates[0],
      country.geometry.coordinates[1] - stop.geometry.coordinates[1],
    );
  return pairs.sort((a, b) => degrees(a) - degrees(b))[0]!;
}

describe.each(viewports)('a country at the world view', (viewport) => {
  it(`opens from its own dot, and mentioned places are named one by one, at ${sizeName(viewport)}`, async () => {
    const { page, story } = await openApp(baseUrl, { browser: browser(), viewport });
    await page.screenshot({ path: `tests/artifacts/country-click-world-${sizeName(viewport)}.png` });
    const labels = await renderedIds(page, 'place-label', 'label');
    // Each mentioned place is named alone, or not at all: never a pile of names under a pile of dots.
    expect(labels.filter((l) => l.includes('\n'))).toEqual([]);
    // Closer in than the world view, still on the globe: the country's dot 14 px from the stop's, apart
    // but within a finger's reach of the stop's ring.
    const { country, stop } = countryBesideStop(story);
    const [at, from] = [country.geometry.coordinates as LngLat, stop.geometry.coordinates as LngLat];
    for (let i = 0; i < 3; i++) {
      // Measured again after each jump: the globe's scale follows the centre's latitude.
      const zoom = await page.evaluate(() => window.__datelineMap!.getZoom());
      const closer = zoom + Math.log2(14 / (await apart(page, at, from)));
      await jumpTo(page, { center: at, zoom: closer });
    }
    await mapIdle(page);
    await page.screenshot({ path: `tests/artifacts/country-click-near-${sizeName(viewport)}.png` });
    const layer = country.properties.role === 'partner' ? 'partner-circle' : 'mentioned-circle';
    expect(await renderedIds(page, layer)).toContain(country.properties.id);
    await clickLngLat(page, at);
    await expect.poll(() => page.locator('#excerpt-heading').textContent()).toBe(country.properties.name);
    await page.context().close();
  }, 180_000);
});
