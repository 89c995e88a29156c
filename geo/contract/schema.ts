// The shape of every file the pipeline writes: each is validated against these schemas on
// the way out, and the app imports only the inferred types (`import type`, so zod stays out
// of its bundle) and never guesses a property name.
import { z } from 'zod';
import {
  BASES,
  CURRENCIES,
  DAY_PARTS,
  NOT_TRADE,
  PLACE_KINDS,
  PLACE_ROLES,
  TRADE_DESTINATIONS,
  TRADE_MEASURES,
} from './vocabulary.ts';

export type {
  Basis,
  Currency,
  DayPart,
  NotTrade,
  PlaceKind,
  PlaceRole,
  TradeDestination,
  TradeMeasure,
} from './vocabulary.ts';
const PlaceKind = z.enum(PLACE_KINDS);
const PlaceRole = z.enum(PLACE_ROLES);
const Currency = z.enum(CURRENCIES);
const Basis = z.enum(BASES);
const TradeMeasure = z.enum(TRADE_MEASURES);
const TradeScope = z.enum(['goods', 'services', 'goods and services']);
/** Why an inferred mark is there, in words for the reader; null when a sentence states it. */
const Why = z.string().min(1).nullable();

/**
 * One correction of the editor's that changed a mark (data/corrections.json): the change in
 * words ("placed by the editor"), the editor's reason and the day. A mark with any is `basis: "editor"`.
 */
export const EditorNote = z.object({ change: z.string().min(1), reason: z.string().min(1), date: z.string() });
export type EditorNote = z.infer<typeof EditorNote>;
/** Present only on a mark the editor corrected: its basis is then "editor", and these say why. */
const Editor = { editor: z.array(EditorNote).min(1).optional() };
/** For marks that otherwise carry no basis (sites, flows, figures): "editor" where the editor corrected one. */
const EditorBasis = { basis: z.literal('editor').optional(), ...Editor };

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Position = z.tuple([Lon, Lat]);
const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });

const feature = <G extends z.ZodTypeAny, P extends z.ZodTypeAny>(geometry: G, properties: P) =>
  z.object({ type: z.literal('Feature'), id: z.string(), geometry, properties });

export const ArticleMeta = z.object({
  id: z.string(),
  file: z.string(),
  outlet: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  /** The news agency whose copy the outlet ran, where the front matter says so (`agency: AFP`). */
  agency: z.string().optional(),
  /** The language the article was translated from, where the front matter says so (`translated_from: de`). */
  translatedFrom: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** One sentence of one article that names a place. Offsets are UTF-16 units into the article body. */
export const Excerpt = z.object({
  article: z.string(),
  /** The sentence; one over 400 characters is quoted as a word-bounded part around the name, with “…” at each cut. */
  sentence: z.string(),
  /** Where the place's name sits inside `sentence`. */
  highlight: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** The mention's span in the article body, as written in the file. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  text: z.string(),
  metonym: z.boolean(),
  caption: z.boolean(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});
export type Excerpt = z.infer<typeof Excerpt>;

/** A sentence that supports a leg, a site visit or a figure. */
export const Evidence = z.object({
  article: z.string(),
  /** The sentence; one over 400 characters is quoted as a word-bounded part around what it supports, with “…” at each cut. */
  sentence: z.string(),
  /** The part of the sentence quoted, as a span of the article body. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});
export type Evidence = z.infer<typeof Evidence>;

/** A date the articles give for an arrival or a visit, with who says so; outlets can disagree. */
export const DateClaim = z.object({
  date: z.string(),
  articles: z.array(z.string()).min(1),
  /** The sentences that give this date, one or more per article in `articles`, so a reader can check each. */
  evidence: z.array(Evidence).optional(),
});
export type DateClaim = z.infer<typeof DateClaim>;

/**
 * A time of day the articles give for an arrival or a site visit, with who says so: a clock
 * time (`time`, the place's wall clock, "02:00") or, when none is written, a part of the day
 * (`part`, "early" for "early Thursday"). `date` is the day it falls on, read against the
 * article's own date. Outlets can disagree.
 */
export const TimeClaim = z.object({
  date: z.string(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  part: z.enum(DAY_PARTS).nullable(),
  articles: z.array(z.string()).min(1),
});
export type TimeClaim = z.infer<typeof TimeClaim>;

/**
 * A site no gazetteer places: drawn at its city's point (hollow on the map), with why in words;
 * both absent for a place whose point is its own.
 */
const Approximate = z.object({
  approximate: z.literal(true).optional(),
  approximateWhy: z.string().min(1).optional(),
});

export const PlaceProperties = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKind,
  role: PlaceRole,
  country: z.string().nullable(),
  /** 0 only for a stop no article names (an origin inferred from the traveller's home, a capital for its country). */
  mentionCount: z.number().int().nonnegative(),
  outletCount: z.number().int().nonnegative(),
  excerpts: z.array(Excerpt),
  /** Whether a sentence puts the place in its role (a stop the traveller reached), or it was inferred. */
  basis: Basis,
  why: Why,
  /** For a stop, the dates given for arriving there; for a site, for visiting it. Absent for other places. */
  dateClaims: z.array(DateClaim).optional(),
  /** True when the outlets give different dates in `dateClaims` (for a site, unless its sentences tell of a visit on each): the map badges the mark. */
  datesDiffer: z.boolean().optional(),
  /** For the route's first stop, the arrival date the editor set (no leg arrives there to carry it); absent otherwise. */
  arrive: z.iso.date().optional(),
  /** For a site, the order of the visits as the text gives them, from 1; absent for other places. */
  order: z.number().int().positive().optional(),
  /** For a site, when in the day it was visited, where the text says; absent for other places. */
  timeClaims: z.array(TimeClaim).optional(),
  /** For a site, the sentences that put the traveller there; absent for other places. */
  evidence: z.array(Evidence).optional(),
  /** The place's GeoNames id (cities) or Wikidata id (curated places), where the gazetteer has one. */
  geonames: z.number().int().positive().optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /** Where a curated place's coordinates come from, as the curated gazetteer records it. */
  coordSource: z.string().optional(),
  ...Approximate.shape,
  ...Editor,
});
export type PlaceProperties = z.infer<typeof PlaceProperties>;

export const PlaceFeature = feature(PointGeometry, PlaceProperties);
export type PlaceFeature = z.infer<typeof PlaceFeature>;

const LineGeometry = z.union([
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) }),
]);

export const RouteLegProperties = z.object({
  id: z.string(),
  order: z.number().int().positive(),
  from: z.string(),
  to: z.string(),
  fromName: z.string(),
  toName: z.string(),
  /** The date most articles give for arriving at `to`, from sentences about that arrival; null when none does. */
  date: z.string().nullable(),
  dateClaims: z.array(DateClaim),
  /** When in the day the traveller arrived, where the text says; absent in data built before times were read. */
  timeClaims: z.array(TimeClaim).optional(),
  /** Halfway along the leg, for its one label. */
  labelAt: Position,
  evidence: z.array(Evidence),
  /** Inferred when no sentence states one of its ends (an origin taken from the traveller's home). */
  basis: Basis,
  why: Why,
  ...Editor,
});
export type RouteLegProperties = z.infer<typeof RouteLegProperties>;

export const RouteLegFeature = feature(LineGeometry, RouteLegProperties);
export type RouteLegFeature = z.infer<typeof RouteLegFeature>;

export const SiteProperties = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKind,
  city: z.string(),
  /** The order of the visits as the text gives them, from 1; absent in data built before it was written. */
  order: z.number().int().positive().optional(),
  dateClaims: z.array(DateClaim),
  /** When in the day, where the text says; absent in data built before times were read. */
  timeClaims: z.array(TimeClaim).optional(),
  evidence: z.array(Evidence),
  ...Approximate.shape,
  ...EditorBasis,
});
export type SiteProperties = z.infer<typeof SiteProperties>;

export const SiteFeature = feature(PointGeometry, SiteProperties);
export type SiteFeature = z.infer<typeof SiteFeature>;

/** One trade figure the texts give for a partner: the line draws the first, the flow panel lists them all. */
export const FlowFigure = z.object({
  /** Trade both ways, exports, imports, or `trade` where the sentence does not say which. */
  measure: TradeMeasure,
  /** For exports or imports, where the goods go: to the `partner` or to the `reporter`; null otherwise. */
  goesTo: z.enum(TRADE_DESTINATIONS).nullable(),
  value: z.number().positive(),
  currency: Currency,
  valueUsd: z.number().positive().nullable(),
  year: z.number().int().nullable(),
  /** "nearly", "an estimated" … as written; null when the figure is exact. */
  qualifier: z.string().nullable(),
  label: z.string(),
  /** The sentence's trade words for it: "two-way trade", "total goods trade", "exports". */
  counts: z.string(),
  scope: TradeScope.nullable(),
  /** Every sentence that gives this figure, the first one first. */
  evidence: z.array(Evidence).min(1),
  ...EditorBasis,
});
export type FlowFigure = z.infer<typeof FlowFigure>;

export const FlowProperties = z.object({
  id: z.string(),
  /** The settings' reporting country and its trade partner (a country, or a region such as the Indo-Pacific), as place ids. */
  reporter: z.string(),
  reporterName: z.string(),
  partner: z.string(),
  partnerName: z.string(),
  partnerKind: z.enum(['country', 'region']),
  /** The figure the line draws (figures[0]): its value, currency, year, label, measure and sentence. */
  value: z.number().positive(),
  currency: Currency,
  valueUsd: z.number().positive().nullable(),
  year: z.number().int().nullable(),
  label: z.string(),
  /** What the figure counts, in the sentence's words nearest it: "trade", "two-way trade", "exports". */
  counts: z.string(),
  /** Goods, services or both, where the sentence says so; null when it does not. */
  scope: TradeScope.nullable(),
  measure: TradeMeasure,
  goesTo: z.enum(TRADE_DESTINATIONS).nullable(),
  /** Every trade figure the texts give for this partner: the one drawn first, then exports, imports… in text order. */
  figures: z.array(FlowFigure).min(1),
  /**
   * One label per flow, even when the line is split at ±180°: halfway along the arc, or, where
   * the arc bulges towards a pole, the first point towards the partner back near the ends' latitudes.
   */
  labelAt: Position,
  evidence: Evidence,
  ...EditorBasis,
});
export type FlowProperties = z.infer<typeof FlowProperties>;

export const FlowFeature = feature(LineGeometry, FlowProperties);
export type FlowFeature = z.infer<typeof FlowFeature>;

export const FigureKind = z.enum(['money', 'share', 'count']);
export const Figure = z.object({
  id: z.string(),
  kind: FigureKind,
  value: z.number(),
  /** "more than", "around", "just" … as written; null when the figure is exact. */
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  currency: Currency.nullable(),
  year: z.number().int().nullable(),
  text: z.string(),
  /** Money in a sentence about trade, read as trade: what it counts; null when it is not trade; absent for other figures. */
  measure: TradeMeasure.nullable().optional(),
  /** Money in a sentence about trade that is not trade: a pledge, a deal, a surplus…; null when it is trade; absent for other figures. */
  notTrade: z.enum(NOT_TRADE).nullable().optional(),
  places: z.array(z.string()),
  evidence: Evidence,
  ...EditorBasis,
});
export type Figure = z.infer<typeof Figure>;

const collection = <T extends z.ZodTypeAny>(feature: T) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });

/** A site's visit, which the steps read; no other place has one. */
const VISIT = ['order', 'dateClaims', 'timeClaims', 'evidence'] as const;
const issue = (message: string, path: PropertyKey[]) => ({ code: 'custom' as const, message, path });

/** Each site carries its visit, orders 1 to n; no other place carries a visit's order, times or sentences. */
export const PlaceCollection = collection(PlaceFeature).superRefine(({ features }, ctx) => {
  features.forEach(({ properties: p }, i) => {
    const site = p.role === 'site';
    const wrong = VISIT.filter((k) => (site ? p[k] === undefined : k !== 'dateClaims' && p[k] !== undefined));
    const says = site
      ? `the site ${p.id} has no ${wrong.join(', ')}`
      : `the ${p.role} ${p.id} has a site's ${wrong.join(', ')}`;
    if (wrong.length > 0) ctx.addIssue(issue(says, ['features', i, 'properties']));
  });
  const orders = features.flatMap((f) => f.properties.order ?? []).sort((a, b) => a - b);
  if (orders.some((o, i) => o !== i + 1))
    ctx.addIssue(issue(`the sites' orders are ${orders.join(', ')}, not 1 to ${orders.length}`, ['features']));
});
export type PlaceCollection = z.infer<typeof PlaceCollection>;
export const RouteCollection = collection(RouteLegFeature);
export type RouteCollection = z.infer<typeof RouteCollection>;
export const SiteCollection = collection(SiteFeature);
export type SiteCollection = z.infer<typeof SiteCollection>;
export const FlowCollection = collection(FlowFeature);
export type FlowCollection = z.infer<typeof FlowCollection>;

const HexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'use a #rrggbb colour');
/** Colours a story may set over the app's own (src/map/tokens.ts `color`), by token name. */
export const StoryColors = z
  .object({ route: HexColor, site: HexColor, partner: HexColor, flow: HexColor, mentioned: HexColor })
  .partial()
  .strict();
export type StoryColors = z.infer<typeof StoryColors>;

/** story.json: what the app needs besides the four GeoJSON files. */
export const StoryMeta = z.object({
  title: z.string(),
  subtitle: z.string(),
  articles: z.array(ArticleMeta),
  traveller: z.string(),
  hostCity: z.string().nullable(),
  tradeYear: z.number().int().nullable(),
  colors: StoryColors,
  figures: z.array(Figure),
  /**
   * When the agreements the articles count were signed, from the sentences that tell of that
   * signing; absent when none gives a day (and in data built before signings were dated).
   */
  signing: z.object({ dateClaims: z.array(DateClaim).min(1), timeClaims: z.array(TimeClaim) }).optional(),
  /**
   * [west, south, east, north] the world view opens on: the journey's stops and the trade
   * reporter's capital, with a margin (the flows reach beyond it), or the whole world when
   * there is no stop. Points closer together across ±180° are framed across it: west > east.
   */
  bounds: z.tuple([Lon, Lat, Lon, Lat]),
  /** [west, south, east, north] of the host city and its sites, for the city view; null without a host city. */
  hostBounds: z.tuple([Lon, Lat, Lon, Lat]).nullable(),
  /**
   * Every correction of the editor's the build applied (data/corrections.json), in the file's
   * order: its mark's key, the change in words, the reason, the day. Absent when there are none.
   */
  corrections: z.array(z.object({ what: z.string(), name: z.string(), ...EditorNote.shape })).optional(),
  /**
   * A city view for each place the trip went to (its stops but the origin, in order, then any other
   * city a site was visited in; a return to the traveller's home capital or to the origin none, unless
   * a site was visited there): the place's id and name, its point, and [west, south, east, north]
   * of it and its sites. The app makes one view button of each.
   */
  cities: z.array(
    z.object({ id: z.string(), name: z.string(), at: z.tuple([Lon, Lat]), bounds: z.tuple([Lon, Lat, Lon, Lat]) }),
  ),
});
export type StoryMeta = z.infer<typeof StoryMeta>;
