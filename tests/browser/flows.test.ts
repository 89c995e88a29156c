// Flows a reader understands: each flow opens its panel from the legend,
// with its value, year, whose trade, what it counts, the sentence and the outlet; no country
// is named twice on the map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { contextOptions, launch, mapIdle, readStory, type StoryFiles } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let story: StoryFiles;
mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  story = await readStory(baseUrl);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectPanel(page: Page, id: string) {
  const flow = story.flows.features.find((f) => f.properties.id === id)!.properties;
  const outlet = story.meta.articles.find((a) => a.id === flow.evidence.article)!.outlet;
  const panel = page.getByTestId('flow-panel');
  await expect.poll(() => panel.isVisible()).toBe(true);
  expect(await panel.getByTestId('flow-value').textContent()).toBe(flow.label);
  expect(await panel.getByTestId('flow-year').textContent()).toBe(String(flow.year));
  expect(await panel.getByTestId('flow-whose').textContent()).toContain(
    `${flow.reporterName}’s trade with ${flow.partnerName}`,
  );
  expect(await panel.getByTestId('flow-counts').textContent()).toContain(flow.counts);
  expect(await panel.getByTestId('flow-sentence').textContent()).toBe(flow.evidence.sentence);
  expect(await panel.locator('h3').textContent()).toBe(outlet);
}

describe.each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('flows at $width×$height', (viewport) => {
  it('opens every flow’s panel from its legend row, with what the pipeline says of it', async () => {
    const page = await (await browser.newContext({ ...contextOptions, viewport })).newPage();
    await page.goto(baseUrl);
    await mapIdle(page);
    for (const flow of story.flows.features) {
      const id = flow.properties.id;
      await page.getByRole('button', { name: `${flow.properties.partnerName}: ${flow.properties.label}` }).click();
      await expectPanel(page, id);
      await expect.poll(() => page.url()).toContain(`place=${id}`);
      await page.screenshot({ path: `tests/artifacts/b-flow-${id}-${viewport.width}x${viewport.height}.png` });
      await page.keyboard.press('Escape');
    }
    await page.close();
  }, 240_000);
});

describe('country names', () => {
  it('names no country twice: the basemap leaves the story’s countries to the story’s labels', async () => {
    const page = await (await browser.newContext(contextOptions)).newPage();
    await page.goto(baseUrl);
    await mapIdle(page);
    const names = await page.evaluate(() => {
      const map = window.__datelineMap!;
      const named = (layer: string) =>
        map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name));
      return { basemap: named('country-labels'), story: [...named('stop-label'), ...named('place-label')] };
    });
    expect(names.basemap.length).toBeGreaterThan(0);
    expect(names.story.filter((n) => names.basemap.includes(n))).toEqual([]);
    await page.close();
  }, 120_000);
});
