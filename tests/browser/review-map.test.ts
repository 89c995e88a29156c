// The desk's map tools end to end, on the invented review story with an article that names an
// ambiguous Cordoba (tests/fixtures/review, tests/fixtures/review-search): a Vite dev server with
// the live rebuild, the corrections endpoint and the gazetteer search over a scratch copy, real
// Chromium at 1280×800 (a mouse drags a site's mark) and 390×844 with touch (a finger pans the
// map, so the site's "Move" and then a tap moves it), reduced motion. The editor moves a site,
// resolves the mention through the search, adds a stop by search and a site by clicking the map;
// the file holds exactly those entries, the map redraws, undo works, and the built site shows
// them as the editor's (panel, method note, GeoJSON and CSV basis) with no review controls.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceCollection, RouteCollection, SiteCollection } from '../../geo/contract/schema.ts';
import { layerCsv } from '../../src/share/export.ts';
import type { Story } from '../../src/story/story.ts';
import { contextOptions, launch, mapIdle, renderedIds } from './chromium.ts';
import {
  clearCorrections,
  correctionsOf,
  previewCorrected,
  scratchDevServer,
  storyFile,
  type ScratchDev,
} from './dev-server.ts';

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
} as const;
mkdirSync('tests/artifacts', { recursive: true });

let dev: ScratchDev;
let browser: Browser;

beforeAll(async () => {
  [dev, browser] = await Promise.all([
    scratchDevServer({
      name: 'review-map',
      articles: 'tests/fixtures/review/articles',
      moreArticles: 'tests/fixtures/review-search/articles',
      settings: 'tests/fixtures/review/story.json',
      corrections: true,
    }),
    launch(),
  ]);
}, 120_000);
afterAll(() => Promise.all([browser?.close(), dev?.server.close()]));

const readFile = () => correctionsOf(dev);
const fetchJson = <T>(name: string) => storyFile<T>(dev, name);
const placeOf = async (id: string) =>
  (await fetchJson<PlaceCollection>('places.geojson')).features.find((f) => f.id === id);

/** Frames the map on a point at street zoom, in the part of the map the desk leaves in view. */
async function frame(page: Page, at: [number, number]) {
  await page.evaluate((center) => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const desk = document.querySelector('[data-testid="review-desk"]')!.getBoundingClientRect();
    // On a phone the desk is a sheet over the page's foot: frame the point above it.
    const hidden = desk.top > 0 ? Math.max(0, box.bottom - desk.top) : 0;
    map.jumpTo({ center, zoom: 15, padding: { top: 0, bottom: hidden, left: 0, right: 0 } });
  }, at);
  await mapIdle(page);
}

/** Where a site's mark is drawn, in the page's pixels (a mark may sit beside its point when two share a spot). */
async function markOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((id) => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const layers = ['site-circle', 'site-approximate-circle'];
    for (let y = 0; y < height; y += 3)
      for (let x = 0; x < width; x += 3) {
        const hit = map.queryRenderedFeatures([x, y], { layers });
        if (hit.some((f) => f.properties['id'] === id)) return { x: box.left + x + 1, y: box.top + y + 1 };
      }
    return null;
  }, id);
  if (!at) throw new Error(`the map draws no mark of ${id}`);
  return at;
}

/** A point of the map in view, `dx`, `dy` from a page point, and its coordinate. */
const lngLatAt = (page: Page, p: { x: number; y: number }) =>
  page.evaluate((p) => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const at = map.unproject([p.x - box.left, p.y - box.top]);
    return [at.lng, at.lat] as [number, number];
  }, p);

/** Where a coordinate is drawn, in the page's pixels. */
const pageAt = (page: Page, at: [number, number]) =>
  page.evaluate((at) => {
    const map = window.__datelineMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(at);
    return { x: box.left + p.x, y: box.top + p.y };
  }, at);

/** Waits for the desk to list a number of corrections (the file written, the answer back). */
async function fileHas(n: number) {
  await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(n);
}

describe.each(Object.entries(VIEWPORTS))('the review mode’s map tools at %s', (name, options) => {
  let page: Page;
  const phone = name === 'phone';

  beforeAll(async () => {
    await clearCorrections(dev);
    page = await (await browser.newContext({ ...contextOptions, ...options })).newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(`${dev.url}?review`);
    await page.getByTestId('review-desk').waitFor({ timeout: 60_000 });
    await mapIdle(page);
  }, 120_000);

  it(`moves a site ${phone ? 'with “Move” and a tap' : 'by dragging its mark'}, with a reason; undo puts it back`, async () => {
    const sites = await fetchJson<SiteCollection>('sites.geojson');
    const site = sites.features[0]!;
    await frame(page, site.geometry.coordinates);
    const from = await markOf(page, site.id);
    const to = { x: from.x + 70, y: from.y - 50 };
    const at = await lngLatAt(page, to);
    if (phone) {
      // A finger on the map pans it: the site's "Move", then a tap on the spot.
      const item = page.locator(`[data-testid="review-item"][data-what="site:${site.id}"]`);
      await item.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await item.getByTestId('review-place').tap();
      await page.touchscreen.tap(to.x, to.y);
    } else {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.screenshot({ path: `tests/artifacts/review-map-${name}-dragging.png` });
      await page.mouse.up();
    }
    const prompt = page.getByTestId('review-pending-move');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(site.properties.name);
    // Nothing is written before the editor gives a reason.
    expect(readFile()).toEqual([]);
    await page.screenshot({ path: `tests/artifacts/review-map-${name}-move-prompt.png` });
    await prompt.getByTestId('review-move-reason').fill('the museum’s own map');
    await prompt.getByTestId('review-move-save').click();
    await fileHas(1);
    const [entry] = readFile();
    expect([entry!.what, entry!.change.do, entry!.reason]).toEqual([
      `site:${site.id}`,
      'place',
      'the museum’s own map',
    ]);
    const placed = entry!.change as { lon: number; lat: number };
    expect(Math.abs(placed.lon - at[0])).toBeLessThan(2e-4);
    expect(Math.abs(placed.lat - at[1])).toBeLessThan(2e-4);

    // The live rebuild redraws it there, as the editor's.
    await expect.poll(async () => (await placeOf(site.id))?.properties.basis, { timeout: 30_000 }).toBe('editor');
    // Drawn where it was dropped (in the page as it is now: focusing the reason may scroll a phone's
    // page), once the page has the rebuilt story: the file is written before the page hears of it.
    const offDrop = async () => {
      await mapIdle(page);
      const [moved, there] = [await markOf(page, site.id), await pageAt(page, at)];
      return Math.hypot(moved.x - there.x, moved.y - there.y);
    };
    await expect.poll(offDrop, { timeout: 30_000 }).toBeLessThan(8);
    await page.screenshot({ path: `tests/artifacts/review-map-${name}-moved.png` });

    await page.getByTestId('review-undo').last().click();
    await fileHas(0);
    await expect.poll(async () => (await placeOf(site.id))?.properties.basis, { timeout: 30_000 }).not.toBe('editor');
  });

  it('resolves the ambiguous mention to the place the editor picks from the gazetteer search', async () => {
    const mention = (await fetchJson<PlaceCollection>('places.geojson')).features.find(
      (f) => f.properties.role === 'mentioned' && f.properties.excerpts.some((e) => e.text === 'Cordoba'),
    )!;
    expect(mention.properties.country).toBe('ES');
    // The mention's row searches its name, with the mention chosen to resolve.
    const row = page.locator(`[data-testid="review-item"][data-what="mention:${mention.id}"]`);
    await row.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await row.getByTestId('review-find').click();
    const candidates = page.getByTestId('review-candidate');
    await candidates.first().waitFor();
    expect(await page.getByTestId('review-search-input').inputValue()).toBe(mention.properties.name);
    // Each with its kind and country, the one the map has now said so; the editor picks the city in Argentina.
    expect(
      await candidates
        .filter({ hasText: /city · ES/ })
        .first()
        .textContent(),
    ).toMatch(/on the map now/);
    const argentine = candidates.filter({ hasText: /city · AR/ }).first();
    const to = (await argentine.getAttribute('data-id'))!;
    expect(to).not.toBe(mention.id);
    await argentine.locator('input').check();
    expect(await page.getByTestId('review-resolve-mention').inputValue()).toBe(mention.id);
    await page.getByTestId('review-search-reason').fill('the fair is in Argentina');
    await page.screenshot({ path: `tests/artifacts/review-map-${name}-search.png` });
    await page.getByTestId('review-resolve').click();
    await fileHas(1);
    expect(readFile().map((c) => [c.what, c.change.do, c.reason])).toEqual([
      [`mention:${mention.id}`, 'resolve', 'the fair is in Argentina'],
    ]);
    expect(readFile()[0]!.change).toMatchObject({ to, kind: 'city', country: 'AR', name: 'Córdoba' });
    await expect.poll(async () => (await placeOf(to))?.properties.basis, { timeout: 30_000 }).toBe('editor');
    expect(await placeOf(mention.id)).toBeUndefined();
  });

  it('adds a stop found by search and a site no article names by clicking the map', async () => {
    const legs = await fetchJson<RouteCollection>('route.geojson');
    const last = legs.features.at(-1)!.properties.to;
    await page.getByTestId('review-search-input').fill('Porto');
    await page.getByTestId('review-search-go').click();
    const porto = page
      .getByTestId('review-candidate')
      .filter({ hasText: /city · PT/ })
      .first();
    await porto.waitFor();
    const portoId = (await porto.getAttribute('data-id'))!;
    await porto.locator('input').check();
    await page.getByTestId('review-search-reason').fill('the itinerary ends there');
    await page.getByTestId('review-stop-after').selectOption(last);
    await page.getByTestId('review-add-stop-entry').click();
    await fileHas(2);

    const lisbon = (await placeOf(last))!;
    await frame(page, lisbon.geometry.coordinates);
    await page.getByTestId('review-new-site-name').fill('Quayside Tram Depot');
    await page.getByTestId('review-new-site-reason').fill('the schedule lists it');
    await page.getByTestId('review-new-site').click();
    const spot = await page.evaluate(() => {
      const map = window.__datelineMap!;
      const box = map.getCanvas().getBoundingClientRect();
      const p = map.project(map.getCenter());
      return { x: box.left + p.x - 60, y: box.top + p.y + 40 };
    });
    const at = await lngLatAt(page, spot);
    if (phone) await page.touchscreen.tap(spot.x, spot.y);
    else await page.mouse.click(spot.x, spot.y);
    await fileHas(3);

    const file = readFile();
    expect(file.slice(1).map((c) => [c.what, c.change, c.reason])).toEqual([
      [
        `stop:${portoId}`,
        {
          do: 'add',
          after: last,
          name: 'Porto',
          lon: expect.any(Number),
          lat: expect.any(Number),
          kind: 'city',
          country: 'PT',
        },
        'the itinerary ends there',
      ],
      [
        'site:editor:quayside-tram-depot',
        { do: 'add', name: 'Quayside Tram Depot', lon: expect.any(Number), lat: expect.any(Number) },
        'the schedule lists it',
      ],
    ]);
    const added = file[2]!.change as { lon: number; lat: number };
    expect(Math.abs(added.lon - at[0])).toBeLessThan(2e-4);
    expect(Math.abs(added.lat - at[1])).toBeLessThan(2e-4);

    // The rebuild redraws: the route reaches Porto, the new site is drawn, both the editor's.
    await expect
      .poll(() => page.locator('[data-testid="review-stop"]').last().getAttribute('data-id'), { timeout: 30_000 })
      .toBe(portoId);
    await expect
      .poll(async () => (await placeOf('editor:quayside-tram-depot'))?.properties.basis, { timeout: 30_000 })
      .toBe('editor');
    await expect
      .poll(async () => (await mapIdle(page), renderedIds(page, 'site-circle')), { timeout: 30_000 })
      .toContain('editor:quayside-tram-depot');
    await page.screenshot({ path: `tests/artifacts/review-map-${name}.png` });
  });
});

describe('the built site of the story the desk corrected', () => {
  let site: PreviewServer;
  let page: Page;

  beforeAll(async () => {
    site = await previewCorrected(dev);
    page = await (await browser.newContext(contextOptions)).newPage();
    await page.goto(`${site.resolvedUrls!.local[0]!}?review`);
    await mapIdle(page);
  }, 240_000);
  afterAll(() => site?.close());

  it('has no review controls and no search, even with ?review', async () => {
    expect(await page.getByTestId('review-desk').count()).toBe(0);
    expect(await page.getByTestId('review-search').count()).toBe(0);
  });

  it('marks the added site, the added stop and the resolved mention as the editor’s, never the articles’', async () => {
    const out = (file: string) => JSON.parse(readFileSync(join(dev.build.outDir, file), 'utf8')) as unknown;
    const sites = out('sites.geojson') as SiteCollection;
    const added = sites.features.find((f) => f.id === 'editor:quayside-tram-depot')!.properties;
    expect([added.basis, added.evidence, added.editor?.[0]?.change]).toEqual([
      'editor',
      [],
      'added by the editor: no article names it',
    ]);
    const places = out('places.geojson') as PlaceCollection;
    const edited = places.features.filter((f) => f.properties.basis === 'editor');
    expect(edited.map((f) => f.properties.role).sort()).toEqual(['mentioned', 'site', 'stop']);
    for (const f of edited.filter((f) => f.properties.role !== 'mentioned')) {
      expect([f.properties.mentionCount, f.properties.excerpts]).toEqual([0, []]);
    }

    // The downloads say so too: the places CSV's basis and editor columns.
    const csv = layerCsv(
      { meta: out('story.json'), places, route: out('route.geojson'), flows: out('flows.geojson') } as Story,
      'places',
    );
    const header = csv.split('\n')[0]!.split(',');
    const row = csv.split('\n').find((line) => line.startsWith('editor:quayside-tram-depot,'))!;
    expect(row.split(',')[header.indexOf('basis')]).toBe('editor');
    expect(row).toContain('added by the editor: no article names it');

    const button = page
      .locator('.side')
      .getByRole('button', { name: /Quayside Tram Depot/ })
      .first();
    // The side list names it the editor's, not a count of outlets.
    expect(await button.locator('.outlets').textContent()).toBe('the editor’s');
    await button.click();
    const panel = page.locator('#excerpt-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('editor-note').textContent()).toMatch(
      /Corrected by the editor.*Added by the editor: no article names it: “the schedule lists it”/s,
    );
    await page.screenshot({ path: 'tests/artifacts/review-map-built-site.png' });
    await page.keyboard.press('Escape');
    await page.getByTestId('open-method').click();
    expect(await page.getByTestId('editor-corrections').textContent()).toMatch(/3 corrections by the editor/);
  });
});
