// Pages that must still work when things go wrong: no WebGL, hostile article text, a phone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickLngLat, contextOptions, launch, mapIdle, openApp } from './chromium.ts';
import type { PlaceCollection, StoryMeta } from '../../geo/contract/schema.ts';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => readFileSync(`tests/app/fixtures/story/${name}`, 'utf8');
const fixtureMeta = JSON.parse(fixture('story.json')) as StoryMeta;
const fixturePlaces = JSON.parse(fixture('places.geojson')) as PlaceCollection;
let browser: Browser;

/** Serves the app fixture's story in place of the built one. */
const serveFixture = (page: Page) =>
  page.route('**/data/story/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return route.fulfill({ body: fixture(name), contentType: 'application/json' });
  });

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('when things go wrong', () => {
  it('lists the places and their excerpts with a message when WebGL is unavailable', async () => {
    const page = await (await browser.newContext(contextOptions)).newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
        return /webgl/.test(type)
          ? null
          : original.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
      } as typeof original;
    });
    await page.goto(baseUrl);
    await page.getByRole('status').filter({ hasText: 'map cannot be shown' }).waitFor();
    const first = page.locator('button[data-place]').first();
    await first.click();
    // The excerpt panel is a chunk of its own, fetched once the map is first idle; with no map it comes on the click.
    await page.locator('#excerpt-panel blockquote').first().waitFor();
    expect(await page.locator('#excerpt-panel blockquote').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders hostile article text and a javascript: URL inert', async () => {
    const page = await (await browser.newContext(contextOptions)).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await serveFixture(page);
    await page.goto(baseUrl);
    await page.locator(`button[data-place="${fixtureMeta.hostCity}"]`).click();
    const panel = page.locator('#excerpt-panel');
    await expect.poll(() => panel.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await panel.locator('img').count()).toBe(0);
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows excerpts as a bottom sheet that leaves the clicked place in view on a phone', async () => {
    const viewport = { width: 390, height: 800 };
    const { page } = await openApp(baseUrl, { browser, viewport, beforeLoad: serveFixture });
    const moscow = fixturePlaces.features.find(
      (f) => f.properties.role === 'stop' && f.properties.id !== fixtureMeta.hostCity,
    )!;
    await clickLngLat(page, moscow.geometry.coordinates);
    const sheet = page.locator('#excerpt-panel');
    await sheet.waitFor();
    await mapIdle(page);
    const sheetTop = (await sheet.boundingBox())!.y;
    const placeY = await page.evaluate((at) => {
      const map = window.__datelineMap!;
      return map.getCanvas().getBoundingClientRect().top + map.project(at).y;
    }, moscow.geometry.coordinates);
    expect(placeY).toBeLessThan(sheetTop);
    await page.screenshot({ path: 'tests/artifacts/phone-sheet.png' });
    await page.context().close();
  });
});
