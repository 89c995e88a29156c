// The sentences a step quotes: the most telling first, one per outlet, three at most, so a
// step shows who said it rather than one outlet three times.
import type { Figure } from '../../geo/contract/schema';
import { MONTHS, WEEKDAYS } from '../../geo/lexicon/calendar.ts';
import { MOVE_VERBS } from '../../geo/lexicon/story.ts';

export interface Quote {
  outlet: string;
  sentence: string;
}

type Sentence = { article: string; sentence: string; caption?: boolean };

/**
 * `rank` orders the sentences, lowest first (one that dates the arrival, one that names both
 * ends); captions come last, and otherwise the order given.
 */
export function pickQuotes(
  sentences: Sentence[],
  outlet: (article: string) => string,
  rank: (sentence: string, article: string) => number = () => 0,
  most = 3,
): Quote[] {
  const order = (s: Sentence) => (s.caption ? Infinity : rank(s.sentence, s.article));
  const ranked = sentences.map((s, i) => ({ s, i })).sort((a, b) => order(a.s) - order(b.s) || a.i - b.i);
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

const dayWord = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTHS].join('|')})\\b`);
const moveVerb = new RegExp(`\\b(?:${MOVE_VERBS.join('|')})\\b`, 'i');

/**
 * For a stop: first the sentences of outlets that date the arrival, and among each outlet's,
 * one that gives a day and moves the traveller ("arrived … early Thursday") before one that
 * only gives a day ("signed … on Thursday").
 */
export const datingFirst =
  (dating: ReadonlySet<string>) =>
  (sentence: string, article: string): number =>
    (dating.has(article) ? 0 : 4) + (dayWord.test(sentence) ? 0 : 2) + (moveVerb.test(sentence) ? 0 : 1);
