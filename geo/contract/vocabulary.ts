// The closed word lists of the contract: reading the inputs and writing the outputs use
// the same ones. Plain values, no validator, so any module can import them.

/** What a place is, in the gazetteer and on the map. */
export const PLACE_KINDS = ['country', 'city', 'admin1', 'admin2', 'landmark', 'region', 'sea'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Why a place is on the map; the app styles and filters by it. */
export const PLACE_ROLES = ['stop', 'site', 'partner', 'mentioned'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/**
 * Whether a sentence states a mark (a stop, a leg, a place's role), the pipeline inferred it
 * (an origin taken from the traveller's home): an inferred mark is drawn apart and says why; or
 * the editor set it (data/corrections.json), which the mark says with the editor's reason.
 */
export const BASES = ['stated', 'inferred', 'editor'] as const;
export type Basis = (typeof BASES)[number];

/** ISO 4217 codes of the currencies a figure can be read in. */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'RUB',
  'JPY',
  'VND',
  'INR',
  'AUD',
  'CAD',
  'NZD',
  'HKD',
  'SGD',
] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Parts of a day an article gives instead of a clock time: "early Thursday" and "in the early
 * hours" are `early` (before dawn), "Sunday night" is `night`.
 */
export const DAY_PARTS = ['early', 'morning', 'afternoon', 'evening', 'night'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/**
 * What a trade figure counts, as its sentence says: trade both ways ("two-way trade", "total
 * trade"), one way ("exports", "imports"), or `trade` where the words do not say which.
 */
export const TRADE_MEASURES = ['two-way', 'trade', 'exports', 'imports'] as const;
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** Which way the goods of a one-way figure go: to the `partner` (the reporter's exports) or to the `reporter`. */
export const TRADE_DESTINATIONS = ['partner', 'reporter'] as const;
export type TradeDestination = (typeof TRADE_DESTINATIONS)[number];

/**
 * Money in a sentence about trade that is not trade, by what the words beside it call it: an
 * investment pledge, a deal's or a contract's value, a trade surplus (`balance`), a GDP (`output`)…
 */
export const NOT_TRADE = [
  'pledge',
  'investment',
  'deal',
  'contract',
  'sale',
  'order',
  'aid',
  'package',
  'fund',
  'compact',
  'loan',
  'debt',
  'balance',
  'output',
] as const;
export type NotTrade = (typeof NOT_TRADE)[number];
