// Extract figures: money with currency, scale and year ("$3.5bn in 2022"), shares
// ("more than 80%") and counts ("11 memorandums", "around a dozen agreements").
import type { Currency } from '../contract/vocabulary.ts';

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

const QUALIFIER = String.raw`(?:(just|only|more than|less than|fewer than|over|under|about|around|nearly|almost|some|roughly|approximately|up to|a total of|barely)\s+)?`;
const SCALE = String.raw`(bn|billion|b|mn|million|m|trillion|tn|thousand|k)?`;
const CURRENCY_SIGN = String.raw`(US\$|A\$|AU\$|NZ\$|C\$|CA\$|HK\$|S\$|\$|€|£|¥|USD ?|EUR ?|GBP ?|CNY ?|RUB ?|JPY ?|VND ?)`;
const MONEY = new RegExp(String.raw`${QUALIFIER}${CURRENCY_SIGN}(\d+(?:,\d{3})*(?:\.\d+)?)(?: ?${SCALE})(?![\w%])`, 'gi');
const MONEY_WORDS = new RegExp(String.raw`${QUALIFIER}(\d+(?:\.\d+)?) (billion|million|trillion) (dollars|euros|pounds|yuan|roubles|rubles|dong|yen)\b`, 'gi');
const SHARE = new RegExp(String.raw`${QUALIFIER}(\d+(?:\.\d+)?) ?(%|per ?cent\b|percent\b)`, 'gi');
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  dozen: 12, 'a dozen': 12, 'two dozen': 24, 'several dozen': 36,
};
const COUNTED = 'memorandums|memoranda|agreements|deals|documents|contracts|treaties|accords|pacts|projects|declarations|mous';
const COUNT = new RegExp(String.raw`${QUALIFIER}\b(\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})\b((?: [\w-]+){0,4}?) (${COUNTED})\b`, 'gi');
/** An amount with a scale but no currency: "trade stood at 3.5bn". */
const BARE_AMOUNT = /(?<![$€£¥\w.,])(\d+(?:\.\d+)?) ?(bn|billion|trillion|mn|million)\b(?! (?:people|tons|tonnes|barrels|doses|users|residents|visitors|tourists|dollars|euros|pounds|yuan|roubles|rubles|dong|yen))/gi;

const SIGNS: Record<string, Currency> = { $: 'USD', US$: 'USD', USD: 'USD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', C$: 'CAD', CA$: 'CAD',
  HK$: 'HKD', S$: 'SGD', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', CNY: 'CNY', RUB: 'RUB', VND: 'VND' };
const WORD_CURRENCY: Record<string, Currency> = { dollars: 'USD', euros: 'EUR', pounds: 'GBP', yuan: 'CNY', roubles: 'RUB', rubles: 'RUB', dong: 'VND', yen: 'JPY' };
const SCALES: Record<string, number> = { b: 1e9, bn: 1e9, billion: 1e9, m: 1e6, mn: 1e6, million: 1e6, trillion: 1e12, tn: 1e12, thousand: 1e3, k: 1e3 };

/** Most sentences hold no figure: a cheap test spares them the four patterns below. */
const MAY_HOLD_FIGURE = /[\d$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozen)\b/i;

export function extractFigures(sentence: string): FigureDraft[] {
  if (!MAY_HOLD_FIGURE.test(sentence)) return [];
  const figures: FigureDraft[] = [];
  let sentenceYear: number | null | undefined;
  const year = (from: number) => yearAfter(sentence, from) ?? (sentenceYear === undefined ? (sentenceYear = yearIn(sentence)) : sentenceYear);
  for (const m of sentence.matchAll(MONEY)) {
    const [, qualifier, sign, digits, scale] = m;
    const value = Number(digits!.replace(/,/g, '')) * (SCALES[(scale ?? '').toLowerCase()] ?? 1);
    figures.push(draft('money', m, value, qualifier, scale ?? null, SIGNS[sign!.trim().toUpperCase()] ?? SIGNS[sign!.trim()] ?? null, year(m.index + m[0].length)));
  }
  for (const m of sentence.matchAll(MONEY_WORDS)) {
    const [, qualifier, digits, scale, word] = m;
    figures.push(draft('money', m, Number(digits) * SCALES[scale!.toLowerCase()]!, qualifier, scale!, WORD_CURRENCY[word!.toLowerCase()] ?? null, year(m.index + m[0].length)));
  }
  for (const m of sentence.matchAll(SHARE)) figures.push(draft('share', m, Number(m[2]), m[1], '%', null, null));
  for (const m of sentence.matchAll(COUNT)) {
    const word = m[2]!.toLowerCase();
    const value = NUMBER_WORDS[word] ?? Number(word);
    const noun = m[4]!.toLowerCase();
    if (/^(19|20)\d\d$/.test(word) && m[3] === '') continue;
    figures.push(draft('count', m, value, m[1], noun, null, null));
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** Amounts with a scale but no currency, which would otherwise be guessed at. */
export function bareAmounts(sentence: string): string[] {
  return [...sentence.matchAll(BARE_AMOUNT)].map((m) => m[0]);
}

function draft(kind: FigureDraft['kind'], m: RegExpMatchArray, value: number, qualifier: string | undefined, unit: string | null,
  currency: Currency | null, year: number | null): FigureDraft {
  const start = m.index! + (qualifier ? m[0].indexOf(qualifier) : 0);
  return { kind, value, qualifier: qualifier?.toLowerCase() ?? null, unit: unit?.toLowerCase() ?? null, currency, year,
    text: m[0].trim(), start, end: m.index! + m[0].length };
}

/** "in 2022" right after a figure (before the next figure) gives its year. */
function yearAfter(sentence: string, from: number): number | null {
  const rest = sentence.slice(from, from + 30).split(/[$€£¥]/)[0]!;
  const m = /^\s*(?:in|for|during|of)\s+((?:19|20)\d\d)\b/.exec(rest);
  return m ? Number(m[1]) : null;
}

/** Otherwise the sentence's own year: "$175bn … far less than" compares within one year. */
function yearIn(sentence: string): number | null {
  const years = [...sentence.matchAll(/\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?!\s*(?:and|-|–|to)\s*(?:19|20)\d\d)/g)].map((m) => Number(m[1]));
  return new Set(years).size === 1 ? years[0]! : null;
}
