// Who said what (issue 10 §3, §5): the Sources view's cells match the story's data, a cell opens
// its sentence, a mark whose dates differ carries a badge, and "How this map was made" opens and
// closes from the keyboard, at desktop and phone sizes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RouteCollection } from '../../geo/contract/schema.ts';
import { clickLngLat, jumpTo, mapIdle, openApp, renderedIds, type StoryFiles } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { buildLedger, countStates } from '../../src/sources/ledger.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let story: StoryFiles;
let route: RouteCollection;
/** What the desktop page logs, from its load on. */
let problems: string[];

mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  ({ browser, page, story, warnings: problems } = await openApp(baseUrl));
  route = await (await fetch(new URL('data/story/route.geojson', baseUrl))).json();
});

afterAll(async () => {
  await browser?.close();
});

async function openSources(p: Page) {
  await p.getByTestId('open-sources').click();
  await p.locator('[data-testid="ledger"]').waitFor();
}

describe('the source ledger in Chromium', () => {
  it('has one cell per claim and outlet, each stating, differing or silent as the data says', async () => {
    await openSources(page);
    const articles = story.meta.articles.map((a) => a.id);
    for (const { properties: leg } of route.features.filter((l) => l.properties.dateClaims.length)) {
      const [main, ...others] = leg.dateClaims;
      const row = page.locator('[data-testid="ledger"] tbody tr', { hasText: `Arrival in ${leg.toName}` });
      const states = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
      const expected = articles.map((id) =>
        main!.articles.includes(id) ? 'states' : others.some((c) => c.articles.includes(id)) ? 'differs' : 'silent',
      );
      expect(states).toEqual(expected);
    }
    const shown = await page
      .locator('[data-testid="ledger"] td')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
    const counts = countStates(buildLedger({ ...story, route }));
    expect(shown.length).toBe(counts.states + counts.differs + counts.silent);
    for (const state of ['states', 'differs', 'silent'] as const)
      expect(shown.filter((s) => s === state)).toHaveLength(counts[state]);
    expect(counts.differs).toBeGreaterThan(0);
  });

  it('opens the sentence of a cell that gives another date', async () => {
    const leg = route.features.find((l) => l.properties.dateClaims.length > 1)!.properties;
    const other = leg.dateClaims[1]!;
    const row = page.locator('[data-testid="ledger"] tbody tr', { hasText: `Arrival in ${leg.toName}` });
    await row.locator('td[data-state="differs"] button').first().click();
    const sentence = other.evidence!.find((e) => e.article === other.articles[0])!.sentence;
    await expect.poll(() => page.getByTestId('ledger-sentence').textContent()).toContain(sentence);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/ledger-desktop.png' });
  });

  it('closes with Escape and gives focus back to the Sources button', async () => {
    await page.keyboard.press('Escape');
    await page.locator('dialog#sources').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-sources');
  });

  it('badges the mark of a stop whose arrival date the outlets give differently, and says so in its panel', async () => {
    const disputed = story.places.features.find((f) => f.properties.datesDiffer && f.properties.role === 'stop')!;
    await jumpTo(page, { center: disputed.geometry.coordinates, zoom: 3 });
    await mapIdle(page);
    expect(await renderedIds(page, 'disagreement-badge')).toContain(disputed.properties.id);
    const agreed = story.places.features.filter((f) => f.properties.role === 'stop' && !f.properties.datesDiffer);
    for (const f of agreed) expect(await renderedIds(page, 'disagreement-badge')).not.toContain(f.properties.id);
    await clickLngLat(page, disputed.geometry.coordinates);
    await page.locator('#excerpt-panel').waitFor();
    expect(await page.getByTestId('disagreement').textContent()).toMatch(/Outlets disagree on the date/);
    await page.locator('[data-testid="why-here"] summary').click();
    const why = page.getByTestId('why-here');
    expect(await why.textContent()).toMatch(/Confidence \d+%/);
    if (disputed.properties.geonames)
      expect(await why.locator('a').getAttribute('href')).toBe(
        `https://www.geonames.org/${disputed.properties.geonames}`,
      );
    await page.screenshot({ path: 'tests/artifacts/ledger-badge.png' });
    await page.locator('#excerpt-panel .close').click();
  }, 240_000);

  it('opens “How this map was made” from the keyboard and closes it with Escape, focus back on its button', async () => {
    await page.getByTestId('open-method').focus();
    await page.keyboard.press('Enter');
    const note = page.locator('dialog#method');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/GeoNames[\s\S]*Natural Earth[\s\S]*OpenStreetMap/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/ledger-method.png' });
    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-method');
    expect(problems).toEqual([]);
  });
});

describe('the source ledger on a phone', () => {
  it('scrolls the outlets sideways, opens a cell’s sentence and passes axe at 390×844', async () => {
    const { page: phone, warnings } = await openApp(baseUrl, { browser, viewport: { width: 390, height: 844 } });
    await openSources(phone);
    const table = phone.locator('[data-testid="ledger"]');
    expect((await table.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await phone.locator('td[data-state="differs"] button').first().click();
    await expect.poll(() => phone.getByTestId('ledger-sentence').textContent()).toMatch(/“/);
    await phone.screenshot({ path: 'tests/artifacts/ledger-phone-sentence.png' });
    await phone.locator('[data-testid="ledger"]').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: 'tests/artifacts/ledger-phone.png' });
    expect(await axeViolations(phone)).toEqual([]);
    await phone.keyboard.press('Escape');
    expect([...problems, ...warnings]).toEqual([]);
  }, 240_000);
});
