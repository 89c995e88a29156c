// `npm run dev`'s live rebuild, end to end: a Vite dev server with the live-data plugin over a
// copy of data/, real Chromium, real file saves.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../geo/build.ts';
import { liveStoryData } from '../../geo/dev/live-data.ts';
import { contextOptions, launch } from './chromium.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-live-'));
const dataDir = join(work, 'data');
const publicDir = join(work, 'public');
const settingsFile = join(dataDir, 'story.json');
const build = {
  articlesDir: join(dataDir, 'articles'),
  gazetteerDir: resolve('data/gazetteer'),
  settingsFile,
  outDir: join(publicDir, 'data', 'story'),
};

let server: ViteDevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync(resolve('data/articles'), build.articlesDir, { recursive: true });
  cpSync(resolve('data/story.json'), settingsFile);
  cpSync(resolve('public/data/basemap'), join(publicDir, 'data', 'basemap'), { recursive: true });
  await buildStory(build);
  server = await createServer({
    configFile: false,
    root: resolve('.'),
    publicDir,
    logLevel: 'error',
    plugins: [svelte(), liveStoryData({ dataDir, build })],
    server: { host: '127.0.0.1', port: 0, watch: { ignored: ['**/node_modules/**', '**/public/**'] } },
  });
  await server.listen();
  browser = await launch();
  page = await (await browser.newContext(contextOptions)).newPage();
  await page.goto(server.resolvedUrls!.local[0]!);
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
