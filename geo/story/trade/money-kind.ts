// Which money of a sentence about trade is trade: the words beside each figure say. The noun
// phrase right after it ("$3.8bn in U.S. exports", "a $2bn trade surplus") decides first, its
// last telling word being its head; else the last telling word before it, back to the figure
// before ("goods trade totaled $25.9bn", "a trade surplus in goods of $443m"). A figure no word
// tells of is trade when its sentence is about trade and nothing else is said of it.
import type { NotTrade, TradeMeasure } from '../../contract/vocabulary.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { TRADE_SCOPES, TRADE_WORDS } from '../../lexicon/story.ts';
import {
  BOTH_WAYS_WORDS,
  CEILING_QUALIFIERS,
  EXPORT_WORDS,
  IMPORT_WORDS,
  NOT_TRADE_WORDS,
  PHRASE_ENDS,
  TRADE_CUE_WORDS,
} from '../../lexicon/trade.ts';
import { firstIndex } from '../evidence/bisect.ts';
import type { FigureDraft } from './figures.ts';

/** What a trade figure counts, in its sentence's words. */
export interface TradeMeasureWords {
  measure: TradeMeasure;
  /** The trade words themselves: "two-way trade", "total goods trade", "exports". */
  counts: string;
  scope: (typeof TRADE_SCOPES)[number][1] | null;
  /** Where those words sit in the sentence. */
  at: [number, number];
}

export type MoneyKind = { trade: true; words: TradeMeasureWords } | { trade: false; notTrade: NotTrade; word: string };

const NOT_TRADE_OF = new Map(NOT_TRADE_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
const TRADE_CUES = new Set(TRADE_CUE_WORDS);
const SCOPE = alternation(TRADE_SCOPES.map(([words]) => words));
const WORD = `(?:${alternation(TRADE_WORDS)})`;
/** "total goods trade", "two-way trade", "trade in goods and services": a run of trade words with its scope and modifier. */
const MEASURE = new RegExp(
  String.raw`\b(?:(?:${alternation(BOTH_WAYS_WORDS)})\s+)?(?:(${SCOPE})\s+)?${WORD}(?:\s+${WORD})*(?:\s+in\s+(${SCOPE}))?\b`,
  'gi',
);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Where the phrase after a figure stops: punctuation that ends a clause. */
const CLAUSE_END = /[,;:()–—]|\s-\s|\.(?:\s|$)/;
/** The words that may open the phrase after a figure and tie it to the figure: "$3.8bn in exports", "$2tn of trade". */
const LINKS = /^\s*(?:worth\s+)?(?:in|of)\s+/i;
const MAX_PHRASE_WORDS = 4;

/** Each money figure of a sentence (in order) as trade, with what it counts, or as money of another kind. */
export function moneyKinds(sentence: string, money: FigureDraft[]): MoneyKind[] {
  const runs = [...sentence.matchAll(MEASURE)];
  return money.map((figure, i) => kindOf(sentence, runs, figure, money[i - 1], money[i + 1]));
}

function kindOf(
  sentence: string,
  runs: RegExpExecArray[],
  figure: FigureDraft,
  previous: FigureDraft | undefined,
  next: FigureDraft | undefined,
): MoneyKind {
  if (figure.qualifier && CEILING_QUALIFIERS.includes(figure.qualifier))
    return { trade: false, notTrade: 'pledge', word: figure.qualifier };
  const cue =
    headAfter(sentence, figure.end, next?.start ?? sentence.length) ??
    lastBefore(sentence, previous?.end ?? 0, figure.start);
  if (cue && !TRADE_CUES.has(cue.word)) return { trade: false, notTrade: NOT_TRADE_OF.get(cue.word)!, word: cue.word };
  return { trade: true, words: measureWords(runs, cue?.at ?? null, figure) };
}

interface Cue {
  word: string;
  at: number;
}

/** The words of sentence[from, to] as lower-case tokens with their offsets. */
const tokens = (sentence: string, from: number, to: number): Cue[] =>
  [...sentence.slice(from, to).matchAll(TOKEN)].map((m) => ({ word: m[0].toLowerCase(), at: from + m.index }));

const telling = (t: Cue) => TRADE_CUES.has(t.word) || NOT_TRADE_OF.has(t.word);

/** The head of the noun phrase right after the figure: its last telling word, before a function word or a clause's end. */
function headAfter(sentence: string, from: number, to: number): Cue | null {
  const rest = sentence.slice(from, to);
  const end = rest.search(CLAUSE_END);
  const phrase = end < 0 ? rest : rest.slice(0, end);
  const link = LINKS.exec(phrase)?.[0].length ?? 0;
  const words = tokens(sentence, from + link, from + phrase.length);
  const stop = words.findIndex((w) => PHRASE_ENDS.has(w.word));
  return (
    words
      .slice(0, Math.min(stop < 0 ? words.length : stop, MAX_PHRASE_WORDS))
      .filter(telling)
      .at(-1) ?? null
  );
}

/** The last telling word before the figure, back to the figure before it. */
const lastBefore = (sentence: string, from: number, to: number): Cue | null =>
  tokens(sentence, from, to).filter(telling).at(-1) ?? null;

/**
 * The run of trade words that holds the cue; with no cue beside the figure, the run nearest it
 * (the earlier on a tie). A sentence about trade has at least one.
 */
function measureWords(runs: RegExpExecArray[], at: number | null, figure: FigureDraft): TradeMeasureWords {
  const end = (m: RegExpExecArray) => m.index + m[0].length;
  const distance = (m: RegExpExecArray) => Math.max(m.index - figure.end, figure.start - end(m), 0);
  const holding = at === null ? undefined : runs[firstIndex(runs, (m) => end(m) > at)];
  const after = firstIndex(runs, (m) => m.index >= figure.start);
  const run =
    holding && holding.index <= at!
      ? holding
      : [runs[after - 1], runs[after]].filter((m) => m !== undefined).sort((a, b) => distance(a) - distance(b))[0];
  if (!run) return { measure: 'trade', counts: 'trade', scope: null, at: [figure.start, figure.end] };
  const said = (run[1] ?? run[2])?.toLowerCase();
  const words = run[0].toLowerCase().split(/\s+/);
  return {
    measure: measureOf(words),
    counts: words.join(' '),
    scope: TRADE_SCOPES.find(([w]) => w === said)?.[1] ?? null,
    at: [run.index, run.index + run[0].length],
  };
}

/** Exports and imports together, or a both-ways word, count both ways; one of them, one way. */
function measureOf(words: string[]): TradeMeasure {
  const exports = words.some((w) => EXPORT_WORDS.includes(w));
  const imports = words.some((w) => IMPORT_WORDS.includes(w));
  if (exports !== imports) return exports ? 'exports' : 'imports';
  return exports || words.some((w) => BOTH_WAYS_WORDS.includes(w)) ? 'two-way' : 'trade';
}
