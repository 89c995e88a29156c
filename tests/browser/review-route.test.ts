// The editor's desk: a stop's arrival date, a stop put on the route that is no city, and a
// figure's partner picked from the story's places, on the invented review story
// (tests/fixtures/review), real Chromium at 1280×800, 1024×768 and 390×844 (the desk beside the page, not over its header). The file holds exactly those
// three entries and the map redraws with them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Correction } from '../../geo/contract/corrections.ts';
import type { RouteCollection, StoryMeta } from '../../geo/contract/schema.ts';
import { contextOptions, launch, mapIdle, renderedIds } from './chromium.ts';
import { scratchDevServer, type ScratchDev } from './dev-server.ts';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
mkdirSync('tests/artifacts', { recursive: true });

let dev: ScratchDev;
let browser: Browser;

beforeAll(async () => {
  dev = await scratchDevServer({
    name: 'review-route',
    articles: 'tests/fixtures/review/articles',
    settings: 'tests/fixtures/review/story.json',
    corrections: true,
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.server.close();
});

const readFile = () =>
  (JSON.parse(readFileSync(dev.build.correctionsFile, 'utf8')) as { corrections: Correction[] }).corrections;
const fetchJson = async <T>(name: string) => (await (await fetch(new URL(`data/story/${name}`, dev.url))).json()) as T;

describe.each(Object.entries(VIEWPORTS))('the route and partner tools of the review mode at %s', (name, viewport) => {
  let page: Page;

  beforeAll(async () => {
    writeFileSync(dev.build.correctionsFile, '{ "corrections": [] }\n');
    for (let tries = 0; (await fetchJson<StoryMeta>('story.json')).corrections !== undefined; tries++) {
      if (tries > 120) throw new Error('the live rebuild did not drop the corrections');
      await new Promise((done) => setTimeout(done, 250));
    }
    page = await (await browser.newContext({ ...contextOptions, viewport })).newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(`${dev.url}?review`);
    await page.getByTestId('review-desk').waitFor({ timeout: 60_000 });
    await mapIdle(page);
  }, 120_000);

  it('leaves the page’s header, side list and map controls in view beside the desk (a sheet below them on a phone)', async () => {
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return { desk: box('[data-testid="review-desk"]'), title: box('h1'), map: box('.map-area') };
    });
    const apart = (a: typeof boxes.desk, b: typeof boxes.desk) =>
      a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart(boxes.desk, boxes.title)).toBe(true);
    if (name !== 'phone') expect(apart(boxes.desk, boxes.map)).toBe(true);
    await page.screenshot({ path: `tests/artifacts/review-layout-${name}.png` });
  });

  it('sets an arrival date, puts a country on the route and picks a figure’s partner; the map redraws', async () => {
    const legs = await fetchJson<RouteCollection>('route.geojson');
    // A stop whose leg carries no date: the one the editor dates.
    const undated = legs.features.find((l) => l.properties.date === null)!.properties;
    const last = legs.features.at(-1)!.properties.to;
    await page.getByTestId('review-route-reason').fill('the ministry’s itinerary');

    const row = page.locator(`[data-testid="review-stop"][data-id="${undated.to}"]`);
    expect(await row.getByTestId('review-stop-arrive').textContent()).toBe('no arrival date');
    await row.getByTestId('review-arrive-date').fill('2031-05-01');
    await row.getByTestId('review-arrive').click();
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(1);

    // Spain is named only as a country: the desk offers it as a stop all the same.
    await page.getByTestId('review-add-stop').selectOption({ label: 'Spain' });
    await page.getByLabel('after').selectOption(last);
    await page.getByTestId('review-add').click();
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(2);

    const figure = page.locator('[data-testid="review-item"][data-what^="figure:"]').first();
    if (!(await figure.isVisible()))
      await page.getByText(/^Every other mark/).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
    await figure.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await figure.getByTestId('review-reason').fill('the ministry names Spain');
    await figure.getByTestId('review-partner').selectOption({ label: 'Spain' });
    await figure.getByTestId('review-correct-figure').click();
    await expect.poll(() => readFile().length, { timeout: 15_000 }).toBe(3);

    expect(readFile().map((c) => [c.what, c.change, c.reason])).toEqual([
      [`stop:${undated.to}`, { do: 'arrive', date: '2031-05-01' }, 'the ministry’s itinerary'],
      ['stop:country:ESP', { do: 'add', after: last }, 'the ministry’s itinerary'],
      [expect.stringMatching(/^figure:/), { do: 'figure', partner: 'country:ESP' }, 'the ministry names Spain'],
    ]);

    // The rebuild redraws: the desk shows the date and the new stop, the map the new leg and flow.
    await expect
      .poll(() => row.getByTestId('review-stop-arrive').textContent(), { timeout: 30_000 })
      .toBe('arrived 2031-05-01');
    await expect
      .poll(() => page.locator('[data-testid="review-stop"]').last().getAttribute('data-id'), { timeout: 30_000 })
      .toBe('country:ESP');
    // The map reloads the story on its own: wait for it to draw the new leg and flow.
    const drawn = async (layer: string) => {
      await mapIdle(page);
      return renderedIds(page, layer);
    };
    await expect.poll(() => drawn('route-line'), { timeout: 30_000 }).toContain(`leg-${legs.features.length + 1}`);
    await expect.poll(() => drawn('flow-line'), { timeout: 30_000 }).toContain('flow-country-esp');
    await page.screenshot({ path: `tests/artifacts/review-route-${name}.png` });
  });
});
