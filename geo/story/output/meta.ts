// story.json: the settings' words, the articles, every figure with its evidence, and the
// frames of the world and host-city views.
import type { Figure, FlowFeature, StoryMeta } from '../../contract/schema.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { bounds } from '../../geometry/bounds.ts';
import { evidenceOf } from '../evidence/evidence.ts';
import { lonLatOf } from './place-features.ts';
import type { Journey } from '../journey/journey.ts';
import { findSigning } from '../claims/signings.ts';
import type { StorySettings } from '../inputs/settings.ts';
import type { Trade } from '../trade/trade.ts';
import type { MoneyKind } from '../trade/money-kind.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { fileName } from '../../article/ids.ts';

export function storyMeta(
  articles: StoryArticle[],
  settings: StorySettings,
  journey: Journey,
  trade: Trade,
  flows: FlowFeature[],
): StoryMeta {
  const { stops, host, sites } = journey;
  const signing = findSigning(articles, journey);
  // The world view frames the journey; the flows reach beyond it on the globe.
  // The flows' origin only where a flow is drawn: a reporter with no trade figure has nothing to frame.
  const origin = flows.length > 0 && trade.origin ? [lonLatOf(trade.origin)] : [];
  const framed = [...stops.map((s) => lonLatOf(s.place)), ...origin];
  return {
    title: settings.title,
    subtitle: settings.subtitle,
    articles: articles.map(({ article: a }) => ({
      id: a.id,
      file: fileName(a.file),
      outlet: a.outlet,
      title: a.title,
      date: a.date,
      url: a.url,
      language: a.language,
      // Only where the front matter says so, so older stories' outputs are unchanged.
      ...(a.agency ? { agency: a.agency } : {}),
      ...(a.translatedFrom ? { translatedFrom: a.translatedFrom } : {}),
    })),
    traveller: settings.traveller.name,
    hostCity: host?.id ?? null,
    tradeYear: flows.map((f) => f.properties.year).find((y) => y !== null) ?? null,
    colors: settings.colors,
    figures: trade.figures.map((found, i) => {
      const f = found.figure;
      return {
        id: `figure-${i + 1}`,
        kind: f.kind,
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        currency: f.currency,
        year: f.year,
        // A trade figure is about its country pair; any other figure, about the places of its sentence.
        text: f.text,
        ...tradeKind(trade.kinds.get(f)),
        places: trade.pairs.get(f) ?? found.places,
        evidence: evidenceOf(articles, found, [f.start, f.end]),
      };
    }),
    // Only where a sentence dates the signing, so older stories' outputs are unchanged.
    ...(signing ? { signing } : {}),
    bounds: framed.length ? bounds(framed) : [-180, -85, 180, 85],
    hostBounds: host ? cityBounds(host, sites) : null,
    cities: citiesOfTrip(journey).map((city) => ({
      id: city.id,
      name: city.name,
      at: lonLatOf(city),
      bounds: cityBounds(city, sites),
    })),
  };
}

/** The frame of a city view: the city and the sites visited in it. */
const cityBounds = (city: GazetteerEntry, sites: Journey['sites']) =>
  bounds([lonLatOf(city), ...sites.filter((s) => s.city.id === city.id).map((s) => lonLatOf(s.place))], 0.25);

/**
 * The places the trip went to, in order and once each, then any other city a site was visited in.
 * Home is no place the trip went to: a trip that returns to the traveller's home capital, or to where
 * it set out, gives that city a view only when a site was visited there.
 */
export function citiesOfTrip(journey: Pick<Journey, 'stops' | 'hosts' | 'home' | 'sites'>): GazetteerEntry[] {
  const origin = journey.stops.length > journey.hosts.length ? journey.stops[0]?.place : undefined;
  const home = new Set([journey.home?.id, journey.home?.city, origin?.id]);
  const visited = new Set(journey.sites.map((s) => s.city.id));
  const byId = new Map<string, GazetteerEntry>();
  for (const place of [...journey.hosts, ...journey.sites.map((s) => s.city)])
    if (!byId.has(place.id) && (!home.has(place.id) || visited.has(place.id))) byId.set(place.id, place);
  return [...byId.values()];
}

/** Money in a sentence about trade: what it counts when it is trade, what else it is when not; nothing for other figures. */
function tradeKind(kind: MoneyKind | undefined): Pick<Figure, 'measure' | 'notTrade'> {
  if (!kind) return {};
  return kind.trade ? { measure: kind.words.measure, notTrade: null } : { measure: null, notTrade: kind.notTrade };
}
