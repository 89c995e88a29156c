// The built app under its own Content-Security-Policy: the <meta> is there, and opening a
// place and the host-city view (fonts, worker, city basemap) trips no violation and no error.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mapIdle, openApp, renderedIds, type StoryFiles } from './chromium.ts';

declare global {
  interface Window {
    /** The policy violations the page reported, recorded from its first script on. */
    __cspViolations?: string[];
  }
}

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let story: StoryFiles;
/** Console errors and warnings and page errors, from the page's first script on. */
let consoleErrors: string[];

/** Records every policy violation the page reports, before any of its scripts runs. */
const recordViolations = (page: Page) =>
  page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });

beforeAll(async () => {
  ({ browser, page, story, warnings: consoleErrors } = await openApp(baseUrl, { beforeLoad: recordViolations }));
});

afterAll(async () => {
  await browser?.close();
});

const violations = () => page.evaluate(() => window.__cspViolations ?? []);

describe('the built app under its Content-Security-Policy', () => {
  it('carries the policy in a <meta>', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/^default-src 'self'; script-src 'self';.* object-src 'none'/);
  });

  it('opens a place from the list with no violation', async () => {
    const partner = story.places.features.find((f) => f.properties.role === 'partner');
    expect(partner).toBeDefined();
    await page.locator(`button[data-place="${partner!.properties.id}"]`).first().click();
    await page.locator('#excerpt-panel').waitFor();
    expect(await page.locator('#excerpt-panel blockquote').count()).toBeGreaterThan(0);
    await mapIdle(page);
    expect(await violations()).toEqual([]);
  });

  it('switches to the host-city view and draws its basemap and sites with no violation or console error', async () => {
    await page.getByTestId('host-view').click();
    await mapIdle(page);
    expect(await page.evaluate(() => window.__datelineMap!.getZoom())).toBeGreaterThan(8);
    expect(await renderedIds(page, 'site-circle')).not.toHaveLength(0);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
