import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickLngLat, mapIdle, openApp, renderedIds, type StoryFiles } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { STORY_FILES } from '../../geo/contract/names.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;
let page: Page;
let story: StoryFiles;
const requests: string[] = [];

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  ({ browser, page, story } = await openApp(baseUrl, {
    beforeLoad: (p) => p.on('request', (request) => requests.push(request.url())),
  }));
  page.on('pageerror', (error) => console.error('page error:', error.message));
});

afterAll(async () => {
  await browser?.close();
});

const hostPlace = () => story.places.features.find((f) => f.properties.id === story.meta.hostCity);
/** The places drawn with the selection's ring now (their feature state `selected`). */
const ringedIds = () =>
  page.evaluate(() => [
    ...new Set(
      window
        .__datelineMap!.queryRenderedFeatures({ layers: ['place-selected'] })
        .filter((f) => f.state.selected === true)
        .map((f) => f.properties.id as string),
    ),
  ]);

describe('the map in Chromium', () => {
  it('reaches idle on the world view with the route and every flow drawn', async () => {
    expect(await renderedIds(page, 'route-line')).not.toHaveLength(0);
    expect((await renderedIds(page, 'flow-line')).sort()).toEqual(
      story.flows.features.map((f) => f.properties.id).sort(),
    );
    await page.screenshot({ path: 'tests/artifacts/world.png' });
  });

  it('hides one flow and keeps the others when its toggle is cleared', async () => {
    const china = story.flows.features.find((f) => /china/i.test(f.properties.partnerName)) ?? story.flows.features[0];
    expect(china).toBeDefined();
    const id = china!.properties.id;
    await page.locator(`input[data-toggle="flow:${id}"]`).uncheck();
    await mapIdle(page);
    const drawn = await renderedIds(page, 'flow-line');
    expect(drawn).not.toContain(id);
    expect(drawn.sort()).toEqual(
      story.flows.features
        .map((f) => f.properties.id)
        .filter((f) => f !== id)
        .sort(),
    );
    expect(page.url()).toContain(`hide=flow:${id}`);
  });

  it('opens the host city’s excerpts from at least three outlets when its stop is clicked', async () => {
    const host = hostPlace();
    expect(host).toBeDefined();
    await clickLngLat(page, host!.geometry.coordinates);
    await page.locator('#excerpt-panel').waitFor();
    expect(await page.locator('#excerpt-heading').textContent()).toBe(host!.properties.name);
    expect(await page.locator('[data-testid="outlet-group"]').count()).toBeGreaterThanOrEqual(3);
    await mapIdle(page);
    expect(await page.evaluate(() => window.__datelineMap!.getZoom())).toBeGreaterThan(8);
    expect(await renderedIds(page, 'site-circle')).not.toHaveLength(0);
    expect(await ringedIds()).toEqual([host!.properties.id]);
    await page.screenshot({ path: 'tests/artifacts/host-city.png' });
  });

  it('restores the hidden flow, the open place and the view from a shared link', async () => {
    const shared = page.url();
    const camera = await page.evaluate(() => ({
      zoom: window.__datelineMap!.getZoom(),
      center: window.__datelineMap!.getCenter(),
    }));
    const { page: other } = await openApp(baseUrl, { browser, hash: new URL(shared).hash });
    expect(other.url()).toBe(shared);
    expect(await other.locator('#excerpt-heading').textContent()).toBe(hostPlace()!.properties.name);
    const restored = await other.evaluate(() => ({
      zoom: window.__datelineMap!.getZoom(),
      center: window.__datelineMap!.getCenter(),
    }));
    expect(restored.zoom).toBeCloseTo(camera.zoom, 1);
    expect(restored.center.lat).toBeCloseTo(camera.center.lat, 2);
    const unchecked = await other.locator('input[data-toggle^="flow:"]:not(:checked)').count();
    expect(unchecked).toBe(1);
    await other.context().close();
  });

  it('opens a site with the keyboard alone and closes it with Escape', async () => {
    await page.locator('#excerpt-panel button.close').click();
    await page.locator('body').focus();
    const site = story.places.features.find((f) => f.properties.role === 'site');
    expect(site).toBeDefined();
    let focused: string | null = null;
    for (let i = 0; i < 80 && focused !== site!.properties.id; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null);
    }
    expect(focused).toBe(site!.properties.id);
    await page.keyboard.press('Enter');
    expect(await page.locator('#excerpt-heading').textContent()).toBe(site!.properties.name);
    await mapIdle(page);
    // The ring moves from the host city to the site: one place ringed at a time.
    expect(await ringedIds()).toEqual([site!.properties.id]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#excerpt-panel').count()).toBe(0);
    await mapIdle(page);
    expect(await ringedIds()).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(site!.properties.id);
  });

  it('sets the counts the outlets give side by side, each with its outlet and sentence', async () => {
    const counts = story.meta.figures.filter((f) => f.kind === 'count');
    const section = page.getByRole('region', { name: 'What the outlets counted' });
    await expect.poll(() => section.locator('li').count()).toBe(counts.length);
    const first = section.locator('details').first();
    await first.locator('summary').click();
    const shown = await first.locator('summary strong').textContent();
    expect(await first.locator('p').textContent()).toBe(counts.find((f) => f.text === shown)?.evidence.sentence);
    const outlets = new Set(story.meta.articles.map((a) => a.outlet));
    for (const summary of await section.locator('summary').allTextContents())
      expect(outlets.has(summary.split(' — ')[1] ?? '')).toBe(true);
  });

  it('has no serious or critical axe-core violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fetches the story’s places, route, flows and settings, and never sites.geojson', () => {
    const storyFiles = requests.filter((url) => url.includes('/data/story/')).map((url) => new URL(url).pathname);
    expect(storyFiles.map((path) => path.split('/').pop()).sort()).toEqual(
      [STORY_FILES.flows, STORY_FILES.places, STORY_FILES.route, STORY_FILES.story].sort(),
    );
    expect(requests.filter((url) => url.includes(STORY_FILES.sites))).toEqual([]);
  });

  it('made no request beyond its own origin', () => {
    const foreign = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });
});
