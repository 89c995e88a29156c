// Words that tell a story's movements and its trade.

/** Verbs and phrases of a journey's motion: "arrived in", "flew to", "en route to". */
export const MOVE_VERBS: readonly string[] = [
  'arrived',
  'arrives',
  'arriving',
  'landed',
  'lands',
  'touched down',
  'reached',
  'flew',
  'flown',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'went',
  'came',
  'headed',
  'heading',
  'brought him',
  'brought her',
  'brought them',
  'bound',
  'en route',
  'returned',
];

/** Words that make a sentence's money a trade figure. */
export const TRADE_WORDS: readonly string[] = [
  'trade',
  'trading',
  'export',
  'exports',
  'import',
  'imports',
  'two-way',
  'bilateral commerce',
];

/**
 * What a trade figure counts, as a sentence may say it ("goods trade", "trade in goods and
 * services"), longest first so "goods and services" is not read as "goods".
 */
export const TRADE_SCOPES: ReadonlyArray<readonly [words: string, scope: 'goods' | 'services' | 'goods and services']> =
  [
    ['goods and services', 'goods and services'],
    ['merchandise', 'goods'],
    ['goods', 'goods'],
    ['services', 'services'],
  ];
