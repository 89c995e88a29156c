// Issue 18, defects 8 and 10–13, as a reader meets them at 1280×800, 1024×768 and 390×844:
// one arrival per stop and a disputed date shown as disputed wherever it appears; the PNG framing
// the whole story with a legend of exactly what it draws; the phone's step sheet and tap targets,
// and the timeline's way to scroll; the built page's title, description and preview image before
// any script runs; labels that say what is known and name an outlet once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { downloadedBytes, launch, mapIdle, openApp, type StoryFiles } from './chromium.ts';
import { pageDescription } from '../../src/page/page-meta.ts';
import { storyPalette } from '../../src/map/tokens.ts';
import { storySpread } from './share-image.ts';

const baseUrl = inject('baseUrl');
mkdirSync('tests/artifacts', { recursive: true });
const LONG = 240_000;

const sizes = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '1024', viewport: { width: 1024, height: 768 } },
  { name: '390', viewport: { width: 390, height: 844 } },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Follows the trip from its first step to its last, calling `each` on every step (its index). */
async function walkSteps(page: Page, each: (i: number) => Promise<void>): Promise<void> {
  await page.getByTestId('follow-trip').click();
  const total = Number((await page.getByTestId('step-counter').textContent())!.split('/')[1]);
  for (let i = 0; i < total; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await page
      .getByTestId('step-counter')
      .filter({ hasText: `${i + 1} / ${total}` })
      .waitFor();
    await each(i);
  }
  await page.keyboard.press('Escape');
}

/** The day (ISO) of each claim the step panel lists, and the headline. */
async function stepTexts(page: Page) {
  return page.evaluate(() => ({
    headline: document.querySelector('[data-testid="step-headline"]')?.textContent?.trim() ?? '',
    claims: [...document.querySelectorAll('[data-testid="step-claims"] li strong')].map((e) => e.textContent ?? ''),
    disputed: document.querySelector('[data-testid="step-claims"]:not(.visits)') !== null,
  }));
}

describe.each(sizes)('the reader at $name px', ({ name, viewport }) => {
  let page: Page;
  let story: StoryFiles;

  beforeAll(async () => {
    ({ page, story } = await openApp(baseUrl, { browser, viewport, locale: 'en-GB' }));
  }, LONG);

  it(
    'tells one arrival per stop, and a disputed day as disputed in the step, its headline and the timeline (defect 8)',
    async () => {
      const seen: Array<Awaited<ReturnType<typeof stepTexts>>> = [];
      await walkSteps(page, async (i) => {
        seen.push(await stepTexts(page));
        if (seen.at(-1)!.disputed) await page.screenshot({ path: `tests/artifacts/reader-${name}-step-${i + 1}.png` });
      });
      // Landing at an airport is the arrival, not a visit of its own.
      const airports = story.places.features.filter(
        (f) => f.properties.role === 'site' && /\b(airport|airfield|air base)\b/i.test(f.properties.name),
      );
      for (const airport of airports)
        expect(seen.map((s) => s.headline)).not.toContainEqual(
          expect.stringMatching(`^Visits ${airport.properties.name}`),
        );
      // Each stop arrived at once.
      const arrivals = seen.map((s) => s.headline).filter((h) => h.startsWith('Arrives in '));
      expect(new Set(arrivals.map((h) => h.split(' · ')[0])).size).toBe(arrivals.length);
      // A disputed step's headline gives no one side alone: it says so, with every day the outlets give.
      const disputed = seen.filter((s) => s.disputed);
      expect(disputed.length).toBeGreaterThan(0);
      // (A leg's headline gives no day: its claims are listed below it.)
      const dated = disputed.filter((d) => d.headline.includes(' · '));
      expect(dated.length).toBeGreaterThan(0);
      for (const s of dated) {
        expect(s.headline).toMatch(/disputed/i);
        for (const claim of s.claims) expect(s.headline).toContain(claim.split(',')[0]!.trim());
      }
      // The timeline marks every day of a disputed event.
      const marked = await page.locator('[data-testid="timeline-event"].disputed').count();
      expect(marked).toBeGreaterThanOrEqual(dated.length * 2);
    },
    LONG,
  );

  it('frames the whole story in the PNG, with a legend of exactly what it draws (defect 10)', async () => {
    // A panel open on the right (or a sheet on a phone), as a reader exports while reading.
    const host = story.meta.hostCity;
    await page.locator(`button[data-place="${host}"]`).first().click();
    await mapIdle(page);
    await page.getByTestId('share').click();
    await page.locator('dialog[open]').waitFor();
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-png').click(),
    ]);
    const png = await downloadedBytes(file);
    writeFileSync(`tests/artifacts/reader-${name}-export.png`, png);
    const status = (await page.getByTestId('share-status').textContent()) ?? '';
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const palette = storyPalette(story.meta.colors);
    const spread = storySpread(png, [palette.route, palette.flow]);
    const canvas = await page.evaluate(() => {
      const c = window.__datelineMap!.getCanvas();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    // Its own aspect ratio: the map's, at twice the size.
    expect(spread.width / spread.height).toBeCloseTo(canvas.width / canvas.height, 2);
    // The story's lines in the middle of the image, not squeezed into the part a panel left free.
    expect(spread.count).toBeGreaterThan(100);
    // Above the legend (lower left), the story's colours are centred.
    const upper = storySpread(png, [palette.route, palette.flow], [0.1, 0.5]);
    expect(upper.mean).toBeGreaterThan(0.35);
    expect(upper.mean).toBeLessThan(0.65);
    // Every route mark and label whole inside the image: the legs' dates (in the route's colour) stop short of its sides.
    const route = storySpread(png, [palette.route]);
    expect(route.right).toBeLessThan(0.99);
    expect(route.left).toBeGreaterThan(0.01);
    // Its legend: the route and stops, the inferred leg where one is drawn, every flow.
    const legend = status.split('Its legend: ')[1] ?? '';
    for (const flow of story.flows.features)
      expect(legend).toContain(`${flow.properties.partnerName}: ${flow.properties.label}`);
    expect(legend).toContain('Route');
    // Drawn at the world view: no site is, so the legend has no site key.
    expect(legend).not.toContain('Site');
  });

  it('has no claim row for a share that is no trade figure nor a count (defect 10)', async () => {
    await page.getByTestId('open-sources').click();
    await page.getByTestId('ledger').waitFor();
    const claims = await page.locator('[data-testid="ledger"] tbody th').allTextContents();
    expect(claims.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(claims.filter((c) => /^\s*Share:/.test(c))).toEqual([]);
  });

  it('names an outlet in the sources, not on every timeline chip; the leg labels say what is known (defect 13)', async () => {
    const chips = await page.getByTestId('timeline-event').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    for (const article of story.meta.articles) for (const chip of chips) expect(chip).not.toContain(article.outlet);
    const style = await page.evaluate(() => JSON.stringify(window.__datelineMap!.getStyle().layers));
    expect(style).not.toMatch(/not given/);
    await page.screenshot({ path: `tests/artifacts/reader-${name}-labels.png` });
  });

  it('keeps tap targets of 44 px on a phone and a visible way to scroll the timeline (defect 11)', async () => {
    const sizesOf = (selector: string) =>
      page.$$eval(selector, (all) =>
        all
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent?.trim().slice(0, 30) ?? '', height: r.height, width: r.width };
          })
          .filter((t) => t.width > 0),
      );
    if (viewport.width < 600) {
      const targets = [
        ...(await sizesOf('fieldset label:has(input[type="checkbox"])')),
        ...(await sizesOf('button.flow')),
        ...(await sizesOf('[data-testid="timeline"] button')),
        ...(await sizesOf('button[data-place]')),
      ];
      expect(targets.length).toBeGreaterThan(5);
      expect(targets.filter((t) => t.height < 44)).toEqual([]);
    }
    const strip = await page.getByTestId('timeline').evaluate((e) => {
      const scroller = e.querySelector<HTMLElement>('[data-testid="timeline-scroller"]') ?? (e as HTMLElement);
      const more = [...e.querySelectorAll<HTMLElement>('[data-testid="timeline-more"]')].filter(
        (b) => b.getBoundingClientRect().width > 0 && getComputedStyle(b).visibility !== 'hidden',
      );
      return {
        overflows: scroller.scrollWidth > scroller.clientWidth + 1,
        bar:
          scroller.offsetHeight - scroller.clientHeight - 2 > 4 && getComputedStyle(scroller).scrollbarWidth !== 'none',
        buttons: more.length,
      };
    });
    if (strip.overflows) expect(strip.bar || strip.buttons > 0).toBe(true);
    await page.screenshot({ path: `tests/artifacts/reader-${name}-timeline.png` });
  });

  it.runIf(viewport.width < 600)(
    'keeps the quoted text of the step sheet clear of Previous/Next (defect 11)',
    async () => {
      await walkSteps(page, async (i) => {
        const overlaps = await page.evaluate(() => {
          const panel = document.querySelector('[data-testid="step-panel"]')!;
          const moves = panel.querySelector('nav')!.getBoundingClientRect();
          const found: string[] = [];
          /** The part of a rect a reader sees: clipped by every scrolling box around it. */
          const seen = (e: Element, r: DOMRect) => {
            let [top, bottom] = [r.top, r.bottom];
            for (let a = e.parentElement; a; a = a.parentElement)
              if (getComputedStyle(a).overflowY !== 'visible') {
                const box = a.getBoundingClientRect();
                [top, bottom] = [Math.max(top, box.top), Math.min(bottom, box.bottom)];
              }
            return { top, bottom };
          };
          const scrollers = [panel, ...panel.querySelectorAll<HTMLElement>('*')].filter(
            (e): e is HTMLElement =>
              e instanceof HTMLElement &&
              e.scrollHeight > e.clientHeight + 1 &&
              getComputedStyle(e).overflowY !== 'visible',
          );
          // At the start, half-way and the end of each scroll: no line of a quote drawn under the buttons.
          for (const scroller of scrollers)
            for (const at of [0, 0.5, 1]) {
              scroller.scrollTop = at * (scroller.scrollHeight - scroller.clientHeight);
              for (const q of panel.querySelectorAll('blockquote, figcaption'))
                for (const r of q.getClientRects()) {
                  const v = seen(q, r);
                  if (v.bottom - v.top > 1 && v.bottom > moves.top + 1 && v.top < moves.bottom - 1)
                    found.push(`${at}: ${q.textContent?.slice(0, 40)}`);
                }
            }
          if (moves.bottom > innerHeight + 1) found.push('buttons below the screen');
          return found;
        });
        if (i === 5) await page.screenshot({ path: `tests/artifacts/reader-${name}-sheet.png` });
        expect(overlaps, `step ${i + 1}`).toEqual([]);
      });
    },
  );
});

describe('the built page before any script runs (defect 12)', () => {
  it.each(sizes)('carries the story’s title, description and preview image at $name px', async ({ viewport }) => {
    const story = (await (await fetch(new URL('data/story/story.json', baseUrl))).json()) as StoryFiles['meta'];
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const head = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    }));
    expect(head.title).toBe(story.title);
    expect(head.description).toBe(pageDescription(story));
    expect(head.ogTitle).toBe(story.title);
    expect(head.ogImage).toMatch(/og\.png$/);
    const image = await fetch(new URL(head.ogImage!, baseUrl));
    expect(image.headers.get('content-type')).toMatch(/png/);
    await context.close();
  });
});
