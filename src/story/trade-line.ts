// The legend's one line for the flows drawn (whose trade, of what year and scope, whose figures),
// and the words flows.ts shares with it. Apart from the flow panel's facts (flows.ts), which the
// first view does not load.
import type { ArticleMeta, FlowFeature } from '../../geo/contract/schema';

/** "goods and services"; where no sentence says, that it does not. */
export const scopeText = (scope: FlowFeature['properties']['scope']): string => scope ?? 'goods or services not stated';

export const listed = (items: Iterable<string>): string => {
  const list = [...new Set(items)];
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
};

export const outletOf = (flow: FlowFeature, articleById: Map<string, ArticleMeta>) =>
  articleById.get(flow.properties.evidence.article)?.outlet ?? flow.properties.evidence.article;

/** One line for the flows drawn: "Vietnam’s trade with each partner, 2022, goods or services not stated; figures from X". */
export function tradeLine(flows: FlowFeature[], articleById: Map<string, ArticleMeta>): string {
  if (!flows.length) return '';
  const reporters = listed(flows.map((f) => f.properties.reporterName));
  const years = listed(flows.map((f) => (f.properties.year === null ? 'year not stated' : String(f.properties.year))));
  const scopes = listed(flows.map((f) => scopeText(f.properties.scope)));
  const outlets = listed(flows.map((f) => outletOf(f, articleById)));
  return `${reporters}’s ${flows.length === 1 ? 'trade with one partner' : 'trade with each partner'}, ${years}, ${scopes}; figures from ${outlets}`;
}
