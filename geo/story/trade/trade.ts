// The trade the story draws: every figure of the articles, and one flow per partner of the
// reporting country, from its capital to the partner's mark.
import { capitalOf } from '../../gazetteer/capital.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { FigureDraft } from './figures.ts';
import { findTradeFlows, type FoundFigure, type TradeFlow } from './flows.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { allFigures } from './article-caps.ts';

export interface Trade {
  reporter: GazetteerEntry | null;
  /** Where the flows start: the reporter's capital, or the country itself when none is known. */
  origin: GazetteerEntry | null;
  /** Every figure of every sentence, trade or not. */
  figures: FoundFigure[];
  /** One flow per partner; it ends at the partner's own point, where the map draws the partner's mark. */
  flows: TradeFlow[];
  /** The country pair each trade figure is about. */
  pairs: Map<FigureDraft, [string, string]>;
  /** Where an article held more figures than the caps keep. */
  warnings: string[];
}

export function findTrade(articles: StoryArticle[], reporter: GazetteerEntry | null, gazetteer: Gazetteer): Trade {
  const { figures, warnings } = allFigures(articles);
  if (!reporter) return { reporter, origin: null, figures, flows: [], pairs: new Map(), warnings };
  const all = findTradeFlows(articles, figures, reporter);
  return {
    reporter,
    origin: capitalOf(reporter, gazetteer) ?? reporter,
    figures,
    // Not the partner's capital: that may be a stop of the route (the traveller's home capital), and the flow would read as a leg.
    flows: strongestPerPartner(all),
    pairs: new Map(all.map((f) => [f.figure, [reporter.id, f.partner.id]])),
    warnings,
  };
}

/** One flow per partner: the value most sentences give, first stated first. */
function strongestPerPartner(flows: TradeFlow[]): TradeFlow[] {
  const byPartner = new Map<string, TradeFlow[]>();
  for (const f of flows) {
    const group = byPartner.get(f.partner.id);
    if (group) group.push(f);
    else byPartner.set(f.partner.id, [f]);
  }
  return [...byPartner.values()]
    .map((group) => {
      const support = new Map<number, number>();
      for (const g of group) support.set(g.figure.value, (support.get(g.figure.value) ?? 0) + 1);
      return group.reduce((best, g) => (support.get(g.figure.value)! > support.get(best.figure.value)! ? g : best));
    })
    .sort((a, b) => b.figure.value - a.figure.value || a.partner.id.localeCompare(b.partner.id));
}
