// The countries each trade figure's sentence names: what the default trade hub is chosen
// from (defaults.ts, tradeHub) when the settings name no `trade.reporter`. Money the words
// beside it call a pledge, a deal or a surplus is no trade figure, and names no hub.
import { extractFigures } from './figures.ts';
import { isTradeSentence } from './flows.ts';
import { moneyKinds } from './money-kind.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** Per money figure read as trade in a sentence about trade, the countries the sentence names, in order, each once. */
export function tradeFigureCountries(articles: StoryArticle[]): string[][] {
  return articles.flatMap(({ parsed }) =>
    parsed.sentences.flatMap((s) => {
      if (!isTradeSentence(s.text)) return [];
      const money = extractFigures(s.text).filter((f) => f.kind === 'money');
      const countries = [
        ...new Set(parsed.bySentence[s.index]!.filter((m) => m.entry.kind === 'country').map((m) => m.entry.id)),
      ];
      return moneyKinds(s.text, money).flatMap((kind) => (kind.trade ? [countries] : []));
    }),
  );
}
