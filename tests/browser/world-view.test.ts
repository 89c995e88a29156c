// Issue 18 §1: "World view" after the city view shows the world again: every stop, partner and flow
// end on screen, and the reader can still zoom out from it ("−" enabled), at each size.
import { describe, expect, inject, it } from 'vitest';
import { mapIdle, openApp } from './chromium.ts';
import { cameraNow, fileBrowser, marksOutside, sizeName, viewports } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

describe.each(viewports)('"World view" after the city view', (viewport) => {
  it(`frames the whole story again and leaves "−" enabled, at ${sizeName(viewport)}`, async () => {
    const { page, story, warnings } = await openApp(baseUrl, { browser: browser(), viewport });
    const first = await cameraNow(page);
    await page.getByTestId('host-view').click();
    await mapIdle(page);
    expect((await cameraNow(page)).zoom).toBeGreaterThan(7);
    await page.getByRole('button', { name: 'World view' }).click();
    await mapIdle(page);
    await page.screenshot({ path: `tests/artifacts/world-view-after-city-${sizeName(viewport)}.png` });
    const back = await cameraNow(page);
    // The same view the page opened on: a world view is the same whichever view it is chosen from.
    expect(back.zoom).toBeCloseTo(first.zoom, 2);
    expect(await marksOutside(page, story)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Zoom out' }).isEnabled()).toBe(true);
    expect(warnings).toEqual([]);
    await page.context().close();
  }, 180_000);
});
