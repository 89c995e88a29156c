// The embed snippet the Share dialog offers, pasted into an article page on another origin
// (article-server.ts): the embed page inside the iframe draws the map without the page's
// chrome, links to the full map at the same view, and tells the parent its height, which the
// snippet's script applies.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { contextOptions, launch, mapIdle, openApp, type StoryFiles } from './chromium.ts';
import { pixelsOf, serveArticle } from './article-server.ts';
import { storyPalette } from '../../src/map/tokens.ts';

const baseUrl = inject('baseUrl');
const POLL = { timeout: 10_000 };
mkdirSync('tests/artifacts', { recursive: true });

let browser: Browser;
let story: StoryFiles;
let snippet: string;
let appLink: string;

beforeAll(async () => {
  const opened = await openApp(baseUrl);
  ({ browser, story } = opened);
  await opened.page.getByTestId('share').click();
  snippet = await opened.page.getByTestId('embed-snippet').inputValue();
  appLink = await opened.page.getByTestId('share-link').inputValue();
});
afterAll(async () => {
  await browser?.close();
});

/** A newsroom's article page with the snippet pasted in, recording the height messages it receives. */
const articlePage = (html: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>An article</title><script>window.heights = []; addEventListener('message', (e) => {
if (e.data && e.data.type === 'embed-size') heights.push(e.data.height); });</script></head>
<body style="margin:0"><p>Before the map.</p>${html}<p>After the map.</p></body></html>`;

async function openArticle(width: number, article: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await (await launch()).newPage({ ...contextOptions, viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(article);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await mapIdle(frame);
  return { page, frame, errors };
}

/** Waits until the iframe is as tall as the embed page's content, as the messages said. */
async function frameFitsContent(page: Page, frame: Frame): Promise<number> {
  const heights = async () => ({
    iframe: await page.evaluate(() => Number(document.querySelector('iframe')!.getAttribute('height'))),
    content: await frame.evaluate(() => document.documentElement.offsetHeight),
  });
  // Relayout, a message and the parent's resize can take more than poll's default second on a busy machine.
  await expect
    .poll(async () => {
      const { iframe, content } = await heights();
      return iframe === content;
    }, POLL)
    .toBe(true);
  return (await heights()).content;
}

describe.each([1280, 390])('the embed in an iframe %i px wide', (width) => {
  let page: Page;
  let frame: Frame;
  let errors: string[];
  let article: Awaited<ReturnType<typeof serveArticle>>;

  beforeAll(async () => {
    article = await serveArticle(articlePage(snippet));
    ({ page, frame, errors } = await openArticle(width, article.url));
  });
  afterAll(async () => {
    await page?.context().browser()?.close();
    await article?.close();
  });

  it('is the embed page at the view that was shared, on the app’s origin inside an article on another', () => {
    const src = new URL(frame.url());
    expect(src.origin).toBe(new URL(baseUrl).origin);
    expect(new URL(page.url()).origin).not.toBe(src.origin);
    expect(src.searchParams.has('embed')).toBe(true);
    expect(src.hash).toBe(new URL(appLink).hash);
  });

  it('draws the story inside the iframe: the canvas shows the route’s colour', async () => {
    const canvas = await frame.locator('.maplibregl-canvas').screenshot();
    expect(pixelsOf(canvas, storyPalette(story.meta.colors).route)).toBeGreaterThan(50);
  });

  it('shows the map and a compact legend without the page’s header, side list or buttons', async () => {
    expect(await frame.locator('.maplibregl-canvas').isVisible()).toBe(true);
    expect(await frame.locator('.embed-bar .keys li').count()).toBeGreaterThan(0);
    expect(await frame.locator('.side').isVisible()).toBe(false);
    expect(await frame.getByTestId('share').count()).toBe(0);
    expect(await frame.getByTestId('host-view').count()).toBe(0);
  });

  it('links to the full map on the app’s origin at the same view, in a new tab', async () => {
    const link = frame.getByTestId('full-map');
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(appLink);
    expect(new URL(href).origin).toBe(new URL(baseUrl).origin);
    expect(new URL(href).searchParams.has('embed')).toBe(false);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('reports its height to the parent page, which sizes the iframe to it', async () => {
    const height = await frameFitsContent(page, frame);
    expect(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).toContain(height);
    // The map keeps its proportions inside the frame: its height follows the frame's width.
    const map = (await frame.locator('.map-area').boundingBox())!;
    expect(map.height / map.width).toBeCloseTo(width < 640 ? 5 / 4 : 2 / 3, 1);
    await page.screenshot({ path: `tests/artifacts/share-embed-${width}.png`, fullPage: true });
  });

  it('follows a narrower column: the iframe grows or shrinks with the new height', async () => {
    const before = await frameFitsContent(page, frame);
    await page.setViewportSize({ width: Math.round(width * 0.8), height: 900 });
    await expect.poll(() => frameFitsContent(page, frame), POLL).not.toBe(before);
  });

  it('ignores messages that are not its own: null, text, a number, an object without the sentinel', async () => {
    const before = errors.length;
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      for (const data of [null, 'hello', 42, { type: 'frames-init' }, [1]]) target.postMessage(data, '*');
    });
    // A message handled after these would have come after any error they raised.
    await frame.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    expect(errors.slice(before)).toEqual([]);
    expect(await frame.locator('.maplibregl-canvas').isVisible()).toBe(true);
  });

  it('logged no console error or warning', () => {
    expect(errors).toEqual([]);
  });
});
