// Share and export in real Chromium, on a desktop and a phone: the copied link is the view on
// screen, the PNG decodes at twice the map's size with its legend, the CSV rows are the
// GeoJSON's features, and print shows the map image, the legend and the sources on one page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { downloadedBytes, mapIdle, openApp, type StoryFiles } from './chromium.ts';
import { readPng } from './share-image.ts';
import { parseCsv } from '../app/share/parse-csv.ts';
import { parseHash } from '../../src/page/hash.ts';
import { storyPalette } from '../../src/map/tokens.ts';

const baseUrl = inject('baseUrl');
mkdirSync('tests/artifacts', { recursive: true });

const sizes = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
];

describe.each(sizes)('share and export at $name px', ({ name, viewport }) => {
  let browser: Browser;
  let page: Page;
  let story: StoryFiles;
  let errors: string[];

  beforeAll(async () => {
    const opened = await openApp(baseUrl, { viewport, permissions: ['clipboard-read', 'clipboard-write'] });
    ({ browser, page, story, warnings: errors } = opened);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openDialog = async () => {
    await page.getByTestId('share').click();
    await page.locator('dialog[open]').waitFor();
  };
  const downloaded = async (testId: string): Promise<Buffer> => {
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ]);
    return downloadedBytes(file);
  };

  it('copies the link of what is on screen: the open place and the hidden layers', async () => {
    const place = story.places.features.find((f) => f.properties.role === 'partner')!.properties.id;
    await page.locator(`button[data-place="${place}"]`).first().click();
    await page.locator('input[data-toggle="mentioned"]').uncheck();
    await mapIdle(page);
    await openDialog();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toMatch(/copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(parseHash(new URL(copied).hash)).toMatchObject({ place, hidden: ['mentioned'] });
    await page.screenshot({ path: `tests/artifacts/share-dialog-${name}.png` });
  });

  it('closes on Escape and gives focus back to the Share button', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share');
  });

  it('downloads a PNG at twice the map’s size, not blank, with the legend’s route key', async () => {
    await openDialog();
    const png = await downloaded('download-png');
    writeFileSync(`tests/artifacts/share-image-${name}.png`, png);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const map = await page.evaluate(() => window.__datelineMap!.getCanvas().getBoundingClientRect().toJSON());
    const facts = await readPng(page, png, storyPalette(story.meta.colors).route);
    expect([facts.width, facts.height]).toEqual([Math.round(map.width) * 2, Math.round(map.height) * 2]);
    expect(facts.spread).toBeGreaterThan(20);
    expect(facts.routeKeys).toBeGreaterThan(0);
    // The map is back at its own pixel ratio afterwards.
    expect(await page.evaluate(() => window.__datelineMap!.getPixelRatio())).toBe(1);
    await page.evaluate(() => document.querySelector('dialog')?.close());
  });

  it.each(['places', 'route', 'flows'] as const)(
    'downloads %s as CSV rows that are the GeoJSON’s features',
    async (layer) => {
      await openDialog();
      const geojson = JSON.parse((await downloaded(`download-${layer}-geojson`)).toString('utf8'));
      const [header, ...rows] = parseCsv((await downloaded(`download-${layer}-csv`)).toString('utf8'));
      const ids = geojson.features.map((f: { properties: { id: string } }) => f.properties.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(rows.map((row) => row[header!.indexOf('id')])).toEqual(ids);
      expect(rows.every((row) => row[header!.indexOf('licence')] === geojson.licence)).toBe(true);
      await page.evaluate(() => document.querySelector('dialog')?.close());
    },
  );

  it('prints the map as an image, the legend and the sources on one page', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const copy = page.locator('canvas.map-print-copy');
    expect(await copy.isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(false);
    const spread = await copy.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const greys = Array.from({ length: data.length / 4 }, (_, i) => data[i * 4]! + data[i * 4 + 1]!);
      const mean = greys.reduce((a, b) => a + b, 0) / greys.length;
      return Math.sqrt(greys.reduce((a, g) => a + (g - mean) ** 2, 0) / greys.length);
    });
    expect(spread).toBeGreaterThan(10);
    expect(await page.locator('section.legend').isVisible()).toBe(true);
    expect(await page.locator('header .sources').isVisible()).toBe(true);
    expect(await page.locator('#map-controls').isVisible()).toBe(false);
    expect(await page.getByTestId('share').isVisible()).toBe(false);
    await page.screenshot({ path: `tests/artifacts/share-print-${name}.png`, fullPage: true });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await copy.count()).toBe(0);
  });

  it('selects the link in its field to copy by hand where there is no Clipboard API, and says so', async () => {
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await openDialog();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toMatch(/selected/);
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toBe(page.url());
  });

  it('logged no console error or warning', () => {
    expect(errors).toEqual([]);
  });
});
