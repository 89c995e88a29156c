// Extract figures: money with currency, scale and year ("$4.2bn in 2021"), shares
// ("more than 80%") and counts ("nine memorandums", "around a dozen agreements").
import { COUNTED_NOUNS, NON_MONEY_UNITS, NUMBER_WORDS, QUALIFIERS } from '../../lexicon/figures.ts';
import {
  AMOUNT_SCALES,
  CURRENCIES,
  CURRENCY_CODES,
  LABEL_SCALES,
  SCALES,
  SPELLED_SCALES,
} from '../../lexicon/money.ts';
import { alternation, classSymbols } from '../../lexicon/pattern.ts';
import { PHRASE_ENDS } from '../../lexicon/trade.ts';
import type { Currency } from '../../contract/vocabulary.ts';

export interface FigureDraft {
  kind: 'money' | 'share' | 'count';
  value: number;
  qualifier: string | null;
  unit: string | null;
  currency: Currency | null;
  year: number | null;
  text: string;
  /** Span within the sentence. */
  start: number;
  end: number;
}

const QUALIFIER = String.raw`(?:(${alternation(QUALIFIERS)})\s+)?`;
const SCALE = `(${alternation(Object.keys(SCALES))})?`;
const SIGNS = new Map<string, Currency>([
  ...CURRENCIES.flatMap(({ code, signs }) => signs.map((sign) => [sign, code] as const)),
  ...CURRENCY_CODES.map((code) => [code, code] as const),
]);
/** Signs before codes, longer signs first: "US$" is not "$" after a "US". */
const CURRENCY_SIGN = `(${alternation(CURRENCIES.flatMap((c) => c.signs).sort((a, b) => b.length - a.length))}|${CURRENCY_CODES.map((c) => `${c} ?`).join('|')})`;
const WORD_CURRENCY = new Map(
  CURRENCIES.flatMap(({ code, words }) => words.map((word) => [word.toLowerCase(), code] as const)),
);
const CURRENCY_WORD = alternation([...WORD_CURRENCY.keys()]);
/** The symbols of the currency signs, for a character class: "$€£¥". */
const SIGN_SYMBOLS = classSymbols(CURRENCIES.flatMap((c) => c.signs));
const SIGN = new RegExp(`[${SIGN_SYMBOLS}]`);
const MONEY = new RegExp(
  String.raw`${QUALIFIER}${CURRENCY_SIGN}(\d+(?:,\d{3})*(?:\.\d+)?)(?:[ -]?${SCALE})(?![\w%])`,
  'gi',
);
const MONEY_WORDS = new RegExp(
  String.raw`${QUALIFIER}(\d+(?:\.\d+)?) (${alternation(SPELLED_SCALES)}) (${CURRENCY_WORD})\b`,
  'gi',
);
const SHARE = new RegExp(String.raw`${QUALIFIER}(\d+(?:\.\d+)?) ?(%|per ?cent\b|percent\b)`, 'gi');
const COUNT = new RegExp(
  String.raw`${QUALIFIER}\b(\d{1,4}|${alternation(Object.keys(NUMBER_WORDS))})\b((?: [\w-]+){0,4}?) (${alternation(COUNTED_NOUNS)})\b`,
  'gi',
);
/** An amount with a scale but no currency: "trade stood at 4.2bn". */
const BARE_AMOUNT = new RegExp(
  String.raw`(?<![${SIGN_SYMBOLS}\w.,])(\d+(?:\.\d+)?) ?(${alternation(AMOUNT_SCALES)})\b(?! (?:${alternation([...NON_MONEY_UNITS, ...WORD_CURRENCY.keys()])}))`,
  'gi',
);

/** Most sentences hold no figure: a cheap test spares them the four patterns below. */
const MAY_HOLD_FIGURE = new RegExp(
  String.raw`[\d${SIGN_SYMBOLS}]|\b(?:${alternation(Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ')))})\b`,
  'i',
);

/**
 * The figures of a sentence in order, at most `limit` of them: the first `limit` of each kind
 * hold the first `limit` of all, so no pattern runs on past them (40 KB of "$1" is 20,000).
 */
export function extractFigures(sentence: string, limit = Infinity): FigureDraft[] {
  if (!MAY_HOLD_FIGURE.test(sentence)) return [];
  const figures: FigureDraft[] = [];
  const full = (from: number) => figures.length - from >= limit;
  let sentenceYear: number | null | undefined;
  const year = (from: number) =>
    yearAfter(sentence, from) ?? (sentenceYear === undefined ? (sentenceYear = yearIn(sentence)) : sentenceYear);
  for (const m of sentence.matchAll(MONEY)) {
    if (full(0)) break;
    const [, qualifier, sign, digits, scale] = m;
    const value = Number(digits!.replace(/,/g, '')) * (SCALES[(scale ?? '').toLowerCase()] ?? 1);
    figures.push(
      draft(
        'money',
        m,
        value,
        qualifier,
        scale ?? null,
        SIGNS.get(sign!.trim().toUpperCase()) ?? SIGNS.get(sign!.trim()) ?? null,
        year(m.index + m[0].length),
      ),
    );
  }
  const moneyWordsFrom = figures.length;
  for (const m of sentence.matchAll(MONEY_WORDS)) {
    if (full(moneyWordsFrom)) break;
    const [, qualifier, digits, scale, word] = m;
    figures.push(
      draft(
        'money',
        m,
        Number(digits) * SCALES[scale!.toLowerCase()]!,
        qualifier,
        scale!,
        WORD_CURRENCY.get(word!.toLowerCase()) ?? null,
        year(m.index + m[0].length),
      ),
    );
  }
  const sharesFrom = figures.length;
  for (const m of sentence.matchAll(SHARE)) {
    if (full(sharesFrom)) break;
    figures.push(draft('share', m, Number(m[2]), m[1], '%', null, null));
  }
  const countsFrom = figures.length;
  for (const m of sentence.matchAll(COUNT)) {
    if (full(countsFrom)) break;
    const word = m[2]!.toLowerCase();
    const value = NUMBER_WORDS[word] ?? Number(word);
    const noun = m[4]!.toLowerCase();
    if (/^(19|20)\d\d$/.test(word) && m[3] === '') continue;
    figures.push(draft('count', m, value, m[1], noun, null, null));
  }
  return figures.sort((a, b) => a.start - b.start).slice(0, limit);
}

/**
 * A money figure as a flow label, with the sign the articles write and up to three significant
 * digits, as precise as the texts write trade: 5.64e9 USD → "$5.64bn", 1.8e9 → "$1.8bn", 240e9 →
 * "$240bn", 4e12 XYZ → "XYZ 4tn".
 */
export function moneyLabel(value: number, currency: string): string {
  const [factor, unit] = LABEL_SCALES.find(([least]) => value >= least) ?? [1, ''];
  const scaled = value / factor;
  const digits = scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
  return `${LABEL_SIGNS.get(currency) ?? `${currency} `}${Number(scaled.toFixed(digits))}${unit}`;
}

const LABEL_SIGNS = new Map(CURRENCIES.filter((c) => c.signs.length > 0).map((c) => [c.code as string, c.signs[0]!]));

/**
 * Amounts with a scale but no currency, which would otherwise be guessed at; not a count of
 * something ("4 million American jobs", "400 million people"), which is no money at all.
 */
export function bareAmounts(sentence: string): string[] {
  return [...sentence.matchAll(BARE_AMOUNT)]
    .filter((m) => !countsSomething(sentence.slice(m.index + m[0].length)))
    .map((m) => m[0]);
}

/** The words after an amount name what it counts: a plural noun, after at most one word that is no function word. */
function countsSomething(after: string): boolean {
  const [, first, second] = /^ ([\p{L}'’-]+)(?: ([\p{L}'’-]+))?/u.exec(after) ?? [];
  if (!first) return false;
  const counted = (word: string) =>
    NON_MONEY_UNITS.includes(word.toLowerCase()) ||
    (/^\p{L}{2,}[^su'’]s$/u.test(word) && !PHRASE_ENDS.has(word.toLowerCase()));
  return counted(first) || (!PHRASE_ENDS.has(first.toLowerCase()) && second !== undefined && counted(second));
}

function draft(
  kind: FigureDraft['kind'],
  m: RegExpMatchArray,
  value: number,
  qualifier: string | undefined,
  unit: string | null,
  currency: Currency | null,
  year: number | null,
): FigureDraft {
  const start = m.index! + (qualifier ? m[0].indexOf(qualifier) : 0);
  return {
    kind,
    value,
    qualifier: qualifier?.toLowerCase() ?? null,
    unit: unit?.toLowerCase() ?? null,
    currency,
    year,
    text: m[0].trim(),
    start,
    end: m.index! + m[0].length,
  };
}

/** "in 2022" right after a figure (before the next figure) gives its year. */
function yearAfter(sentence: string, from: number): number | null {
  const rest = sentence.slice(from, from + 30).split(SIGN)[0]!;
  const m = /^\s*(?:in|for|during|of)\s+((?:19|20)\d\d)\b/.exec(rest);
  return m ? Number(m[1]) : null;
}

/** Otherwise the sentence's own year: "$41bn … far less than" compares within one year. */
function yearIn(sentence: string): number | null {
  const years = [
    ...sentence.matchAll(/\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?!\s*(?:and|-|–|to)\s*(?:19|20)\d\d)/gi),
  ].map((m) => Number(m[1]));
  return new Set(years).size === 1 ? years[0]! : null;
}
