// axe-core's serious and critical findings on the page as it is now.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as an inline <script>, which the page's CSP rightly refuses.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
