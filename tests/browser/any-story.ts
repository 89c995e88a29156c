// What every story's map must give a reader, whatever the story (issue 17 §8): each stop named
// at the world view; a view button for each city of the trip and none other, each framing its
// city with context (to the street only where the basemap has detail of it); a leg across ±180°
// drawn whole, along its own way; no text of the story the app was first built with.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { BASEMAP_FILES } from '../../geo/contract/names.ts';
import { cityView, contextMaxZoom, type Bounds } from '../../src/map/camera.ts';
import { detailBoxes } from '../../src/map/city-detail.ts';
import { zoomBand } from '../../src/map/tokens.ts';
import { mapIdle, renderedIds, type StoryFiles } from './chromium.ts';
import { crossingLegs, type BuiltStory } from './story-data.ts';

/** The basemap's boxes of OpenStreetMap detail, as the app reads them. */
export async function detailOf(baseUrl: string): Promise<Bounds[]> {
  return detailBoxes(await (await fetch(new URL(`data/basemap/${BASEMAP_FILES.cityExtents}`, baseUrl))).json());
}

/** The names the labels of these layers show now, one a line (marks too close share one label). */
async function labelled(page: Page, layers: string[]): Promise<Set<string>> {
  const texts = (await Promise.all(layers.map((layer) => renderedIds(page, layer, 'label')))).flat();
  return new Set(texts.flatMap((t) => t.split('\n')).map((t) => t.trim()));
}

/** Every stop of the route is named at the world view (the page as it opens). */
export async function expectStopsNamed(page: Page, story: BuiltStory): Promise<void> {
  const stops = story.places.features.filter((f) => f.properties.role === 'stop').map((f) => f.properties.name);
  // Soft: a story without a route still has its other checks run and its screenshots taken.
  expect.soft(stops.length, 'the story has no stop to name').toBeGreaterThan(0);
  const names = await labelled(page, ['stop-label']);
  expect
    .soft(
      stops.filter((s) => !names.has(s)),
      'stops not named at the world view',
    )
    .toEqual([]);
}

/** The header's view buttons: the world, then one per city of the trip, named after it; nothing else. */
export async function expectViewButtons(page: Page, story: BuiltStory): Promise<void> {
  const buttons = await page.locator('[aria-label="Map view"] button').allTextContents();
  const views = buttons.filter((b) => / view$/.test(b.trim())).map((b) => b.trim());
  expect(views).toEqual(['World view', ...story.meta.cities.map((c) => `${c.name} view`)]);
  // Each whole on the screen, however many: on a phone they wrap rather than run off its edge.
  const width = page.viewportSize()!.width;
  const boxes = await page.locator('[aria-label="Map view"] button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { text: b.textContent?.trim() ?? '', left: r.left, right: r.right };
    }),
  );
  expect(boxes.filter((b) => b.left < 0 || b.right > width).map((b) => b.text)).toEqual([]);
}

/**
 * Each city view button frames its city: the city's point in the map, the sites shown, land drawn
 * around it, and zoomed to the street only where the basemap has detail of the city.
 */
export async function expectCityViews(
  page: Page,
  story: BuiltStory,
  detail: Bounds[],
  shot: (name: string) => Promise<void>,
): Promise<void> {
  for (const [i, city] of story.meta.cities.entries()) {
    await page.locator(`[aria-label="Map view"] button[data-city="${city.id}"]`).click();
    await mapIdle(page);
    const seen = await page.evaluate((at) => {
      const map = window.__datelineMap!;
      const p = map.project(at);
      const canvas = map.getCanvas();
      const land = map.queryRenderedFeatures({ layers: ['countries-fill'] }).length;
      return { zoom: map.getZoom(), x: p.x, y: p.y, width: canvas.clientWidth, height: canvas.clientHeight, land };
    }, city.at);
    expect(seen.x, `${city.name} in the map`).toBeGreaterThanOrEqual(0);
    expect(seen.x).toBeLessThanOrEqual(seen.width);
    expect(seen.y).toBeGreaterThanOrEqual(0);
    expect(seen.y).toBeLessThanOrEqual(seen.height);
    expect(seen.land, `land drawn around ${city.name}`).toBeGreaterThan(0);
    const { maxZoom } = cityView(city, detail);
    expect(seen.zoom).toBeLessThanOrEqual(maxZoom + 0.01);
    if (maxZoom === contextMaxZoom) expect(seen.zoom, `${city.name}: its context, not blank land`).toBeLessThan(9);
    // The sites of the city are drawn from this zoom: a view short of it would hide them.
    expect(seen.zoom).toBeGreaterThanOrEqual(zoomBand.sites.minzoom - 0.01);
    await shot(`city-${i + 1}`);
  }
}

/**
 * A leg across ±180° is drawn whole along its own way at the world view: every vertex of it on the
 * visible globe has the leg under it, on both sides of the antimeridian.
 */
export async function expectCrossingsWhole(page: Page, story: BuiltStory): Promise<number> {
  const legs = crossingLegs(story.route);
  for (const leg of legs) {
    const lines = leg.geometry.type === 'LineString' ? [leg.geometry.coordinates] : leg.geometry.coordinates;
    const vertices = lines.flat().map((p) => [p[0]!, p[1]!] as [number, number]);
    const found = await page.evaluate(
      ({ vertices, id }) => {
        const map = window.__datelineMap!;
        const centre = map.getCenter();
        const rad = Math.PI / 180;
        const canvas = map.getCanvas();
        const result: Array<{ lng: number; hit: boolean }> = [];
        for (const [lng, lat] of vertices) {
          // Only what faces the reader, well inside the rim, and inside the map.
          const facing =
            Math.sin(lat * rad) * Math.sin(centre.lat * rad) +
            Math.cos(lat * rad) * Math.cos(centre.lat * rad) * Math.cos((lng - centre.lng) * rad);
          const p = map.project([lng, lat]);
          if (facing < 0.3 || p.x < 4 || p.y < 4 || p.x > canvas.clientWidth - 4 || p.y > canvas.clientHeight - 4)
            continue;
          const box: [[number, number], [number, number]] = [
            [p.x - 3, p.y - 3],
            [p.x + 3, p.y + 3],
          ];
          const hits = map.queryRenderedFeatures(box, { layers: ['route-line', 'route-line-inferred'] });
          result.push({ lng, hit: hits.some((f) => f.properties.id === id) });
        }
        return result;
      },
      { vertices, id: leg.properties.id },
    );
    const missed = found.filter((v) => !v.hit);
    expect(missed, `${leg.properties.id}: vertices with no line under them`).toEqual([]);
    expect(found.some((v) => v.lng > 0) && found.some((v) => v.lng < 0), 'the leg seen on both sides of ±180°').toBe(
      true,
    );
  }
  return legs.length;
}

/** No text of the story the app was built with (its title, its stops) unless this story has it too. */
export async function expectNoOtherStory(page: Page, story: BuiltStory, first: StoryFiles): Promise<void> {
  const own = new Set(story.places.features.map((f) => f.properties.name));
  const theirs = [
    first.meta.title,
    ...first.places.features.filter((f) => f.properties.role === 'stop').map((f) => f.properties.name),
  ].filter((name) => !own.has(name) && !story.meta.title.includes(name));
  const text = await page.locator('body').innerText();
  expect(theirs.filter((name) => text.includes(name))).toEqual([]);
}

/**
 * The views of a story opened at its world view: the leg across ±180° (the count returned), the view
 * buttons, no other story's text, each city view (a screenshot each), and back to the world view.
 */
export async function expectViews(
  page: Page,
  story: BuiltStory,
  context: { first: StoryFiles; detail: Bounds[]; shot: (name: string) => Promise<void> },
): Promise<number> {
  const crossing = await expectCrossingsWhole(page, story);
  await expectViewButtons(page, story);
  await expectNoOtherStory(page, story, context.first);
  await expectCityViews(page, story, context.detail, context.shot);
  await page.getByRole('button', { name: 'World view' }).click();
  await mapIdle(page);
  return crossing;
}
