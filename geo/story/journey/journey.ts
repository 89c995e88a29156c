// The journey: who travels, which sentences speak of them, the stops in order and the
// sites they visited in the cities of the trip.
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { buildRoute, type Stop } from './route.ts';
import { sentenceKey } from '../evidence/sentence-ref.ts';
import type { StorySettings } from '../inputs/settings.ts';
import { findSites, type SiteVisit } from '../sites/sites.ts';
import { findSightings } from './stops.ts';
import { travellerLabels, travellerTurns } from '../sites/speaker.ts';
import { findTraveller, travellerSentences, unnamedTravellerWarning } from './traveller.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface Journey {
  /** The stops in order, the origin first when there is one. */
  stops: Stop[];
  /** The last stop, whose sites the city view shows. */
  host: GazetteerEntry | null;
  /** The places the trip went to, in order, the origin left out: each has a city view. */
  hosts: GazetteerEntry[];
  /** The traveller's country, from the text or the settings; null when neither says. */
  home: GazetteerEntry | null;
  sites: SiteVisit[];
  /** Why the map has no route, when no article names the traveller. */
  warnings: string[];
}

/** `home` is the traveller's country from the settings, for when the text never says it. */
export function findJourney(
  articles: StoryArticle[],
  settings: Pick<StorySettings, 'traveller'>,
  settingsFile: { file: string; text: string },
  home: GazetteerEntry | null,
  gazetteer: Gazetteer,
): Journey {
  const traveller = findTraveller(settings.traveller.name, settings.traveller.aliases, articles, home);
  const aboutTraveller = new Set(
    articles.flatMap(({ parsed }, a) =>
      [...travellerSentences(parsed.sentences, traveller)].map((sentence) => sentenceKey({ article: a, sentence })),
    ),
  );
  const isTravellerLabel = travellerLabels(traveller);
  const speaking = new Set(
    articles.flatMap(({ parsed }, a) =>
      [...travellerTurns(parsed.sentences, isTravellerLabel)].map((sentence) => sentenceKey({ article: a, sentence })),
    ),
  );
  const unnamed = unnamedTravellerWarning(traveller, articles, settingsFile);
  const sightings = findSightings(articles, traveller, aboutTraveller, gazetteer, speaking);
  const route = buildRoute(sightings, traveller, gazetteer);
  const host = route.stops[route.stops.length - 1]?.place ?? null;
  const stops = route.origin ? [route.origin, ...route.stops] : route.stops;
  return {
    stops,
    host,
    hosts: route.stops.map((s) => s.place),
    home: traveller.home,
    sites: findSites(articles, {
      aboutTraveller,
      travellerNames: traveller.names,
      isTravellerLabel,
      stops: stops.map((s) => s.place),
      home: traveller.home,
      gazetteer,
    }),
    warnings: unnamed ? [unnamed] : [],
  };
}
