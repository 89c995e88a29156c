// How English news writes money: currency signs and words, and scales. Read by the figure
// finder, written back by the flow labels, so "$4.2bn" in an article is "$4.2bn" on the map.
import type { Currency } from '../contract/vocabulary.ts';

/**
 * Each currency with the signs written before an amount (the first is the one a label
 * writes; codes such as "USD" may stand before the amount too) and the words after it
 * ("21.5 billion Australian dollars"; a plain "dollars" is read as US dollars).
 */
export const CURRENCIES: ReadonlyArray<{ code: Currency; signs: readonly string[]; words: readonly string[] }> = [
  { code: 'USD', signs: ['$', 'US$'], words: ['dollars', 'dollar', 'US dollars', 'U.S. dollars', 'American dollars'] },
  { code: 'AUD', signs: ['A$', 'AU$'], words: ['Australian dollars'] },
  { code: 'NZD', signs: ['NZ$'], words: ['New Zealand dollars'] },
  { code: 'CAD', signs: ['C$', 'CA$'], words: ['Canadian dollars'] },
  { code: 'HKD', signs: ['HK$'], words: ['Hong Kong dollars'] },
  { code: 'SGD', signs: ['S$'], words: ['Singapore dollars'] },
  { code: 'EUR', signs: ['€'], words: ['euros'] },
  { code: 'GBP', signs: ['£'], words: ['pounds'] },
  { code: 'JPY', signs: ['¥'], words: ['yen'] },
  { code: 'CNY', signs: [], words: ['yuan'] },
  { code: 'RUB', signs: [], words: ['roubles', 'rubles'] },
  { code: 'VND', signs: [], words: ['dong'] },
];

/** Codes written before an amount: "USD 5bn", "VND 120 trillion". */
export const CURRENCY_CODES: readonly Currency[] = ['USD', 'EUR', 'GBP', 'CNY', 'RUB', 'JPY', 'VND'];

/** Scale words after an amount and what they multiply it by, as written: "4.2bn", "4.2 billion", "$4m". */
export const SCALES: Readonly<Record<string, number>> = {
  bn: 1e9,
  billion: 1e9,
  b: 1e9,
  mn: 1e6,
  million: 1e6,
  m: 1e6,
  trillion: 1e12,
  tn: 1e12,
  thousand: 1e3,
  k: 1e3,
};

/** Scales spelled out before a currency word: "3 billion dollars". */
export const SPELLED_SCALES: readonly string[] = ['billion', 'million', 'trillion'];

/** Scales that mark an amount even with no currency beside it; not "m" (metres), "tn" (tonnes) or "k". */
export const AMOUNT_SCALES: readonly string[] = ['bn', 'billion', 'trillion', 'mn', 'million'];

/** How a label writes a scale, largest first; below a million the amount is written whole. */
export const LABEL_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
];
