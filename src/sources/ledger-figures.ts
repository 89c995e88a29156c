// The ledger's figure rows: each trade flow the map draws, with a row for the trade its line
// draws and one for each other measure and way the texts give for that partner (exports,
// imports), then the counts (by what they count), each against the value most outlets give.
// Shares and sums that are no trade figure are no claim of the map: no row.
import type { ArticleMeta, Figure, FlowFeature, FlowFigure } from '../../geo/contract/schema';
import type { LedgerCell, LedgerRow } from './ledger-rows.ts';
import { measureText } from '../story/flows.ts';
import type { Story } from '../story/story.ts';

/** Counts that speak of the same thing: of one unit. */
const groupKey = (f: Figure): string => `count|${f.unit ?? ''}`;

export function figureRows(story: Story, columns: ArticleMeta[]): LedgerRow[] {
  const groups = new Map<string, Figure[]>();
  for (const f of story.meta.figures) {
    // Money read as trade has the rows of its flow below, figure by figure. A claim row is a trade
    // figure or a count (what was signed): a share or a sum that is no trade ("80% of its arms
    // imports") is context the sentences give, not a claim the map makes.
    if (f.measure || f.kind !== 'count') continue;
    groups.set(groupKey(f), [...(groups.get(groupKey(f)) ?? []), f]);
  }
  const rows: LedgerRow[] = story.flows.features.flatMap((flow) => flowRows(flow, columns));
  for (const [key, figures] of groups) {
    const claim = `Number of ${figures[0]!.unit ?? 'items'}`;
    const value = mostGiven(figures);
    const cells = columns.map((c) =>
      cellOf(
        figures.filter((f) => f.evidence.article === c.id),
        value.value,
      ),
    );
    rows.push({ id: `figure:${key}`, claim, value: value.text, kind: 'figure', mark: null, inferred: null, cells });
  }
  return rows;
}

/** A flow's rows: the trade its line draws, then each other measure and way, with each outlet's figure for it. */
function flowRows(flow: FlowFeature, columns: ArticleMeta[]): LedgerRow[] {
  const p = flow.properties;
  const byWay = new Map<string, FlowFigure[]>();
  for (const f of p.figures)
    byWay.set(`${f.measure}|${f.goesTo}`, [...(byWay.get(`${f.measure}|${f.goesTo}`) ?? []), f]);
  return [...byWay].map(([way, figures], i) => {
    const drawn = i === 0;
    const value = drawn ? p.figures[0]! : mostGivenFigure(figures);
    const year = value.year === null ? '' : ` (${value.year})`;
    // A one-way figure says which way, drawn or not: "Exports, Sweden → Chile".
    const claim =
      value.goesTo === null ? `Trade, ${p.reporterName}–${p.partnerName}${year}` : `${measureText(flow, value)}${year}`;
    const cells = columns.map((c) => {
      const said = figures.flatMap((f) =>
        f.evidence.filter((e) => e.article === c.id).map((evidence) => ({ f, evidence })),
      );
      return cellOf(
        said.map(({ f, evidence }) => ({ value: f.value, text: f.label, evidence })),
        value.value,
      );
    });
    return {
      id: drawn ? p.id : `${p.id}:${way}`,
      claim,
      value: value.label,
      kind: 'figure',
      mark: p.id,
      inferred: null,
      cells,
    };
  });
}

/** An outlet states the row's value when every figure it gives is that value; else it differs, with what it gives. */
function cellOf(mine: Array<Pick<Figure, 'value' | 'text' | 'evidence'>>, value: number): LedgerCell {
  if (!mine.length) return { state: 'silent' };
  const other = mine.find((f) => f.value !== value);
  if (!other) return { state: 'states', evidence: mine[0]!.evidence };
  return { state: 'differs', value: mine.map((f) => f.text).join('; '), evidence: other.evidence };
}

/** Of one measure and way's figures, the one the most outlets give; on a tie, the first. */
const mostGivenFigure = (figures: FlowFigure[]): FlowFigure =>
  figures.reduce((best, f) =>
    new Set(f.evidence.map((e) => e.article)).size > new Set(best.evidence.map((e) => e.article)).size ? f : best,
  );

/** The value the most articles give; on a tie, the one given first. */
function mostGiven(figures: Figure[]): Figure {
  const articles = new Map<number, Set<string>>();
  for (const f of figures) articles.set(f.value, (articles.get(f.value) ?? new Set()).add(f.evidence.article));
  const best = Math.max(...[...articles.values()].map((s) => s.size));
  return figures.find((f) => articles.get(f.value)!.size === best)!;
}
