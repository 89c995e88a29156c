// Issue 18 §3: the embed names its stops at the zoom it opens at, at each size: a stop's name wins
// over the places only mentioned around it.
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedIds } from './chromium.ts';
import { fileBrowser, sizeName, viewports, visibleAt } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

describe.each(viewports)('the embed', (viewport) => {
  it(`names every stop it shows, at ${sizeName(viewport)}`, async () => {
    const { page, story, warnings } = await openApp(`${baseUrl}?embed`, { browser: browser(), viewport });
    await page.screenshot({ path: `tests/artifacts/embed-labels-${sizeName(viewport)}.png` });
    const stops = story.places.features.filter((f) => f.properties.role === 'stop');
    const shown = [];
    for (const stop of stops)
      if ((await visibleAt(page, stop.geometry.coordinates)).shown) shown.push(stop.properties.id);
    expect(shown.length).toBeGreaterThan(1);
    const named = await renderedIds(page, 'stop-label');
    expect(shown.filter((id) => !named.includes(id))).toEqual([]);
    expect(warnings).toEqual([]);
    await page.context().close();
  }, 120_000);
});
