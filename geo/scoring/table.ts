// The story and corpus tables as text: one row a story or corpus, with the details a reader
// needs to see why a story is not right (the route expected and got, flows missed or extra).
import type { CorpusRow } from './corpus-row.ts';
import { DESK_KINDS, type DeskKind } from './desk-corrections.ts';
import type { StoryRow } from './story-row.ts';

const f3 = (x: number | null) => (x === null ? '–' : x.toFixed(3));

export function storyTable(rows: StoryRow[]): string[] {
  const width = Math.max(5, ...rows.map((r) => r.story.length)) + 2;
  const lines = [
    `${'story'.padEnd(width)}built  route  sites found/approx/missed (+extra)  flows found/missed/extra  dropped`,
  ];
  for (const r of rows) {
    const sites = `${r.sites.found}/${r.sites.approximate}/${r.sites.missed} (+${r.sites.extra})`;
    const flows = `${r.flows.found}/${r.flows.missed}/${r.flows.extra}`;
    lines.push(
      `${r.story.padEnd(width)}${(r.refused ? 'no' : 'yes').padEnd(7)}${(r.route.exact ? 'exact' : 'no').padEnd(7)}` +
        `${sites.padEnd(36)}${flows.padEnd(25)}${r.sentencesDropped ?? '–'}`,
    );
    if (r.refused) lines.push(`    refused: ${r.refused}`);
    lines.push(`    route expected: ${r.route.expected}`, `          got:      ${r.route.got}`);
    if (r.route.why) lines.push(`          first difference: ${r.route.why}`);
    const sites2 = r.sites.detail.filter((d) => d.as !== 'found').map((d) => `${d.key} (${d.as})`);
    if (sites2.length) lines.push(`    sites not found: ${sites2.join('; ')}`);
    if (r.flows.missedFlows.length) lines.push(`    flows missed: ${r.flows.missedFlows.join('; ')}`);
    if (r.flows.extraFlows.length) lines.push(`    flows extra: ${r.flows.extraFlows.join('; ')}`);
    if (r.flows.otherCurrency.length)
      lines.push(`    flows in another currency (not scored): ${r.flows.otherCurrency.join('; ')}`);
  }
  const exact = rows.filter((r) => r.route.exact).length;
  const sites = rows.reduce((n, r) => n + r.sites.found + r.sites.approximate, 0);
  const keySites = rows.reduce((n, r) => n + r.sites.found + r.sites.approximate + r.sites.missed, 0);
  const flows = rows.reduce((n, r) => [n[0]! + r.flows.found, n[1]! + r.flows.found + r.flows.missed], [0, 0]);
  lines.push(
    `${rows.filter((r) => !r.refused).length} of ${rows.length} built; routes exact ${exact} of ${rows.length}; ` +
      `sites found or flagged ${sites} of ${keySites}; flows found ${flows[0]} of ${flows[1]}; ` +
      `sentences dropped ${rows.reduce((n, r) => n + (r.sentencesDropped ?? 0), 0)}`,
  );
  return lines;
}

export function corpusTable(rows: CorpusRow[]): string[] {
  const lines = ['corpus      docs   P      R      F1     acc@161  e2e F1  no place'];
  for (const r of rows)
    lines.push(
      `${r.corpus.padEnd(12)}${String(r.docs).padEnd(7)}${f3(r.precision).padEnd(7)}${f3(r.recall).padEnd(7)}` +
        `${f3(r.f1).padEnd(7)}${f3(r.acc161).padEnd(9)}${f3(r.e2eF1).padEnd(8)}${r.noPlace}`,
    );
  return lines;
}

/**
 * The corrections each story needed at the editor's desk, as the Markdown table the README keeps
 * (`npm run eval -- --corrections` prints it to paste): one column per kind the desk offers, the
 * total, and whether the rebuild with them is the key.
 */
export function deskTable(
  rows: Array<{ story: string; counts: Record<DeskKind, number>; total: number; left: string[] }>,
): string[] {
  const lines = [
    `| story | ${DESK_KINDS.join(' | ')} | total | key reached |`,
    `|---|${DESK_KINDS.map(() => '--:|').join('')}--:|---|`,
    ...rows.map(
      (r) =>
        `| ${r.story} | ${DESK_KINDS.map((k) => r.counts[k]).join(' | ')} | ${r.total} | ${r.left.length === 0 ? 'yes' : 'no'} |`,
    ),
  ];
  const sum = (k: DeskKind) => rows.reduce((n, r) => n + r.counts[k], 0);
  lines.push(
    `| all | ${DESK_KINDS.map(sum).join(' | ')} | ${rows.reduce((n, r) => n + r.total, 0)} | ${rows.filter((r) => r.left.length === 0).length} of ${rows.length} |`,
  );
  for (const r of rows) for (const l of r.left) lines.push(`  ${r.story}: not reached: ${l}`);
  return lines;
}
