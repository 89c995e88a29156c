// Issue 18 §9: the step to an airfield frames it with the land around it, not from inside its
// outline, and its name is drawn once, at each size.
import { describe, expect, inject, it } from 'vitest';
import { mapIdle, openApp } from './chromium.ts';
import { fileBrowser, sizeName, viewports } from './map-view.ts';

const baseUrl = inject('baseUrl');
const browser = fileBrowser();

/** Letters only, lower case, no accents: "Nội Bài" and "Noi Bai" are one name. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

describe.each(viewports)('the step to an airfield', (viewport) => {
  it(`shows the whole airfield with its surroundings and names it once, at ${sizeName(viewport)}`, async () => {
    const { page } = await openApp(baseUrl, { browser: browser(), viewport });
    const events = page.getByTestId('timeline-event');
    const texts = await events.allTextContents();
    const airfield = texts.findIndex((t) => /\bVisits\b.*\bairport\b/i.test(t));
    expect(airfield).toBeGreaterThanOrEqual(0);
    await events.nth(airfield).click();
    await mapIdle(page);
    // Once more: the outlines are read as the camera settles, their names then left out.
    await mapIdle(page);
    await page.screenshot({ path: `tests/artifacts/step-frame-airfield-${sizeName(viewport)}.png` });
    const headline = (await page.getByTestId('step-headline').textContent())!;
    const { inside, names } = await page.evaluate(() => {
      const map = window.__datelineMap!;
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      let hits = 0;
      let all = 0;
      for (let x = 8; x < width; x += 24)
        for (let y = 8; y < height; y += 24) {
          all++;
          if (map.queryRenderedFeatures([x, y], { layers: ['city-aeroway-fill'] }).length) hits++;
        }
      const labels = map.queryRenderedFeatures({ layers: ['site-label', 'city-airport-label'] });
      const names = labels.map((f) => String(f.properties.label || f.properties.name_en || ''));
      return { inside: hits / all, names };
    });
    // Most of the map is the land around the airfield, not its outline.
    expect(inside).toBeLessThan(0.4);
    expect(inside).toBeGreaterThan(0);
    const site = plain(headline.replace(/^Visits /, '').split(' · ')[0]!);
    expect(names.filter((n) => plain(n).includes(site)).length).toBe(1);
    await page.context().close();
  }, 180_000);
});
