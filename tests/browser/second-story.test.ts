// The invented second story (tests/fixtures/story-two: Santiago → Auckland → Canberra, across the
// antimeridian) served by the app built for the first, as any story must be (issue 17 §8): one
// view button per city of the trip, each framing its city, the
// Pacific leg drawn whole, no text of the first story. Screenshots: tests/artifacts/second-story-*.png.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Bounds } from '../../src/map/camera.ts';
import { emptyHashState, formatHash } from '../../src/page/hash.ts';
import { launch, openApp, readStory, type StoryFiles } from './chromium.ts';
import { buildStoryFrom, serveStory, type BuiltStory } from './story-data.ts';
import { detailOf, expectViews } from './any-story.ts';

const DIR = join('tests', 'fixtures', 'story-two');
const baseUrl = inject('baseUrl');
let story: BuiltStory;
let first: StoryFiles;
let detail: Bounds[];
let browser: Browser;
mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  const settings = JSON.parse(readFileSync(join(DIR, 'story.json'), 'utf8')) as { traveller: { name: string } };
  story = await buildStoryFrom(join(DIR, 'articles'), settings.traveller.name, join(DIR, 'gazetteer'));
  first = await readStory(baseUrl);
  detail = await detailOf(baseUrl);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['desktop', 1280, 800],
  ['phone', 390, 844],
] as const)('the second story on a %s (%i×%i)', (size, width, height) => {
  it('has a view per city of the trip, framing it, draws the leg across ±180° whole, and nothing of the first story', async () => {
    // Its flows reach Japan and China from Santiago, past a hemisphere: the world view that frames
    // them is a globe too small to label (issue 18's world view). With the flows off it frames the trip.
    const { page, warnings } = await openApp(baseUrl, {
      browser,
      hash: formatHash({ ...emptyHashState, hidden: ['flows'] }),
      viewport: { width, height },
      beforeLoad: (p: Page) => serveStory(p, story.dir),
    });
    const shot = async (state: string) => {
      await page.screenshot({ path: `tests/artifacts/second-story-${size}-${state}.png` });
    };
    await shot('world');
    // Every stop named is asserted by the development stories' check (npm run test:stories): here the
    // planner leaves Canberra unnamed beside Sydney's dot and the route (issue 18's labels), so this
    // file checks what the story's data and the views give.
    expect(story.meta.cities.length).toBeGreaterThan(1);
    expect(await expectViews(page, story, { first, detail, shot })).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
    await page.context().close();
  });
});
