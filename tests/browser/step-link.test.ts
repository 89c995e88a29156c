// Issue 18 §2: a link to a step (#step=N) frames that step as "Follow the trip" does, at every size,
// and the address then carries the step, not a camera read at another size.
import { describe, expect, inject, it } from 'vitest';
import { mapIdle, openApp } from './chromium.ts';
import { cameraNow, fileBrowser, sizeName, viewports } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

describe.each(viewports)('a link to a step', (viewport) => {
  it(`frames the step as following the trip does, at ${sizeName(viewport)}`, async () => {
    // The step reached from the timeline: a site's visit, framed close in (the last event else).
    const { page } = await openApp(baseUrl, { browser: browser(), viewport });
    const events = page.getByTestId('timeline-event');
    const texts = await events.allTextContents();
    const chosen = Math.max(
      0,
      texts.findIndex((t) => t.includes('Visits')),
    );
    await events.nth(chosen >= 0 ? chosen : texts.length - 1).click();
    await mapIdle(page);
    const counter = (await page.getByTestId('step-counter').textContent())!;
    const step = Number(counter.split('/')[0]);
    const framed = await cameraNow(page);
    expect(page.url()).toContain(`step=${step}`);
    // The step's link holds no camera: it frames itself at whatever size it is opened.
    expect(page.url()).not.toContain('map=');
    await page.context().close();

    const { page: linked } = await openApp(baseUrl, { browser: browser(), viewport, hash: `#step=${step}` });
    await linked.getByTestId('step-headline').waitFor();
    await mapIdle(linked);
    await linked.screenshot({ path: `tests/artifacts/step-link-${step}-${sizeName(viewport)}.png` });
    expect(await linked.getByTestId('step-counter').textContent()).toBe(counter);
    const shown = await cameraNow(linked);
    expect(shown.zoom).toBeCloseTo(framed.zoom, 1);
    expect(shown.lng).toBeCloseTo(framed.lng, 2);
    expect(shown.lat).toBeCloseTo(framed.lat, 2);
    expect(linked.url()).not.toContain('map=');
    await linked.context().close();
  }, 180_000);
});
