// The development stories' maps (issue 17 §8), where ../shared/stories sits beside the clone (`.ci/run`
// runs this with `npm run test:stories`; a user's clone has none and skips it): two stories built from
// their articles with settings holding only the traveller, one across the antimeridian, each checked
// at a desktop's and a phone's size. Screenshots go to tests/artifacts/story-*.png.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Bounds } from '../../src/map/camera.ts';
import { launch, openApp, readStory, type StoryFiles } from './chromium.ts';
import { buildStoryFrom, serveStory, type BuiltStory } from './story-data.ts';
import { detailOf, expectStopsNamed, expectViews } from './any-story.ts';

const SHARED = join('..', 'shared', 'stories');
/**
 * The committed floor of the story table (tests/eval-floor.json): a leg across ±180° is asked of a
 * story only once its route is exact there, the same ratchet as the table's (raise the floor, and
 * this check holds the map to it).
 */
const FLOOR = JSON.parse(readFileSync('tests/eval-floor.json', 'utf8')) as {
  stories: Record<string, { routeExact?: boolean }>;
};
/** One story across the antimeridian, one on one side of it. */
const STORIES = [
  { name: 'rudd-2008-new-zealand-niue', crosses: true },
  { name: 'harris-2023-ghana-tanzania-zambia', crosses: false },
];
const VIEWPORTS = [
  ['desktop', 1280, 800],
  ['phone', 390, 844],
] as const;

describe.skipIf(!existsSync(SHARED))('the development stories’ maps', () => {
  const baseUrl = inject('baseUrl');
  const built = new Map<string, BuiltStory>();
  let browser: Browser;
  let first: StoryFiles;
  let detail: Bounds[];
  mkdirSync('tests/artifacts', { recursive: true });

  beforeAll(async () => {
    for (const { name } of STORIES) {
      const key = JSON.parse(readFileSync(join(SHARED, name, 'expected.json'), 'utf8')) as { traveller: string };
      built.set(name, await buildStoryFrom(join(SHARED, name), key.traveller));
    }
    first = await readStory(baseUrl);
    detail = await detailOf(baseUrl);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(STORIES)('$name', ({ name, crosses }) => {
    it.each(VIEWPORTS)('is usable on a %s (%i×%i)', async (size, width, height) => {
      const story = built.get(name)!;
      const { page, warnings } = await openApp(baseUrl, {
        browser,
        viewport: { width, height },
        beforeLoad: (p: Page) => serveStory(p, story.dir),
      });
      const shot = async (state: string) => {
        await page.screenshot({ path: `tests/artifacts/story-${name}-${size}-${state}.png` });
      };
      await shot('world');
      await expectStopsNamed(page, story);
      const crossing = await expectViews(page, story, { first, detail, shot });
      if (crosses && FLOOR.stories[name]?.routeExact) expect.soft(crossing, 'a leg across ±180°').toBeGreaterThan(0);
      expect(warnings).toEqual([]);
      await page.context().close();
    });
  });
});
