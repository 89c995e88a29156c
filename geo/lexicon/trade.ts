// Words that tell a trade figure from other money in a sentence about trade, say what it
// counts (both ways, exports, imports), and point to a partner named in another sentence.
import type { NotTrade } from '../contract/vocabulary.ts';

/** Words that make trade words count both ways: "two-way trade", "total goods trade", "bilateral trade". */
export const BOTH_WAYS_WORDS: readonly string[] = ['two-way', 'bilateral', 'total', 'combined', 'overall'];

/** One-way trade words, by the way the goods go from the country that owns the word. */
export const EXPORT_WORDS: readonly string[] = ['export', 'exports', 'exported'];
export const IMPORT_WORDS: readonly string[] = ['import', 'imports', 'imported'];

/** Single trade words a figure may stand beside ("$3.8bn in exports", "goods trade totaled $25.9bn"). */
export const TRADE_CUE_WORDS: readonly string[] = ['trade', 'traded', 'commerce', ...EXPORT_WORDS, ...IMPORT_WORDS];

/**
 * Money that is not trade, by the word beside it: "a $600bn investment pledge", "a trade surplus
 * of $2bn", "a $96bn deal", "GDP of $2.3tn". The last such word or trade word of the noun phrase
 * decides, as English puts the head last: a "trade surplus" is a surplus.
 */
export const NOT_TRADE_WORDS: ReadonlyArray<readonly [NotTrade, readonly string[]]> = [
  ['pledge', ['pledge', 'pledges', 'pledged', 'commitment', 'commitments', 'committed', 'committing', 'promised']],
  ['investment', ['investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'fdi']],
  ['deal', ['deal', 'deals', 'agreement', 'agreements', 'accord', 'memorandum', 'mou']],
  ['contract', ['contract', 'contracts', 'tender']],
  ['sale', ['sale', 'sales']],
  ['order', ['order', 'orders', 'purchase', 'purchases']],
  ['aid', ['aid', 'assistance', 'grant', 'grants', 'donation', 'donations', 'relief']],
  ['package', ['package', 'packages']],
  ['fund', ['fund', 'funds', 'funding', 'budget', 'programme', 'program', 'project', 'projects', 'initiative']],
  ['compact', ['compact', 'compacts']],
  ['loan', ['loan', 'loans', 'credit', 'credits', 'lending', 'finance', 'financing']],
  ['debt', ['debt', 'debts']],
  ['balance', ['surplus', 'surpluses', 'deficit', 'deficits', 'balance', 'imbalance']],
  ['output', ['gdp', 'economy', 'economies', 'output']],
];

/** Qualifiers that make a figure a ceiling, which a pledge has and a trade statistic does not: "up to $500m in exports". */
export const CEILING_QUALIFIERS: readonly string[] = ['up to'];

/**
 * Words that point to a place named in another sentence of the paragraph: "$2tn of two-way trade
 * here … America's connection to the Indo-Pacific". "Region" words point to a region only.
 */
export const PLACE_DEIXIS: ReadonlyArray<readonly [words: string, regionOnly: boolean]> = [
  ['here', false],
  ['the region', true],
  ['this region', true],
];

/**
 * Function words that end the noun phrase after a figure ("$2bn trade surplus with Qatar"):
 * prepositions, conjunctions, relatives, articles and auxiliaries.
 */
export const PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...['about', 'across', 'after', 'against', 'among', 'around', 'at', 'before', 'between', 'by', 'during'],
  ...['for', 'from', 'in', 'into', 'like', 'of', 'on', 'over', 'per', 'since', 'than', 'through', 'to'],
  ...['toward', 'towards', 'under', 'until', 'up', 'via', 'with', 'within', 'without'],
  ...['and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'although', 'because', 'if', 'as'],
  ...['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'a', 'an', 'the', 'this', 'these', 'its'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did'],
  ...['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'],
]);
