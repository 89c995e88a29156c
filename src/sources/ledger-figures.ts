// The ledger's figure rows: each trade flow the map draws, with every outlet's figure for the
// same pair of countries, then the other figures (counts by what they count, money and shares
// by the places they are about), each against the value most outlets give.
import type { ArticleMeta, Figure, PlaceFeature } from '../../geo/contract/schema';
import type { LedgerCell, LedgerRow } from './ledger-rows.ts';
import type { Story } from '../story/story.ts';

/** Figures that speak of the same thing: counts of one unit; money or shares about one set of places. */
const groupKey = (f: Figure): string =>
  f.kind === 'count'
    ? `count|${f.unit ?? ''}`
    : `${f.kind}|${f.currency ?? f.unit ?? ''}|${[...new Set(f.places)].sort().join('+')}`;

export function figureRows(story: Story, placeById: Map<string, PlaceFeature>, columns: ArticleMeta[]): LedgerRow[] {
  const groups = new Map<string, Figure[]>();
  for (const f of story.meta.figures) groups.set(groupKey(f), [...(groups.get(groupKey(f)) ?? []), f]);
  const nameOf = (id: string) => placeById.get(id)?.properties.name ?? id;
  const rows: LedgerRow[] = [];
  for (const { properties: flow } of story.flows.features) {
    const key = `money|${flow.currency}|${[flow.reporter, flow.partner].sort().join('+')}`;
    const drawn = { ...flow.evidence };
    const figures = groups.get(key) ?? [];
    groups.delete(key);
    const year = flow.year === null ? '' : ` (${flow.year})`;
    const claim = `Trade, ${nameOf(flow.reporter)}–${flow.partnerName}${year}`;
    const row = figureRow(flow.id, claim, flow.label, flow.value, figures, columns, flow.id);
    // The drawn figure's own outlet states it, even when its figure was not kept among story.json's.
    const at = columns.findIndex((c) => c.id === drawn.article);
    if (at >= 0 && row.cells[at]!.state === 'silent') row.cells[at] = { state: 'states', evidence: drawn };
    rows.push(row);
  }
  for (const [key, figures] of groups) {
    const first = figures[0]!;
    const about = [...new Set(first.places)].map(nameOf).join(', ');
    const claim =
      first.kind === 'count'
        ? `Number of ${first.unit ?? 'items'}`
        : `${first.kind === 'money' ? 'Sum' : 'Share'}: ${about}`;
    const value = mostGiven(figures);
    rows.push(figureRow(`figure:${key}`, claim, value.text, value.value, figures, columns, null));
  }
  return rows;
}

/** The value the most articles give; on a tie, the one given first. */
function mostGiven(figures: Figure[]): Figure {
  const articles = new Map<number, Set<string>>();
  for (const f of figures) articles.set(f.value, (articles.get(f.value) ?? new Set()).add(f.evidence.article));
  const best = Math.max(...[...articles.values()].map((s) => s.size));
  return figures.find((f) => articles.get(f.value)!.size === best)!;
}

/** An outlet states the row's value when every figure it gives is that value; else it differs, with what it gives. */
function figureRow(
  id: string,
  claim: string,
  text: string,
  value: number,
  figures: Figure[],
  columns: ArticleMeta[],
  mark: string | null,
): LedgerRow {
  const cells = columns.map((c): LedgerCell => {
    const mine = figures.filter((f) => f.evidence.article === c.id);
    if (!mine.length) return { state: 'silent' };
    const other = mine.find((f) => f.value !== value);
    if (!other) return { state: 'states', evidence: mine[0]!.evidence };
    return { state: 'differs', value: mine.map((f) => f.text).join('; '), evidence: other.evidence };
  });
  return { id, claim, value: text, kind: 'figure', mark, inferred: null, cells };
}
