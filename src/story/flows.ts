// What a trade flow says in words, from the pipeline's properties alone: whose trade, of what
// year, what it counts and which outlets gave the figures, for the flow panel and the ledger.
import type { ArticleMeta, FlowFeature, FlowFigure } from '../../geo/contract/schema';
import { listed, outletOf, scopeText } from './trade-line.ts';

/** The facts of one flow, in the order the panel lists them, then every figure the texts give for its partner. */
export function flowFacts(flow: FlowFeature, articleById: Map<string, ArticleMeta>) {
  const p = flow.properties;
  const partner = p.partnerKind === 'region' ? `the ${p.partnerName} region` : p.partnerName;
  return {
    title: `${p.reporterName} → ${p.partnerName}`,
    value: valueText(p.figures[0]!),
    year: p.year === null ? 'not stated' : String(p.year),
    whose: `${p.reporterName}’s trade with ${partner}`,
    counts: `${p.counts}, as the sentence says (${scopeText(p.scope)})`,
    outlet: outletOf(flow, articleById),
    article: articleById.get(p.evidence.article) ?? null,
    sentence: p.evidence.sentence,
    // Only where the texts give more than the figure drawn: exports, imports, another outlet's value.
    figures: p.figures.length > 1 ? p.figures.map((f, i) => figureFacts(flow, f, i === 0, articleById)) : [],
  };
}

/** "nearly $2tn": the value as the sentence qualifies it. */
const valueText = (f: FlowFigure): string => (f.qualifier ? `${f.qualifier} ${f.label}` : f.label);

/** What a figure counts, and for one way, which way: "Exports, Vietnam → China". */
export function measureText(flow: FlowFeature, f: FlowFigure): string {
  const { reporterName: reporter, partnerName: partner } = flow.properties;
  const way = f.goesTo === 'partner' ? `${reporter} → ${partner}` : `${partner} → ${reporter}`;
  if (f.measure === 'exports') return `Exports, ${way}`;
  if (f.measure === 'imports') return `Imports, ${way}`;
  return f.measure === 'two-way' ? 'Two-way trade' : 'Trade, direction not stated';
}

/** One row of the flow panel's list of figures. */
function figureFacts(flow: FlowFeature, f: FlowFigure, drawn: boolean, articleById: Map<string, ArticleMeta>) {
  const detail = [f.year === null ? 'year not stated' : String(f.year), f.scope].filter((x) => x !== null);
  return {
    what: measureText(flow, f),
    value: valueText(f),
    detail: detail.join(', '),
    drawn,
    outlets: listed(f.evidence.map((e) => articleById.get(e.article)?.outlet ?? e.article)),
  };
}
