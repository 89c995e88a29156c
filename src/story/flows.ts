// What a trade flow says in words, from the pipeline's properties alone: whose trade, of what
// year, what it counts and which outlets gave the figures, for the flow panel and the legend.
import type { ArticleMeta, FlowFeature } from '../../geo/contract/schema';

/** "goods and services"; where no sentence says, that it does not. */
export const scopeText = (scope: FlowFeature['properties']['scope']): string => scope ?? 'goods or services not stated';

const listed = (items: Iterable<string>): string => {
  const list = [...new Set(items)];
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
};

const outletOf = (flow: FlowFeature, articleById: Map<string, ArticleMeta>) =>
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

/** The facts of one flow, in the order the panel lists them. */
export function flowFacts(flow: FlowFeature, articleById: Map<string, ArticleMeta>) {
  const p = flow.properties;
  return {
    title: `${p.reporterName} → ${p.partnerName}`,
    value: p.label,
    year: p.year === null ? 'not stated' : String(p.year),
    whose: `${p.reporterName}’s trade with ${p.partnerName}`,
    counts: `${p.counts}, as the sentence says (${scopeText(p.scope)})`,
    outlet: outletOf(flow, articleById),
    article: articleById.get(p.evidence.article) ?? null,
    sentence: p.evidence.sentence,
  };
}
