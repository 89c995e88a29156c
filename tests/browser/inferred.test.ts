// Marks no sentence states (issue 9): the default story's origin, Moscow, is inferred from the
// traveller's home. Its leg is drawn dashed, its stop hollow, and its panel says why it is there.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickLngLat, jumpTo, mapIdle, openApp, renderedIds, type StoryFiles } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let story: StoryFiles;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  ({ browser, page, story } = await openApp(baseUrl));
});

afterAll(async () => {
  await browser?.close();
});

describe('a mark no outlet states', () => {
  it('draws the inferred origin hollow and its leg dashed, apart from the stated ones', async () => {
    const inferred = story.places.features.filter((f) => f.properties.basis === 'inferred');
    expect(inferred.map((f) => f.properties.role)).toEqual(['stop']);
    // Framing is not what is tested here: look at the origin, whatever the opening view shows, at a zoom
    // where the globe's hit-testing holds (issue 9, item 13).
    const center = inferred[0]!.geometry.coordinates;
    await jumpTo(page, { center, zoom: 3 });
    await mapIdle(page);
    expect(await renderedIds(page, 'stop-inferred-circle')).toEqual([inferred[0]!.properties.id]);
    expect(await renderedIds(page, 'stop-circle')).not.toContain(inferred[0]!.properties.id);
    expect(await renderedIds(page, 'route-line-inferred')).toEqual(['leg-1']);
    expect(await renderedIds(page, 'route-line')).not.toContain('leg-1');
    await page.screenshot({ path: 'tests/artifacts/inferred-origin-map.png' });
  });

  it('says in the stop’s panel why it is there and that no outlet states it', async () => {
    const origin = story.places.features.find((f) => f.properties.basis === 'inferred')!;
    await clickLngLat(page, origin.geometry.coordinates);
    await page.locator('#excerpt-panel').waitFor();
    expect(await page.locator('#excerpt-heading').textContent()).toBe(origin.properties.name);
    const note = await page.locator('[data-testid="inferred-note"]').textContent();
    expect(note).toMatch(/no outlet states this stop/);
    expect(note).toContain(origin.properties.why);
    await mapIdle(page);
    await page.screenshot({ path: 'tests/artifacts/inferred-origin.png' });
  });
});
