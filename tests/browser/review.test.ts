// The editor's desk end to end, on an invented story (tests/fixtures/review): a Vite dev server
// with the live rebuild and the corrections endpoint over a scratch copy, real Chromium at
// 1280×800 and 390×844. The editor rejects the inferred stop, places an approximate site by
// clicking the map and corrects a figure's year; the file holds exactly those three entries, the
// map redraws, and the built site shows the three as the editor's, with no review controls (the
// run's one production build, tests/browser/serve.ts, with the corrected story's data in place of its own).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../geo/build.ts';
import type { Correction } from '../../geo/contract/corrections.ts';
import type { PlaceCollection, StoryMeta } from '../../geo/contract/schema.ts';
import { distDir } from './app-server.ts';
import { contextOptions, launch, mapIdle, renderedIds } from './chromium.ts';
import { scratchDevServer, type ScratchDev } from './dev-server.ts';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
mkdirSync('tests/artifacts', { recursive: true });

let dev: ScratchDev;
let server: ViteDevServer;
let browser: Browser;
let url: string;
let correctionsFile: string;

beforeAll(async () => {
  dev = await scratchDevServer({
    name: 'review',
    articles: 'tests/fixtures/review/articles',
    settings: 'tests/fixtures/review/story.json',
    corrections: true,
  });
  ({ server, url } = dev);
  correctionsFile = dev.build.correctionsFile;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const readFile = () => (JSON.parse(readFileSync(correctionsFile, 'utf8')) as { corrections: Correction[] }).corrections;
const storyMeta = async () => (await (await fetch(new URL('data/story/story.json', url))).json()) as StoryMeta;
const places = async () => (await (await fetch(new URL('data/story/places.geojson', url))).json()) as PlaceCollection;

/** The review item of the first mark the selector finds, with its "Correct…" open and a reason typed. */
async function openItem(page: Page, selector: string, reason: string) {
  const item = page.locator(`[data-testid="review-item"]${selector}`).first();
  // A mark that needs no look is under "Every other mark", folded.
  if (!(await item.isVisible()))
    await page.getByText(/^Every other mark/).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
  await item.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await item.getByTestId('review-reason').fill(reason);
  return item;
}

/** Sets the year of the first figure in the list. */
async function correctFigureYear(page: Page, year: number, reason: string) {
  const item = await openItem(page, '[data-what^="figure:"]', reason);
  await item.locator('input[type="number"]').nth(1).fill(String(year));
  await item.getByTestId('review-correct-figure').click();
}

describe.each(Object.entries(VIEWPORTS))('the review mode at %s', (name, viewport) => {
  let page: Page;

  beforeAll(async () => {
    // No correction yet: the live rebuild redraws without those of the viewport before.
    writeFileSync(correctionsFile, '{ "corrections": [] }\n');
    for (let tries = 0; (await storyMeta()).corrections !== undefined; tries++) {
      if (tries > 120) throw new Error('the live rebuild did not drop the corrections');
      await new Promise((done) => setTimeout(done, 250));
    }
    page = await (await browser.newContext({ ...contextOptions, viewport })).newPage();
    await page.goto(`${url}?review`);
    await page.getByTestId('review-desk').waitFor({ timeout: 60_000 });
    await mapIdle(page);
  }, 120_000);

  it('lists what needs a look first, each with its sentences, basis, cue and confidence', async () => {
    const needs = page.getByTestId('review-needs-look').getByTestId('review-item');
    const bases = await needs.evaluateAll((items) => items.map((i) => i.getAttribute('data-basis')));
    expect(bases).toContain('inferred');
    expect(bases).toContain('approximate');
    const first = needs.first();
    expect(await first.locator('blockquote').count()).toBeGreaterThanOrEqual(0);
    expect(await first.locator('.cue').textContent()).toMatch(/^Cue: ./);
    await page.screenshot({ path: `tests/artifacts/review-${name}.png` });
  });

  it('rejects the inferred stop, places an approximate site by clicking, corrects a figure; the map redraws', async () => {
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    const inferredStop = (await places()).features.find(
      (f) => f.properties.role === 'stop' && f.properties.basis === 'inferred',
    )!;
    expect(await renderedIds(page, 'stop-inferred-circle')).toContain(inferredStop.id);

    await (
      await openItem(page, '[data-basis="inferred"][data-what^="stop:"]', 'not part of this trip')
    )
      .getByTestId('review-reject')
      .click();
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: `tests/artifacts/review-${name}-after-reject.png` });

    const site = await openItem(page, '[data-basis="approximate"]', 'checked on the city plan');
    const what = (await site.getAttribute('data-what'))!;
    const siteId = what.slice('site:'.length);
    await site.getByTestId('review-place').click();
    // A point of the map in view above the desk (on a phone the desk is a sheet over the page's bottom).
    if (name === 'phone') await page.evaluate(() => window.scrollTo(0, 0));
    const click = await page.evaluate(() => {
      const map = window.__datelineMap!;
      const box = map.getCanvas().getBoundingClientRect();
      // The middle of the part of the map in view, between the page's top and the desk (a sheet on a phone).
      const desk = document.querySelector('[data-testid="review-desk"]')!.getBoundingClientRect();
      const sheet = desk.top > 0;
      const bottom = Math.min(box.bottom, innerHeight, sheet ? desk.top : innerHeight);
      const x = sheet ? box.width / 2 : (Math.max(box.left, desk.right) + box.right) / 2 - box.left;
      const y = (Math.max(box.top, 0) + bottom) / 2 - box.top;
      const at = map.unproject([x, y]);
      return { x: box.left + x, y: box.top + y, at: [at.lng, at.lat] as [number, number] };
    });
    await page.mouse.click(click.x, click.y);
    const at = click.at;
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(2);

    await correctFigureYear(page, 2029, 'the ministry gives 2029');
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(3);

    const file = readFile();
    expect(file.map((c) => [c.what.split(':')[0], c.change.do, c.reason])).toEqual([
      ['stop', 'reject', 'not part of this trip'],
      ['site', 'place', 'checked on the city plan'],
      ['figure', 'figure', 'the ministry gives 2029'],
    ]);
    const placed = file[1]!.change as { lon: number; lat: number };
    expect(Math.abs(placed.lon - at[0])).toBeLessThan(0.05);
    expect(Math.abs(placed.lat - at[1])).toBeLessThan(0.05);
    expect(file[2]!.change).toEqual({ do: 'figure', year: 2029 });

    // The live rebuild redraws: the stop is gone from the inferred stops, the site is the editor's and placed.
    await expect
      .poll(async () => (await places()).features.find((f) => f.id === siteId)?.properties.basis, { timeout: 30_000 })
      .toBe('editor');
    await expect
      .poll(async () => page.locator(`[data-testid="review-item"][data-what="${what}"]`).getAttribute('data-basis'), {
        timeout: 30_000,
      })
      .toBe('editor');
    await mapIdle(page);
    expect(await renderedIds(page, 'stop-inferred-circle')).not.toContain(inferredStop.id);
    expect(await page.getByTestId('review-correction').count()).toBe(3);
    expect(await page.locator(`[data-what="${what}"] [data-testid="review-editor-note"]`).textContent()).toBe(
      'Editor: placed by the editor: “checked on the city plan”',
    );
    await page.screenshot({ path: `tests/artifacts/review-${name}-corrected.png` });
  });

  it('undoes a correction from the list, and the file says so', async () => {
    await page.getByTestId('review-undo').last().click();
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(2);
    expect(readFile().map((c) => c.change.do)).toEqual(['reject', 'place']);
    // Put it back for the built site.
    await correctFigureYear(page, 2029, 'the ministry gives 2029');
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(3);
  });
});

describe('the built site of the corrected story', () => {
  let site: PreviewServer;
  let page: Page;
  let dist: string;

  beforeAll(async () => {
    // The dev server stops first, so that no live rebuild writes beside this one.
    await server.close();
    dist = join(dev.work, 'dist');
    await buildStory(dev.build);
    // What `vite build` with this public folder makes: the app's built files, the public folder's data.
    cpSync(distDir, dist, { recursive: true });
    rmSync(join(dist, 'data'), { recursive: true });
    cpSync(join(dev.publicDir, 'data'), join(dist, 'data'), { recursive: true });
    site = await preview({
      root: resolve('.'),
      logLevel: 'error',
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    page = await (await browser.newContext(contextOptions)).newPage();
    await page.goto(`${site.resolvedUrls!.local[0]!}?review`);
    await mapIdle(page);
  }, 240_000);
  afterAll(() => site?.close());

  it('has no review controls, even with ?review', async () => {
    expect(await page.getByTestId('review-desk').count()).toBe(0);
  });

  it('shows the three corrections as the editor’s, in the panels and the method note', async () => {
    const meta = JSON.parse(readFileSync(join(dev.build.outDir, 'story.json'), 'utf8')) as StoryMeta;
    expect(meta.corrections?.map((c) => c.change)).toEqual([
      expect.stringMatching(/taken off the route by the editor$/),
      'placed by the editor',
      'year set by the editor: 2029 (read as 2030)',
    ]);
    const placedId = readFile()[1]!.what.slice('site:'.length);
    const built = JSON.parse(readFileSync(join(dev.build.outDir, 'places.geojson'), 'utf8')) as PlaceCollection;
    const placed = built.features.find((f) => f.id === placedId)!;
    await page.locator('.side').getByRole('button', { name: placed.properties.name }).first().click();
    const panel = page.locator('#excerpt-panel');
    await panel.waitFor();
    const note = panel.getByTestId('editor-note');
    expect(await note.textContent()).toMatch(
      /Corrected by the editor.*Placed by the editor: “checked on the city plan”/s,
    );
    await page.screenshot({ path: 'tests/artifacts/review-built-site.png' });
    await page.keyboard.press('Escape');
    await page.getByTestId('open-method').click();
    expect(await page.getByTestId('editor-corrections').textContent()).toMatch(/3 corrections by the editor/);
    await page.screenshot({ path: 'tests/artifacts/review-built-method.png' });
  });
});
