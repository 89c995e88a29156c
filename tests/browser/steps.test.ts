// "Follow the trip" and the timeline in real Chromium (issue 10 §1-2), at 1280×800 and 390×844:
// every step by keyboard (counter, headline, the camera framing its point, the route drawn up
// to it), a #step=N link restoring its step, no animation under reduced motion, the timeline's
// disagreement and its events opening their steps, and Escape returning to the free map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RouteCollection } from '../../geo/contract/schema.ts';
import { buildSteps, type Step } from '../../src/steps/steps.ts';
import { buildTimeline } from '../../src/steps/timeline.ts';
import { indexStory } from '../../src/story/story.ts';
import { launch, mapIdle, openApp, readStory } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let steps: Step[];
const logged: Array<{ width: number; warnings: string[] }> = [];
/** Pages one test leaves to a later one at the same width, rather than loading the app again. */
const left = new Map<number, Page>();
/** The page left at this width, or the app opened at this size when none was. */
const take = async (width: number, height: number) => {
  const page = left.get(width);
  left.delete(width);
  return page ?? open(width, height);
};
/** Every step, each waiting for the map: minutes on a busy machine; a hang still fails. */
const LONG = 300_000;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  const files = await readStory(baseUrl);
  const get = async <T>(name: string) => (await (await fetch(new URL(`data/story/${name}`, baseUrl))).json()) as T;
  const story = { ...files, route: await get<RouteCollection>('route.geojson') };
  steps = buildSteps(story, indexStory(story), 'en-GB');
  browser = await launch();
});

afterAll(async () => {
  for (const page of left.values()) await page.context().close();
  await browser?.close();
});

/** The app at a size, in British English; what each page logs is kept, by its width, for the last check. */
async function open(width: number, height: number, hash = '', reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  const viewport = { width, height };
  const { page, warnings } = await openApp(baseUrl, { browser, viewport, reducedMotion, locale: 'en-GB', hash });
  logged.push({ width, warnings });
  return page;
}

/** The counter, the headline, whether the map moves, the step's point on screen and the legs drawn. */
function shown(page: Page, at: [number, number]) {
  return page.evaluate((point) => {
    const map = window.__datelineMap!;
    const p = map.project(point);
    const canvas = map.getCanvas();
    return {
      counter: document.querySelector('[data-testid="step-counter"]')?.textContent?.trim(),
      headline: document.querySelector('[data-testid="step-headline"]')?.textContent?.trim(),
      moving: map.isMoving(),
      inside: p.x >= 0 && p.y >= 0 && p.x <= canvas.clientWidth && p.y <= canvas.clientHeight,
      stepOrder: map.getGlobalState().stepOrder as number,
    };
  }, at);
}

describe.each([
  [1280, 800],
  [390, 844],
])('following the trip at %i×%i', (width, height) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(width, height);
  }, LONG);

  it(
    'steps through every step with the keyboard: counter, headline, camera on the step, route drawn up to it',
    async () => {
      const before = await page.evaluate(() => window.__datelineMap!.getCenter().toArray());
      await page.getByTestId('follow-trip').click();
      for (const [i, step] of steps.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await page
          .getByTestId('step-counter')
          .filter({ hasText: `${i + 1} / ${steps.length}` })
          .waitFor();
        expect(await shown(page, step.at)).toEqual({
          counter: `${i + 1} / ${steps.length}`,
          headline: step.headline,
          moving: false,
          inside: true,
          stepOrder: step.routeOrder,
        });
        if ([0, 2, 4, 5].includes(i) || i === steps.length - 1) {
          await mapIdle(page);
          await page.screenshot({ path: `tests/artifacts/steps-${width}-step-${i + 1}.png` });
        }
      }
      await page.keyboard.press('ArrowRight');
      expect((await shown(page, steps.at(-1)!.at)).counter).toBe(`${steps.length} / ${steps.length}`);
      await page.keyboard.press('ArrowLeft');
      expect((await shown(page, steps.at(-2)!.at)).counter).toBe(`${steps.length - 1} / ${steps.length}`);
      expect(await page.evaluate(() => location.hash)).toContain(`step=${steps.length - 1}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('step-panel').waitFor({ state: 'detached' });
      const after = await page.evaluate(() => ({
        center: window.__datelineMap!.getCenter().toArray(),
        stepOrder: window.__datelineMap!.getGlobalState().stepOrder as number,
      }));
      expect(after.center[0]).toBeCloseTo(before[0]!, 3);
      expect(after.center[1]).toBeCloseTo(before[1]!, 3);
      expect(after.stepOrder).toBeGreaterThanOrEqual(steps.at(-1)!.routeOrder);
      expect(await page.evaluate(() => location.hash)).not.toContain('step=');
    },
    LONG,
  );

  it(
    'shows both sides of the timeline’s disagreement, with the outlets behind each',
    async () => {
      const disputed = buildTimeline(steps, 'en-GB').flatMap((d) => d.events.filter((e) => e.disputed));
      expect(disputed.length).toBeGreaterThan(1);
      const texts = await page.getByTestId('timeline-outlets').allTextContents();
      // How many outlets give each side; their names are in the step and the sources, not on every chip.
      for (const event of disputed)
        expect(texts.some((t) => t.replace(/\s+/g, ' ').includes(`per ${event.outlets.length} outlet`))).toBe(true);
      await page.screenshot({ path: `tests/artifacts/steps-${width}-timeline.png` });
    },
    LONG,
  );

  it(
    'opens a timeline event’s step when it is clicked',
    async () => {
      const event = page.getByTestId('timeline-event').last();
      const index = Number(await event.getAttribute('data-step'));
      await event.click();
      await page
        .getByTestId('step-counter')
        .filter({ hasText: `${index + 1} / ${steps.length}` })
        .waitFor();
      expect((await shown(page, steps[index]!.at)).headline).toBe(steps[index]!.headline);
      await page.keyboard.press('Escape');
      await page.getByTestId('step-panel').waitFor({ state: 'detached' });
      // The signing's test at this size goes on from this page.
      left.set(width, page);
    },
    LONG,
  );
});

describe.each([
  [1280, 800],
  [1024, 768],
  [390, 844],
])('the signing on the timeline at %i×%i', (width, height) => {
  it(
    'is on the strip on each day outlets give it, and opens its step with the day in the headline',
    async () => {
      const index = steps.findIndex((s) => s.kind === 'counts');
      const days = buildTimeline(steps, 'en-GB').filter((d) => d.events.some((e) => e.step === index));
      expect(days.length).toBe(new Set(steps[index]?.claims.map((c) => c.date)).size);
      const page = await take(width, height);
      const events = page.locator(`[data-testid="timeline-event"][data-step="${index}"]`);
      expect(await events.count()).toBe(days.length);
      if (days.length) {
        await events.first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `tests/artifacts/t-timeline-${width}x${height}.png` });
        await events.first().click();
        await page.getByTestId('step-headline').filter({ hasText: steps[index]!.headline }).waitFor();
        await page.screenshot({ path: `tests/artifacts/t-signing-step-${width}x${height}.png` });
      }
      // The flight between steps goes on from the page at 1024 px.
      if (width === 1024) left.set(width, page);
      else await page.context().close();
    },
    LONG,
  );
});

describe('a link to a step', () => {
  it(
    'restores step 4 exactly: counter, headline, camera and route',
    async () => {
      const page = await open(1280, 800, '#step=4');
      await page
        .getByTestId('step-counter')
        .filter({ hasText: `4 / ${steps.length}` })
        .waitFor();
      expect(await shown(page, steps[3]!.at)).toEqual({
        counter: `4 / ${steps.length}`,
        headline: steps[3]!.headline,
        moving: false,
        inside: true,
        stepOrder: steps[3]!.routeOrder,
      });
      await page.screenshot({ path: 'tests/artifacts/steps-link-step-4.png' });
      await page.context().close();
    },
    LONG,
  );

  it(
    'flies between steps when motion is not reduced',
    async () => {
      // The page the signing's test left, its motion setting switched (the app reads it at each
      // move) and step 2 asked for by the address; or a link to step 2 with motion when none was left.
      const handed = left.get(1024);
      left.delete(1024);
      const page = handed ?? (await open(1024, 768, '#step=2', 'no-preference'));
      if (handed) {
        await page.keyboard.press('Escape');
        await page.emulateMedia({ reducedMotion: 'no-preference' });
        await page.evaluate(() => (location.hash = '#step=2'));
      }
      await page
        .getByTestId('step-counter')
        .filter({ hasText: `2 / ${steps.length}` })
        .waitFor();
      await mapIdle(page);
      await page.keyboard.press('ArrowRight');
      await page
        .getByTestId('step-counter')
        .filter({ hasText: `3 / ${steps.length}` })
        .waitFor();
      expect(await page.evaluate(() => window.__datelineMap!.isMoving())).toBe(true);
      await mapIdle(page);
      await page.screenshot({ path: 'tests/artifacts/steps-1024-step-3-motion.png' });
      await page.context().close();
    },
    LONG,
  );

  it('logged no console error or warning in any of these pages', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.flatMap(({ width, warnings }) => warnings.map((w) => `${width}: ${w}`))).toEqual([]);
  });
});
