// The map follows the reader: the panel overlays the map without resizing it, every chosen place is
// framed in the part of the map the panel leaves, the zoom floor keeps clicks working and the world
// view whole, and a shared link restores what was seen.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickLngLat, jumpTo, mapIdle, openApp, readStory, renderedIds, type StoryFiles } from './chromium.ts';
import { marksOutside, visibleAt, type LngLat } from './map-view.ts';

const baseUrl = inject('baseUrl');
const viewports = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
const phone = viewports[2]!;
let browser: Browser | undefined;
/** A page one test hands on to the next (the next takes it back to the world view rather than loading the app again). */
let handed: Awaited<ReturnType<typeof open>> | undefined;

mkdirSync('tests/artifacts', { recursive: true });
afterEach(async () => {
  if (handed) return;
  await browser?.close();
  browser = undefined;
});

/** The page handed on by the test before, panel closed and at the world view; a page of its own when there is none. */
async function takeHanded(viewport: { width: number; height: number }) {
  const taken = handed;
  handed = undefined;
  if (!taken) return open(viewport);
  await taken.page.keyboard.press('Escape');
  await taken.page.getByRole('button', { name: 'World view' }).click();
  await mapIdle(taken.page);
  return taken;
}

async function open(viewport: { width: number; height: number }, options: { hash?: string } = {}) {
  // A page handed on to a test that did not run (a filtered run) is closed first.
  await handed?.browser.close();
  handed = undefined;
  const opened = await openApp(baseUrl, { viewport, hash: options.hash });
  browser = opened.browser;
  return opened;
}

const canvasSize = (page: Page) =>
  page.evaluate(() => {
    const canvas = window.__datelineMap!.getCanvas();
    return `${canvas.clientWidth}×${canvas.clientHeight}`;
  });

const byId = (story: StoryFiles, id: string) => story.places.features.find((f) => f.properties.id === id)!;
const name = (v: { width: number; height: number }) => `${v.width}×${v.height}`;

describe('the camera', () => {
  for (const viewport of viewports) {
    // One page load for both: the world view is checked as the page opens, before any place is chosen.
    it(`frames every stop, partner and flow end in the world view, then every place chosen from the list in the part of the map the panel leaves, at ${name(viewport)}`, async () => {
      const opened = await open(viewport);
      const { page, story, warnings } = opened;
      expect(await marksOutside(page, story)).toEqual([]);
      await page.screenshot({ path: `tests/artifacts/camera-world-${name(viewport)}.png` });
      const size = await canvasSize(page);
      const ids = await page.locator('button[data-place]').evaluateAll((b) => b.map((e) => e.dataset.place!));
      expect(ids.length).toBe(story.places.features.length);
      const unframed: string[] = [];
      // The screenshot of the last site and the last partner chosen (one file each per size).
      const last = (role: string) => [...ids].reverse().find((id) => byId(story, id).properties.role === role);
      for (const id of ids) {
        await page.locator(`button[data-place="${id}"]`).click();
        await mapIdle(page);
        const place = byId(story, id);
        if (!(await visibleAt(page, place.geometry.coordinates)).shown) unframed.push(id);
        // Opening the panel never resizes the map: it overlays it.
        expect(await canvasSize(page)).toBe(size);
        if (place.properties.role === 'site') expect(await renderedIds(page, 'site-circle')).toContain(id);
        if (id === last('site') || id === last('partner'))
          await page.screenshot({ path: `tests/artifacts/camera-list-${place.properties.role}-${name(viewport)}.png` });
      }
      expect(unframed).toEqual([]);
      expect(warnings).toEqual([]);
      handed = opened;
    }, 600_000);

    it(`stops the wheel at the zoom floor, where clicks still open stops and find legs and flows, at ${name(viewport)}`, async () => {
      const { page, story } = await takeHanded(viewport);
      const centre = await page.evaluate(() => {
        const box = window.__datelineMap!.getCanvas().getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
      await mapIdle(page);
      const { globeZoom, floor } = await page.evaluate(() => {
        const map = window.__datelineMap!;
        // MapLibre reads minZoom at the equator and lowers it towards the poles, where the globe is drawn larger.
        const lat = Math.min(Math.abs(map.getCenter().lat), 85.05);
        return { globeZoom: map.getZoom() - Math.log2(Math.cos((lat * Math.PI) / 180)), floor: map.getMinZoom() };
      });
      expect(globeZoom).toBeCloseTo(floor, 2);
      await page.screenshot({ path: `tests/artifacts/camera-floor-${name(viewport)}.png` });

      const route = (await (await fetch(new URL('data/story/route.geojson', baseUrl))).json()) as StoryFiles['flows'];
      const lines = [...route.features, ...story.flows.features].map((f) => {
        const coords = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
        return { id: f.properties.id, at: coords[Math.floor(coords.length / 2)] as LngLat };
      });
      const missed: string[] = [];
      for (const { id, at } of lines) {
        const { shown } = await visibleAt(page, at);
        const found = await page.evaluate(
          ({ at }) => {
            const map = window.__datelineMap!;
            const p = map.project(at);
            const layers = ['route-line', 'route-line-inferred', 'flow-line'].filter((l) => map.getLayer(l));
            const box: [[number, number], [number, number]] = [
              [p.x - 6, p.y - 6],
              [p.x + 6, p.y + 6],
            ];
            return map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties.id));
          },
          { at },
        );
        if (!shown || !found.includes(id)) missed.push(id);
      }
      expect(missed).toEqual([]);

      const stop = story.places.features.find(
        (f) => f.properties.role === 'stop' && f.properties.id !== story.meta.hostCity,
      );
      expect((await visibleAt(page, stop!.geometry.coordinates)).shown).toBe(true);
      await clickLngLat(page, stop!.geometry.coordinates);
      await expect.poll(() => page.locator('#excerpt-heading').textContent()).toBe(stop!.properties.name);
    }, 180_000);
  }

  for (const how of ['list', 'map'] as const) {
    it(`shows the host city’s sites when it is tapped in the ${how} on a phone, with no “cannot fit”`, async () => {
      // The map's tap on the page the list's tap leaves, taken back to the world view.
      const opened = how === 'list' ? await open(phone) : await takeHanded(phone);
      const { page, story, warnings } = opened;
      const host = byId(story, story.meta.hostCity!);
      if (how === 'list') await page.locator(`button[data-place="${host.properties.id}"]`).click();
      else {
        // Closer in than the world view, where the flows that start at the host city lie over its dot.
        await jumpTo(page, { center: host.geometry.coordinates, zoom: 5 });
        await mapIdle(page);
        await clickLngLat(page, host.geometry.coordinates);
      }
      await page.locator('#excerpt-panel').waitFor();
      expect(await page.locator('#excerpt-heading').textContent()).toBe(host.properties.name);
      await mapIdle(page);
      const sites = story.places.features.filter((f) => f.properties.role === 'site');
      const drawn = await renderedIds(page, 'site-circle');
      const shown = [];
      for (const site of sites)
        if ((await visibleAt(page, site.geometry.coordinates)).shown) shown.push(site.properties.id);
      expect(shown.length).toBeGreaterThan(0);
      for (const id of shown) expect(drawn).toContain(id);
      expect(warnings).toEqual([]);
      await page.screenshot({ path: `tests/artifacts/camera-phone-host-${how}.png` });
      if (how === 'list') handed = opened;
    }, 180_000);
  }

  for (const viewport of [viewports[0]!, phone]) {
    it(`opens the panel and frames the place of a link that carries only #place, at ${name(viewport)}`, async () => {
      const story = await readStory(baseUrl);
      const far = story.places.features
        .filter((f) => f.properties.role === 'partner')
        .sort((a, b) => a.geometry.coordinates[0] - b.geometry.coordinates[0])[0]!;
      const site = story.places.features.find((f) => f.properties.role === 'site')!;
      for (const chosen of [far, site]) {
        const { page } = await open(viewport, { hash: `#place=${chosen.properties.id}` });
        expect(await page.locator('#excerpt-heading').textContent()).toBe(chosen.properties.name);
        expect((await visibleAt(page, chosen.geometry.coordinates)).shown).toBe(true);
        if (chosen === site) expect(await renderedIds(page, 'site-circle')).toContain(site.properties.id);
        await page.screenshot({ path: `tests/artifacts/camera-link-${chosen.properties.role}-${name(viewport)}.png` });
        await browser!.close();
      }
    }, 180_000);

    it(`restores exactly the camera of a link with #map and #place, panel open, at ${name(viewport)}`, async () => {
      const { page, story } = await open(viewport);
      const partner = story.places.features.find((f) => f.properties.role === 'partner')!;
      await page.locator(`button[data-place="${partner.properties.id}"]`).click();
      await mapIdle(page);
      // Pan away from the frame, so a restore that re-framed the place would show.
      await page.evaluate(() => {
        window.__datelineMap!.panBy([40, 30], { animate: false });
      });
      await mapIdle(page);
      const hash = await page.evaluate(() => location.hash);
      expect(hash).toMatch(/map=.*place=/);
      const at = partner.geometry.coordinates;
      const before = await page.evaluate((at) => window.__datelineMap!.project(at), at);
      await browser!.close();
      const { page: again } = await open(viewport, { hash });
      expect(await again.locator('#excerpt-heading').textContent()).toBe(partner.properties.name);
      expect(await again.evaluate(() => location.hash)).toBe(hash);
      const after = await again.evaluate((at) => window.__datelineMap!.project(at), at);
      // The hash rounds the zoom to 0.01: a point a few hundred pixels out may move by a pixel or two.
      expect(Math.abs(after.x - before.x)).toBeLessThan(3);
      expect(Math.abs(after.y - before.y)).toBeLessThan(3);
    }, 180_000);
  }

  it('jumps with reduced motion and flies without it', async () => {
    // One page: the app reads the reader's motion setting at each move, so the second half switches
    // it and goes back to the world view rather than loading the app again.
    const { page, story } = await open(viewports[0]!);
    const site = story.places.features.find((f) => f.properties.role === 'site')!;
    for (const motion of [false, true]) {
      if (motion) {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'World view' }).click();
        await mapIdle(page);
        await page.emulateMedia({ reducedMotion: 'no-preference' });
      }
      await page.locator(`button[data-place="${site.properties.id}"]`).click();
      // Moving in any of the next few frames: on a busy machine the flight may start a frame late.
      const moving = await page.evaluate(
        () =>
          new Promise<boolean>((done) => {
            let frames = 0;
            const look = () => {
              if (window.__datelineMap!.isMoving()) done(true);
              else if (++frames >= 5) done(false);
              else requestAnimationFrame(look);
            };
            requestAnimationFrame(look);
          }),
      );
      expect(moving).toBe(motion);
      await mapIdle(page);
      await page.screenshot({ path: `tests/artifacts/camera-site-${motion ? 'motion' : 'reduced'}.png` });
    }
  }, 180_000);
});
