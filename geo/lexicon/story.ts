// Words that tell a story's movements and its trade.

/** Verbs and phrases of a journey's motion: "arrived in", "flew to", "en route to". */
export const MOVE_VERBS: readonly string[] = [
  'arrived',
  'arrive',
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
  'travel to',
  'travels to',
  'fly to',
  'flies to',
  'flying to',
  'head to',
  'heads to',
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
  'return to',
  'returns to',
  'returning to',
  'head back to',
  'heads back to',
  'headed back to',
  'heading back to',
  'fly back to',
  'flies back to',
  'flew back to',
  'went back to',
  'continue to',
  'continues to',
  'continued to',
  'proceed to',
  'proceeds to',
  'proceeded to',
  'moves to',
  'moved to',
  'due back',
  'expected back',
];

/**
 * Words that may stand between a verb of motion and its "to": "travels on to India", "heads next
 * to Thailand", "flies from there to Bangkok".
 */
export const ONWARD_WORDS: readonly string[] = [
  'on',
  'onward',
  'onwards',
  'next',
  'straight',
  'directly',
  'later',
  'then',
  'in turn',
  'from there',
  'home',
  'back home',
];

/**
 * Verbs of a plan undone, before the place: "postponed a planned visit to Pakistan", "skipped
 * Singapore", "called off his trip to Lomé" (after the place, see the cues' CALLED_OFF).
 */
export const UNDONE_VERBS: readonly string[] = [
  'postpone',
  'postpones',
  'postponed',
  'postponing',
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'cancelling',
  'canceling',
  'called off',
  'calls off',
  'call off',
  'calling off',
  'scrapped',
  'scraps',
  'scrap',
  'shelved',
  'shelves',
  'put off',
  'puts off',
  'abandoned',
  'skipped',
  'skips',
  'skip',
  'skipping',
];

/**
 * Verbs of what a leader does on a visit, before "in X": "met President Mensah in Ghana", "held
 * talks with the King in Bahrain". Verbs only: "the Quad meeting in Tokyo" is an event, not the
 * traveller there; not "signed": a treaty is named for where it was signed ("signed in Paris").
 */
export const VISIT_DEEDS: readonly string[] = [
  'met',
  'meets',
  'meeting with',
  'held talks',
  'holds talks',
  'holding talks',
  'addressed',
  'addresses',
  'toured',
  'tours',
  'inaugurated',
  'laid a wreath',
  'was received',
  'were received',
  'was welcomed',
  'was greeted',
  'was hosted',
  'were hosted',
  'attend',
  'attends',
  'attended',
  'attending',
];

/** Words that make a sentence's money a trade figure. */
export const TRADE_WORDS: readonly string[] = [
  'trade',
  'trading',
  'export',
  'exports',
  'exported',
  'import',
  'imports',
  'imported',
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

/** Verbs of a signing: "signed nine agreements", "the agreements signed in Canberra", "inked". */
export const SIGNING_VERBS: readonly string[] = ['signed', 'sign', 'signs', 'signing', 'inked'];

/**
 * Words that open a new clause, so a day or an event word beyond them speaks of something
 * else ("talks at Parliament House and on Friday laid a wreath"). A comma alone does not:
 * "Later on Thursday, she was at Parliament House" dates the visit.
 */
export const CLAUSE_BREAKS: readonly string[] = [
  'and',
  'but',
  'then',
  'while',
  'whereas',
  'before',
  'after',
  'followed by',
  'where',
  'when',
];

/**
 * What the traveller did at a site, by kind: sentences that date a site on different days but
 * tell of different kinds (talks one day, an address the next) tell of two visits.
 */
export const VISIT_EVENTS: ReadonlyArray<readonly [kind: string, words: readonly string[]]> = [
  ['arrival', ['arrived', 'arrives', 'landed', 'touched down', 'greeted', 'welcomed', 'honour guard', 'honor guard']],
  ['departure', ['left', 'departed', 'leaving', 'flew home', 'farewelled', 'saw off']],
  ['talks', ['talks', 'held talks', 'met', 'meeting', 'meetings', 'summit', 'negotiations']],
  ['address', ['addressed', 'address', 'speech', 'spoke', 'lawmakers', 'legislators', 'chamber', 'lecture']],
  ['wreath', ['wreath', 'wreaths', 'laid flowers', 'paid tribute', 'paid respects']],
  ['meal', ['dinner', 'banquet', 'lunch', 'luncheon', 'breakfast', 'reception']],
  ['tour', ['toured', 'tour of', 'visited the galleries', 'walked through']],
  ['signing', SIGNING_VERBS],
  ['press', ['press conference', 'news conference', 'told reporters', 'briefed reporters']],
];
