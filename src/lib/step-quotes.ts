// The sentences a step quotes: the most telling first, one per outlet, three at most, so a
// step shows who said it rather than one outlet three times.
import type { Figure } from '../../geo/contract/schema';

export interface Quote {
  outlet: string;
  sentence: string;
}

type Sentence = { article: string; sentence: string; caption?: boolean };

/** `telling` puts a sentence first (it dates the arrival, it names both ends); captions come last. */
export function pickQuotes(
  sentences: Sentence[],
  outlet: (article: string) => string,
  telling: (sentence: string, article: string) => boolean = () => false,
  most = 3,
): Quote[] {
  const rank = (s: Sentence) => (s.caption ? 2 : telling(s.sentence, s.article) ? 0 : 1);
  const ranked = sentences.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  const quotes = new Map<string, Quote>();
  for (const { s } of ranked) {
    const name = outlet(s.article);
    if (!quotes.has(name) && quotes.size < most) quotes.set(name, { outlet: name, sentence: s.sentence });
  }
  return [...quotes.values()];
}

/** "What was signed: outlets count 10 to 15 (agreements, memorandums, documents)". */
export function countsHeadline(groups: Array<{ unit: string; figures: Figure[] }>): string {
  const values = groups.flatMap((g) => g.figures.map((f) => f.value));
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const units = groups.map((g) => g.unit).join(', ');
  return `What was signed: outlets count ${low === high ? low : `${low} to ${high}`} (${units})`;
}
