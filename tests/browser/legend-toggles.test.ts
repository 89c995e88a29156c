// The legend follows the layer toggles, the toggles and a compact legend are on the first
// screen, and a skip link reaches them from the top of the page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { mapIdle, openApp, type StoryFiles } from './chromium.ts';
import { axeViolations } from './axe.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let story: StoryFiles;

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  ({ browser, page, story } = await openApp(baseUrl));
});
afterAll(async () => {
  await browser?.close();
});

const legendText = async () => (await page.locator('section.legend').textContent())?.replace(/\s+/g, ' ') ?? '';
/** The legend's line for a flow, as Legend.svelte writes it. */
const flowLine = (id: string) => {
  const flow = story.flows.features.find((f) => f.properties.id === id)!;
  return `${flow.properties.partnerName}: ${flow.properties.label}`;
};

describe('the legend and the layer toggles at 1280×800', () => {
  it('shows the toggles and the legend’s keys on the first screen, before the place list', async () => {
    const bottom = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    const below = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y + box.height;
    };
    expect(await below('#map-controls')).toBeLessThanOrEqual(800);
    expect(await below('section.legend ul.keys')).toBeLessThanOrEqual(800);
    expect(await bottom('nav[aria-label="Places in the story"]')).toBeGreaterThan(await bottom('section.legend'));
  });

  it('drops China from the legend when its box is unticked, then all flows with “All trade flows”', async () => {
    const china = story.flows.features.find((f) => /china/i.test(f.properties.partnerName)) ?? story.flows.features[0]!;
    const others = story.flows.features.filter((f) => f !== china).map((f) => flowLine(f.properties.id));
    expect(await legendText()).toContain(flowLine(china.properties.id));

    await page.locator(`input[data-toggle="flow:${china.properties.id}"]`).uncheck();
    const withoutChina = await legendText();
    expect(withoutChina).not.toContain(flowLine(china.properties.id));
    for (const line of others) expect(withoutChina).toContain(line);

    await page.locator('input[data-toggle="flows"]').uncheck();
    const withoutFlows = await legendText();
    expect(withoutFlows).not.toContain('Trade partner');
    for (const line of others) expect(withoutFlows).not.toContain(line);
    expect(withoutFlows).toContain('Route');
    // Every partner box says what the map shows: cleared, and waiting for “All trade flows”.
    for (const box of await page.locator('input[data-toggle^="flow:"]').all()) {
      expect(await box.isChecked()).toBe(false);
      expect(await box.isDisabled()).toBe(true);
    }
    await mapIdle(page);
    await page.screenshot({ path: 'tests/artifacts/legend-toggles.png' });
  });

  it('moves focus to the layer toggles from a skip link, the first stop of the Tab key', async () => {
    // A fresh page from the shared link, so the first Tab starts from the top of the page.
    ({ page } = await openApp(baseUrl, { browser, hash: new URL(page.url()).hash }));
    const hashBefore = new URL(page.url()).hash;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Skip to/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-controls');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-toggle'))).toBe('route');
    // The link moves focus only: the hidden layers in the URL stay as they were.
    expect(new URL(page.url()).hash).toBe(hashBefore);
  });

  it('has no serious or critical axe-core violation with the toggles off', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('describes the page with the story’s own title and subtitle', async () => {
    expect(await page.title()).toBe(story.meta.title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(story.meta.title);
  });
});

describe('dates in the excerpt panel', () => {
  it('writes each article’s date for the reader, not as an ISO value', async () => {
    await page.locator(`button[data-place="${story.meta.hostCity}"]`).click();
    const panel = page.locator('#excerpt-panel');
    await panel.waitFor();
    const dates = await panel.locator('.meta time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).not.toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(await panel.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.screenshot({ path: 'tests/artifacts/excerpt-dates.png' });
  });
});

describe('the first screen at other sizes', () => {
  it.each([
    [390, 844],
    [1024, 768],
  ])('is saved at %i×%i for a look', async (width, height) => {
    const { page: other, warnings } = await openApp(baseUrl, { browser, viewport: { width, height } });
    await other.screenshot({ path: `tests/artifacts/legend-toggles-${width}x${height}.png` });
    expect(await other.locator('#map-controls').count()).toBe(1);
    expect(warnings).toEqual([]);
    await other.context().close();
  });
});
