// Trade flows: money figures in sentences about trade, each tied to the reporting
// country (from the settings) and one partner named next to the figure.
import { InputError, lineAt } from '../../io/errors.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { TRADE_SCOPES, TRADE_WORDS } from '../../lexicon/story.ts';
import type { Mention } from '../../places/geoparse.ts';
import { firstIndex } from '../evidence/bisect.ts';
import { bareAmounts, type FigureDraft } from './figures.ts';
import { sentenceKey, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface TradeFlow extends SentenceRef, TradeMeasure {
  partner: GazetteerEntry;
  figure: FigureDraft;
}

/** What a figure counts, as its sentence says: the trade words nearest it and, where given, goods or services. */
export interface TradeMeasure {
  counts: string;
  scope: (typeof TRADE_SCOPES)[number][1] | null;
}

const TRADE = new RegExp(String.raw`\b(?:${alternation(TRADE_WORDS)})\b`, 'i');
/** A sentence about trade: it has a trade word ("trade", "exports", …). */
export const isTradeSentence = (text: string): boolean => TRADE.test(text);
const SCOPE = alternation(TRADE_SCOPES.map(([words]) => words));
const WORD = `(?:${alternation(TRADE_WORDS)})`;
/** "goods trade", "two-way trade", "trade in goods and services": the scope may come before or after. */
const MEASURE = new RegExp(String.raw`\b(?:(${SCOPE})\s+)?${WORD}(?:\s+${WORD})*(?:\s+in\s+(${SCOPE}))?\b`, 'gi');

/** A figure where the text gives it, and the places its sentence names. */
export interface FoundFigure extends SentenceRef {
  figure: FigureDraft;
  places: string[];
}

export function findTradeFlows(
  articles: StoryArticle[],
  figures: FoundFigure[],
  reporter: GazetteerEntry,
): TradeFlow[] {
  const moneyIn = new Map<string, FigureDraft[]>();
  for (const f of figures) {
    if (f.figure.kind !== 'money') continue;
    const key = sentenceKey(f);
    const list = moneyIn.get(key);
    if (list) list.push(f.figure);
    else moneyIn.set(key, [f.figure]);
  }
  const flows: TradeFlow[] = [];
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
      const mentions = parsed.bySentence[sentence.index]!.filter((m) => m.entry.kind === 'country');
      if (!mentions.some((m) => m.entry.id === reporter.id)) continue;
      const partners = mentions.filter((m) => m.entry.id !== reporter.id && !m.demonym);
      const ref: SentenceRef = { article: a, sentence: sentence.index };
      const money = moneyIn.get(sentenceKey(ref)) ?? [];
      const measures = measuresIn(sentence.text);
      money.forEach((figure, i) => {
        const partner = partnerOf(figure, money[i - 1], money[i + 1], partners);
        if (partner) flows.push({ partner, figure, ...ref, ...nearestMeasure(measures, figure) });
      });
    }
  });
  return flows;
}

/**
 * "$41bn trade with Japan": the partner follows the figure, up to the next figure.
 * "Trade between Chile and Australia stood at $4.2bn": otherwise it precedes it.
 */
function partnerOf(
  figure: FigureDraft,
  previous: FigureDraft | undefined,
  next: FigureDraft | undefined,
  partners: Mention[],
): GazetteerEntry | null {
  // Partners are in sentence order: the first after the figure and the last before it are found by bisection.
  const after = partners[firstIndex(partners, (m) => m.highlight[0] >= figure.end)];
  if (after && after.highlight[0] < (next?.start ?? Infinity)) return after.entry;
  const before = partners[firstIndex(partners, (m) => m.highlight[1] > figure.start) - 1];
  return before && before.highlight[1] > (previous?.end ?? -1) ? before.entry : null;
}

/** The trade words of the sentence nearest the figure; the TRADE test above guarantees there is one. */
export function measureOf(sentence: string, figure: FigureDraft): TradeMeasure {
  return nearestMeasure(measuresIn(sentence), figure);
}

/** Every run of trade words in a sentence, in order: found once per sentence, not once per figure. */
const measuresIn = (sentence: string): RegExpExecArray[] => [...sentence.matchAll(MEASURE)];

/** Of a sentence's trade words (measuresIn), those nearest the figure; the earlier on a tie. */
function nearestMeasure(measures: RegExpExecArray[], figure: FigureDraft): TradeMeasure {
  const distance = (m: RegExpExecArray) => Math.max(m.index - figure.end, figure.start - (m.index + m[0].length), 0);
  // Runs of words hold no figure: the nearest is the last before it or the first after it.
  const after = firstIndex(measures, (m) => m.index >= figure.start);
  const [nearest] = [measures[after - 1], measures[after]]
    .filter((m) => m !== undefined)
    .sort((a, b) => distance(a) - distance(b));
  if (!nearest) return { counts: 'trade', scope: null };
  const said = (nearest[1] ?? nearest[2])?.toLowerCase();
  const scope = TRADE_SCOPES.find(([words]) => words === said)?.[1] ?? null;
  return { counts: nearest[0].toLowerCase().replace(/\s+/g, ' '), scope };
}
