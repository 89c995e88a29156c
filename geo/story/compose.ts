// The whole story from its inputs, in memory: articles + gazetteer + settings → the
// output files, validated. geo/build.ts reads the inputs and writes the result.
import { articleIds } from '../article/ids.ts';
import { ingestArticle } from '../article/ingest.ts';
import { InputError, lineOf } from '../errors.ts';
import { foldName } from '../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import { geoparse, scan } from '../places/geoparse.ts';
import { FlowCollection, OUTPUT_FILES, PlaceCollection, RouteCollection, SiteCollection, StoryMeta, type PlaceRole } from '../schema.ts';
import { evidenceOf, flowFeatures, legFeatures, placeFeatures, siteFeatures, lonLatOf } from './features.ts';
import { allFigures, findTradeFlows, type TradeFlow } from './flows.ts';
import { bounds } from '../geometry/bounds.ts';
import { buildRoute } from './route.ts';
import { parseSettings } from './settings.ts';
import { findSites } from './sites.ts';
import { findSightings } from './stops.ts';
import { findTraveller, travellerSentences, unnamedTravellerWarning } from './traveller.ts';
import type { StoryArticle } from './types.ts';

export interface StoryInputs {
  articles: Array<{ file: string; text: string }>;
  settings: { file: string; text: string };
  gazetteer: Gazetteer;
}

export interface ComposedStory {
  files: Record<string, string>;
  warnings: string[];
}

export function composeStory({ articles: files, settings: settingsFile, gazetteer }: StoryInputs): ComposedStory {
  const settings = parseSettings(settingsFile.file, settingsFile.text);
  const warnings: string[] = [];
  const ingested: Array<StoryArticle['article']> = [];
  const seen = new Map<string, string>();
  const ids = articleIds(files.map((f) => f.file));
  for (const [i, { file, text }] of files.entries()) {
    const { article, warnings: w } = ingestArticle(file, text, ids[i]);
    const fingerprint = article.body.replace(/\s+/g, ' ').trim();
    const twin = seen.get(fingerprint) ?? (article.url ? seen.get(article.url) : undefined);
    if (twin) throw new InputError(file, 1, `is a duplicate of ${twin}`, 'Remove one of the two files');
    seen.set(fingerprint, file);
    if (article.url) seen.set(article.url, file);
    warnings.push(...w);
    ingested.push(article);
  }
  // Two passes: every article's countries first, so each article resolves with the story's.
  const scans = ingested.map((article) => scan(article.body, gazetteer));
  const storyCountries = new Set(scans.flatMap((s) => [...s.context.articleCountries]));
  const articles: StoryArticle[] = ingested.map((article, i) => ({ article, parsed: geoparse(article.body, gazetteer, storyCountries, scans[i]) }));
  const named = (name: string | undefined, setting: string) => {
    if (!name) return null;
    const entry = (gazetteer.lookup(foldName(name)) ?? []).map((h) => gazetteer.entry(h.id)).find((e) => e?.kind === 'country');
    if (!entry) throw new InputError(settingsFile.file, lineOf(settingsFile.text, name), `${setting} “${name}” is not a country the gazetteer knows`, 'Write the country’s English name, e.g. “Vietnam”');
    return entry;
  };
  const capitalOf = (country: GazetteerEntry) => (country.city ? gazetteer.entry(country.city) : undefined) ?? country;

  const traveller = findTraveller(settings.traveller.name, settings.traveller.aliases, articles, named(settings.traveller.home, 'traveller.home'));
  const aboutTraveller = articles.map(({ parsed }) => travellerSentences(parsed.sentences, traveller));
  const unnamed = unnamedTravellerWarning(traveller, articles, settingsFile);
  if (unnamed) warnings.push(unnamed);
  const route = buildRoute(findSightings(articles, traveller, aboutTraveller, gazetteer), traveller, gazetteer);
  const stops = route.origin ? [route.origin, ...route.stops] : route.stops;
  const host = route.stops[route.stops.length - 1]?.place ?? null;
  const sites = findSites(articles, aboutTraveller, host);
  const reporter = named(settings.trade?.reporter, 'trade.reporter');
  const figures = allFigures(articles);
  const flowsAll = reporter ? findTradeFlows(articles, figures, reporter) : [];
  const flows = strongestPerPartner(flowsAll);

  const roles = new Map<string, PlaceRole>();
  for (const f of flows) roles.set(f.partner.id, 'partner');
  for (const s of stops) roles.set(s.place.id, 'stop');
  for (const s of sites) roles.set(s.place.id, 'site');
  const places = placeFeatures(articles, (id) => roles.get(id) ?? 'mentioned');
  const legs = legFeatures(articles, stops);
  const siteList = host ? siteFeatures(articles, sites, host) : [];
  const flowList = reporter ? flowFeatures(articles, flows, reporter, capitalOf) : [];

  const pairs = new Map(flowsAll.map((f) => [f.figure, [reporter!.id, f.partner.id]]));
  // The world view frames the journey; the flows reach beyond it on the globe.
  const journey = [...stops.map((s) => lonLatOf(s.place)), ...(reporter ? [lonLatOf(capitalOf(reporter))] : [])];
  const meta = StoryMeta.parse({
    title: settings.title, subtitle: settings.subtitle,
    articles: articles.map(({ article: a }) => ({ id: a.id, file: a.file.split(/[\\/]/).pop()!, outlet: a.outlet, title: a.title, date: a.date, url: a.url, language: a.language })),
    traveller: settings.traveller.name, hostCity: host?.id ?? null,
    tradeYear: flowList.map((f) => f.properties.year).find((y) => y !== null) ?? null,
    colors: settings.colors,
    figures: figures.map(({ figure: f, article, sentence, places: ids }, i) => ({
      id: `figure-${i + 1}`, kind: f.kind, value: f.value, qualifier: f.qualifier, unit: f.unit, currency: f.currency, year: f.year,
      // A trade figure is about its country pair; any other figure, about the places of its sentence.
      text: f.text, places: pairs.get(f) ?? ids, evidence: evidenceOf(articles, article, sentence, [f.start, f.end]),
    })),
    bounds: journey.length ? bounds(journey) : [-180, -85, 180, 85],
    hostBounds: host ? bounds([lonLatOf(host), ...sites.map((s) => lonLatOf(s.place))], 0.25) : null,
  });
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  return {
    warnings,
    files: {
      [OUTPUT_FILES.places]: json(PlaceCollection.parse({ type: 'FeatureCollection', features: places })),
      [OUTPUT_FILES.route]: json(RouteCollection.parse({ type: 'FeatureCollection', features: legs })),
      [OUTPUT_FILES.sites]: json(SiteCollection.parse({ type: 'FeatureCollection', features: siteList })),
      [OUTPUT_FILES.flows]: json(FlowCollection.parse({ type: 'FeatureCollection', features: flowList })),
      [OUTPUT_FILES.story]: json(meta),
    },
  };
}

/** One flow per partner: the value most sentences give, first stated first. */
function strongestPerPartner(flows: TradeFlow[]): TradeFlow[] {
  const byPartner = new Map<string, TradeFlow[]>();
  for (const f of flows) byPartner.set(f.partner.id, (byPartner.get(f.partner.id) ?? []).concat(f));
  return [...byPartner.values()].map((group) => {
    const support = new Map<number, number>();
    for (const g of group) support.set(g.figure.value, (support.get(g.figure.value) ?? 0) + 1);
    return group.reduce((best, g) => (support.get(g.figure.value)! > support.get(best.figure.value)! ? g : best));
  }).sort((a, b) => b.figure.value - a.figure.value || a.partner.id.localeCompare(b.partner.id));
}
