// Data the app does not expect (an older or a broken build) ends in a message that says
// what is wrong and what to do, never in a page stuck on "Loading the story…".
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { contextOptions, launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => readFileSync(`tests/app/fixtures/story/${name}`, 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Served = { status?: number; body: string };

/** Opens the app with the fixture story, some of its files replaced; returns the alert's text and the page errors. */
async function openWith(
  replace: Record<string, (text: string) => Served>,
): Promise<{ alert: string; pageErrors: string[] }> {
  const page = await (await browser.newContext(contextOptions)).newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/data/story/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const served = replace[name]?.(fixture(name)) ?? { body: fixture(name) };
    return route.fulfill({ status: served.status ?? 200, body: served.body, contentType: 'application/json' });
  });
  await page.goto(baseUrl);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  const text = (await alert.textContent()) ?? '';
  expect(await page.getByText('Loading the story…').count()).toBe(0);
  await page.close();
  return { alert: text, pageErrors };
}

const edit =
  (
    change: (json: {
      articles: Array<{ id: string }>;
      features: Array<{ properties: { dateClaims: Array<{ articles: unknown }> } }>;
    }) => void,
  ) =>
  (text: string): Served => {
    const json = JSON.parse(text) as Parameters<typeof change>[0];
    change(json);
    return { body: JSON.stringify(json) };
  };

describe('when the story data is not what the app expects', () => {
  it('names two articles with one id instead of hanging on Svelte’s duplicate-key error', async () => {
    const { alert, pageErrors } = await openWith({
      'story.json': edit((meta) => (meta.articles[1]!.id = meta.articles[0]!.id)),
    });
    expect(alert).toMatch(/story\.json has two articles with the id “a1”/);
    expect(alert).toMatch(/older or a broken build: run `npm run data`/);
    expect(pageErrors).toEqual([]);
  });

  it('names a file that is missing', async () => {
    const { alert, pageErrors } = await openWith({ 'route.geojson': () => ({ status: 404, body: 'Not found' }) });
    expect(alert).toMatch(/route\.geojson could not be fetched \(HTTP 404\)/);
    expect(pageErrors).toEqual([]);
  });

  it('names a file that is not valid JSON', async () => {
    const { alert, pageErrors } = await openWith({ 'places.geojson': (text) => ({ body: text.slice(0, 200) }) });
    expect(alert).toMatch(/places\.geojson is not valid JSON/);
    expect(pageErrors).toEqual([]);
  });

  it('shows a message when data that passes the checks still fails to render', async () => {
    const { alert, pageErrors } = await openWith({
      'route.geojson': edit((route) => (route.features[1]!.properties.dateClaims[0]!.articles = 42)),
    });
    expect(alert).toMatch(/^The story cannot be shown: .+run `npm run data`/);
    expect(pageErrors).toEqual([]);
  });
});
