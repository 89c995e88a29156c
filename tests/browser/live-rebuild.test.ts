// `npm run dev`'s live rebuild, end to end: a Vite dev server with the live-data plugin over a
// copy of data/, real Chromium, real file saves.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOptions, launch } from './chromium.ts';
import { scratchDevServer } from './dev-server.ts';

let settingsFile: string;
let server: ViteDevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dev = await scratchDevServer({ name: 'live', articles: 'data/articles', settings: 'data/story.json' });
  ({ server } = dev);
  settingsFile = dev.build.settingsFile;
  browser = await launch();
  page = await (await browser.newContext(contextOptions)).newPage();
  await page.goto(dev.url);
  await page.locator('h1').waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const saveSettings = (edit: (text: string) => string) =>
  writeFileSync(settingsFile, edit(readFileSync(settingsFile, 'utf8')));

describe('live rebuild while `npm run dev` runs', () => {
  it('updates the open map without a page reload when a data file is saved', async () => {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    saveSettings((text) => text.replace(/"title": "[^"]*"/, '"title": "Edited while the map was open"'));
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('Edited while the map was open');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('shows a pipeline error as an overlay naming the file and line, and keeps the last good map', async () => {
    saveSettings((text) => text.replace('"traveller"', '"travler"'));
    const overlay = page.getByRole('alert');
    await expect
      .poll(() => overlay.textContent(), { timeout: 30_000 })
      .toMatch(/story\.json:4.*unknown setting "travler"/);
    expect(await page.locator('h1').textContent()).toBe('Edited while the map was open');
    saveSettings((text) => text.replace('"travler"', '"traveller"'));
    await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(0);
  });
});
