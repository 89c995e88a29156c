// The city view in Chromium: roads and water under the sites, street names only when zoomed in,
// the inset locator in the city band and not on the world view, at a desktop's and a phone's size.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { jumpTo, launch, mapIdle, openApp, renderedIds } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const renderedCount = (page: Page, layer: string) =>
  page.evaluate((id) => window.__datelineMap!.queryRenderedFeatures({ layers: [id] }).length, layer);

describe.each([
  ['desktop', 1280, 800],
  ['tablet', 1024, 768],
  ['phone', 390, 844],
])('the city view on a %s (%i×%i)', (name, width, height) => {
  it('draws roads and water under the sites, shows the inset, and no street names until zoomed in', async () => {
    const { page, story, warnings } = await openApp(baseUrl, { browser, viewport: { width, height } });
    const inset = page.getByTestId('inset-locator');
    expect(await inset.count()).toBe(0);

    await page.getByTestId('host-view').click();
    await mapIdle(page);
    expect(await renderedCount(page, 'city-road-line')).toBeGreaterThan(20);
    expect(await renderedCount(page, 'city-water-fill')).toBeGreaterThan(0);
    expect(await renderedIds(page, 'site-circle')).not.toHaveLength(0);
    expect(await renderedCount(page, 'city-road-label')).toBe(0);
    await inset.waitFor();
    const host = story.places.features.find((f) => f.properties.id === story.meta.hostCity)!;
    expect(await inset.locator('svg').getAttribute('aria-label')).toMatch(new RegExp(`^${host.properties.name} in `));
    await page.screenshot({ path: `tests/artifacts/city-${name}.png` });

    // Zoomed in on a site, the streets carry their names, and the site's label is still drawn.
    const site = story.places.features.find((f) => f.properties.role === 'site')!;
    await jumpTo(page, { center: site.geometry.coordinates, zoom: 15.5 });
    await mapIdle(page);
    expect(await renderedCount(page, 'city-road-label')).toBeGreaterThan(0);
    expect(await renderedIds(page, 'site-label')).not.toHaveLength(0);
    await page.screenshot({ path: `tests/artifacts/city-${name}-streets.png` });

    await page.getByRole('button', { name: 'World view' }).click();
    await mapIdle(page);
    await inset.waitFor({ state: 'detached' });
    expect(warnings).toEqual([]);
    await page.context().close();
    // Three views and two zooms in software WebGL: longer than one click-and-check test.
  }, 180_000);
});
