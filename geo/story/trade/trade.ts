// The trade the story draws: every figure of the articles, and one flow per partner of the
// reporting country, from its capital to the partner's mark, drawing trade both ways where a
// text gives it and keeping every other figure of that partner (exports, imports) with it.
import { capitalOf } from '../../gazetteer/capital.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { TradeMeasure } from '../../contract/vocabulary.ts';
import type { FigureDraft } from './figures.ts';
import { findTradeFigures, type FoundFigure, type TradeFigure } from './flows.ts';
import type { MoneyKind } from './money-kind.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { allFigures } from './article-caps.ts';

/** One figure of a partner as the texts give it, with every sentence that gives it. */
export interface KeptFigure {
  first: TradeFigure;
  /** Every sentence that gives this figure, in text order (the first included). */
  sources: TradeFigure[];
}

/** A partner's trade: the figure the line draws first, then the others. */
export interface PartnerTrade {
  partner: GazetteerEntry;
  figures: KeptFigure[];
}

export interface Trade {
  reporter: GazetteerEntry | null;
  /** Where the flows start: the reporter's capital, or the country itself when none is known. */
  origin: GazetteerEntry | null;
  /** Every figure of every sentence, trade or not. */
  figures: FoundFigure[];
  /** One flow per partner; it ends at the partner's own point, where the map draws the partner's mark. */
  flows: PartnerTrade[];
  /** The country pair each trade figure is about. */
  pairs: Map<FigureDraft, [string, string]>;
  /** Every money figure of a sentence about trade, as trade or as what else it is. */
  kinds: Map<FigureDraft, MoneyKind>;
  /** Where an article held more figures than the caps keep. */
  warnings: string[];
}

export function findTrade(articles: StoryArticle[], reporter: GazetteerEntry | null, gazetteer: Gazetteer): Trade {
  const { figures, warnings } = allFigures(articles);
  if (!reporter) return { reporter, origin: null, figures, flows: [], pairs: new Map(), kinds: new Map(), warnings };
  const reading = findTradeFigures(articles, figures, reporter);
  return {
    reporter,
    origin: capitalOf(reporter, gazetteer) ?? reporter,
    figures,
    // Not the partner's capital: that may be a stop of the route (the traveller's home capital), and the flow would read as a leg.
    flows: perPartner(reading.figures),
    pairs: new Map(reading.figures.map((f) => [f.figure, [reporter.id, f.partner.id]])),
    kinds: reading.kinds,
    warnings,
  };
}

/** What a line draws first: trade both ways, then trade the text does not split, then one way. */
const DRAW_FIRST: readonly TradeMeasure[] = ['two-way', 'trade', 'exports', 'imports'];

/** Figures that say the same: one measure, one way, one value, currency, year and scope. */
const sameFigure = (f: TradeFigure) =>
  [f.measure, f.goesTo, f.figure.value, f.figure.currency, f.figure.year, f.scope].join('|');

/**
 * One flow per partner, the largest first. Its figures: the measure drawn first, and within it
 * the value most sentences give (first stated first); then the others in text order.
 */
function perPartner(figures: TradeFigure[]): PartnerTrade[] {
  const byPartner = new Map<string, Map<string, KeptFigure>>();
  for (const f of figures) {
    const kept = byPartner.get(f.partner.id) ?? byPartner.set(f.partner.id, new Map()).get(f.partner.id)!;
    const same = kept.get(sameFigure(f));
    if (same) same.sources.push(f);
    else kept.set(sameFigure(f), { first: f, sources: [f] });
  }
  const rank = (k: KeptFigure) => DRAW_FIRST.indexOf(k.first.measure);
  return [...byPartner.values()]
    .map((kept) => {
      const list = [...kept.values()];
      const drawn = list.reduce((best, k) =>
        rank(k) < rank(best) || (rank(k) === rank(best) && k.sources.length > best.sources.length) ? k : best,
      );
      return { partner: drawn.first.partner, figures: [drawn, ...list.filter((k) => k !== drawn)] };
    })
    .sort(
      (a, b) =>
        b.figures[0]!.first.figure.value - a.figures[0]!.first.figure.value || a.partner.id.localeCompare(b.partner.id),
    );
}
