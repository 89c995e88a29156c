// Trade figures: money in sentences about trade that the words beside it call trade (not a
// pledge, a deal or a surplus), each tied to the reporting country and one partner, with what
// it counts (both ways, exports, imports) and, for one way, where the goods go.
import { InputError, lineAt } from '../../io/errors.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { TradeDestination, TradeMeasure } from '../../contract/vocabulary.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { TRADE_WORDS } from '../../lexicon/story.ts';
import { bareAmounts, type FigureDraft } from './figures.ts';
import { moneyKinds, type MoneyKind, type TradeMeasureWords } from './money-kind.ts';
import { destinationOf, partnerMentions, partnerNextTo, partnerOfWords, partnerPointedTo } from './partner.ts';
import { sentenceKey, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface TradeFigure extends SentenceRef {
  partner: GazetteerEntry;
  figure: FigureDraft;
  measure: TradeMeasure;
  /** The sentence's trade words for it: "two-way trade", "exports". */
  counts: string;
  scope: TradeMeasureWords['scope'];
  /** For exports or imports, where the goods go; null for trade both ways or unspecified. */
  goesTo: TradeDestination | null;
}

const TRADE = new RegExp(String.raw`\b(?:${alternation(TRADE_WORDS)})\b`, 'i');
/** A sentence about trade: it has a trade word ("trade", "exports", …). */
export const isTradeSentence = (text: string): boolean => TRADE.test(text);

/** A figure where the text gives it, and the places its sentence names. */
export interface FoundFigure extends SentenceRef {
  figure: FigureDraft;
  places: string[];
}

export interface TradeReading {
  /** The trade figures with a partner, in text order. */
  figures: TradeFigure[];
  /** Every money figure of a sentence about trade, as trade or as what else it is. */
  kinds: Map<FigureDraft, MoneyKind>;
}

export function findTradeFigures(
  articles: StoryArticle[],
  figures: FoundFigure[],
  reporter: GazetteerEntry,
): TradeReading {
  const moneyIn = new Map<string, FigureDraft[]>();
  for (const f of figures) {
    if (f.figure.kind !== 'money') continue;
    const key = sentenceKey(f);
    const list = moneyIn.get(key);
    if (list) list.push(f.figure);
    else moneyIn.set(key, [f.figure]);
  }
  const found: TradeFigure[] = [];
  const kinds = new Map<FigureDraft, MoneyKind>();
  articles.forEach(({ article, parsed }, a) => {
    for (const sentence of parsed.sentences) {
      if (!TRADE.test(sentence.text)) continue;
      const bare = bareAmounts(sentence.text)[0];
      if (bare) {
        const at = parsed.clean.toOriginal[sentence.start]!;
        throw new InputError(
          article.file,
          article.bodyLine + lineAt(article.body, at) - 1,
          `the trade figure “${bare}” has no currency`,
          'Write it with its currency as the source does, e.g. “$4.2bn” or “€2bn”',
        );
      }
      const ref: SentenceRef = { article: a, sentence: sentence.index };
      const money = moneyIn.get(sentenceKey(ref)) ?? [];
      const kindsHere = moneyKinds(sentence.text, money);
      money.forEach((figure, i) => kinds.set(figure, kindsHere[i]!));
      const places = parsed.bySentence[sentence.index]!.filter(
        (m) => m.entry.kind === 'country' || m.entry.kind === 'region',
      );
      if (!places.some((m) => m.entry.id === reporter.id)) continue;
      const partners = partnerMentions(places, reporter);
      let pointedTo: GazetteerEntry | null | undefined;
      let whole: TradeFigure | undefined;
      money.forEach((figure, i) => {
        const kind = kindsHere[i]!;
        if (!kind.trade) return;
        const partner =
          partnerNextTo(sentence.text, figure, money[i - 1], money[i + 1], partners) ??
          partnerOfWords(sentence.text, kind.words, places, reporter) ??
          (whole && partOf(whole, figure, kind.words.measure) ? whole.partner : null) ??
          (pointedTo === undefined ? (pointedTo = partnerPointedTo(parsed, sentence.index, reporter)) : pointedTo);
        if (!partner) return;
        const { measure, counts, scope } = kind.words;
        const goesTo = destinationOf(sentence.text, kind.words, places, reporter);
        const read: TradeFigure = { ...ref, partner, figure, measure, counts, scope, goesTo };
        found.push(read);
        if (goesTo === null) whole = read;
      });
    }
  });
  return { figures: found, kinds };
}

/**
 * "US–Qatar trade totaled $5.64bn, with $3.8bn in U.S. exports and $1.8bn in Qatari imports":
 * exports or imports after a figure of trade both ways, in the same currency and smaller, are
 * its parts, with its partner.
 */
const partOf = (whole: TradeFigure, figure: FigureDraft, measure: TradeMeasure): boolean =>
  (measure === 'exports' || measure === 'imports') &&
  figure.currency === whole.figure.currency &&
  figure.value < whole.figure.value;
