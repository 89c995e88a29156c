// Sites: what the traveller visited in each city of the trip. A transcript's location header
// names the venue it was spoken at ("Kotoka International Airport / Accra, Ghana"); a sentence
// about the traveller (or the traveller's own words, "Yesterday, I visited …") names a landmark
// or a capitalised site ("Panuka Farm") with a word that puts them there. A site no gazetteer
// knows is placed at its city, marked approximate. Landmarks merely mentioned stay mentioned.
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Mention } from '../../places/geoparse.ts';
import { NOT_A_VENUE } from '../../lexicon/sites.ts';
import { datesFor } from '../dates/clauses.ts';
import { findDates } from '../dates/dates.ts';
import { findTimes } from '../dates/times.ts';
import { sentenceKey, storyOrder, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { siteNames, type NameSpan } from './facilities.ts';
import { cityOf, headerPlace, hostCities } from './host-cities.ts';
import { datelineMention } from '../inputs/dateline.ts';
import { mergeSameSites } from './merge.ts';
import { placeSite, type PlacedSite } from './place-site.ts';
import { firstPersonSentences } from './speaker.ts';
import { visitedNames } from './visit-cue.ts';
import type { SiteVisit } from './types.ts';

export type { HeaderSighting, SiteSighting, SiteVisit } from './types.ts';

export interface SiteInputs {
  /** The sentenceKey of every sentence that speaks of the traveller. */
  aboutTraveller: ReadonlySet<string>;
  /** The traveller's name and aliases. */
  travellerNames: string[];
  /** Whether a transcript turn's label is the traveller's (speaker.ts travellerLabels). */
  isTravellerLabel: (label: string, labels: readonly string[]) => boolean;
  /** The places of the route's stops (the origin included: the home capital is left out anyway). */
  stops: GazetteerEntry[];
  /** The traveller's country, whose capital is home, not a city of the trip. */
  home: GazetteerEntry | null;
  gazetteer: Gazetteer;
}

export function findSites(articles: StoryArticle[], inputs: SiteInputs): SiteVisit[] {
  const { stops, gazetteer, isTravellerLabel } = inputs;
  const spoken = articles.map(({ parsed }) => firstPersonSentences(parsed.sentences, isTravellerLabel));
  const theirs = articles.map(
    ({ article }, a) => spoken[a]!.size > 0 || inputs.travellerNames.some((n) => article.body.includes(n)),
  );
  const headers = articles.map(({ article }, a) =>
    theirs[a] ? headerPlace(article.placeline, stops, gazetteer) : null,
  );
  const cities = hostCities(stops, headers, inputs.home);
  const found = new Map<string, SiteVisit>();
  const visit = (site: Omit<SiteVisit, 'sightings' | 'headers'>) => {
    const known = found.get(site.place.id) ?? { ...site, sightings: [], headers: [] };
    found.set(site.place.id, known);
    return known;
  };

  articles.forEach(({ article, parsed }, a) => {
    const city = headers[a];
    // A wire story's dateline ("JAKARTA, June 3 (Reuters) -") places what its sentences do not, as a header does.
    const filed = datelineMention(parsed.sentences[0], parsed.bySentence[0] ?? [])?.entry;
    const venue = article.placeline?.venue?.text;
    const atVenue =
      city &&
      cities.some((c) => c.id === city.id) &&
      venue &&
      !NOT_A_VENUE.some((w) => venue.toLowerCase().startsWith(w))
        ? placeSite(venue, city, gazetteer)
        : null;
    if (city && atVenue)
      visit({ ...atVenue, city }).headers.push({ article: a, date: article.date?.slice(0, 10) ?? null });

    for (const sentence of parsed.sentences) {
      const ref: SentenceRef = { article: a, sentence: sentence.index };
      if (!inputs.aboutTraveller.has(sentenceKey(ref)) && !spoken[a]!.has(sentence.index)) continue;
      const mentions = parsed.bySentence[sentence.index]!;
      const landmarks = mentions
        .filter((m) => m.entry.kind === 'landmark' && !m.metonym)
        .map((m) => ({
          start: m.highlight[0],
          end: m.highlight[1],
          entry: m.entry as GazetteerEntry | null,
          name: m.entry.name,
        }));
      const others = siteNames(sentence.text)
        .filter((n) => !landmarks.some((l) => l.start < n.end && n.start < l.end))
        .map((n) => ({ ...n, entry: null }));
      for (const named of visitedNames(sentence.text, [...landmarks, ...others])) {
        const site = named.entry
          ? placedLandmark(named.entry, cities)
          : placedName(named, sentence.text, mentions, city ?? filed, parsed.mentions, cities, gazetteer);
        if (!site) continue;
        const highlight: [number, number] = [named.start, named.end];
        const dates = datesFor(sentence.text, findDates(sentence.text, article.date), highlight);
        const known = visit(site);
        if (!known.sightings.some((s) => s.article === ref.article && s.sentence === ref.sentence))
          known.sightings.push({ ...ref, highlight, dates, times: findTimes(sentence.text, article.date) });
      }
    }
  });
  return mergeSameSites([...found.values()]).sort(
    (x, y) => storyOrder(firstSeen(x), firstSeen(y)) || x.place.id.localeCompare(y.place.id),
  );
}

/** A landmark the gazetteer places, when it lies in a city of the trip. */
function placedLandmark(entry: GazetteerEntry, cities: GazetteerEntry[]) {
  const city = cityOf(entry, cities);
  return city ? { place: entry, city, approximate: null } : null;
}

/**
 * A site known by its name only: in the city of the trip its sentence names, else the one of the
 * article's location header, else (an article without a header) the only one the article names;
 * none of these, no site.
 */
function placedName(
  named: NameSpan,
  sentence: string,
  inSentence: Mention[],
  header: GazetteerEntry | null | undefined,
  inArticle: Mention[],
  cities: GazetteerEntry[],
  gazetteer: Gazetteer,
) {
  // A country named stands for its capital ("Singapore"), a city for itself.
  const host = (list: GazetteerEntry[]) => [
    ...new Set(list.flatMap((e) => cities.find((c) => c.id === (e.kind === 'country' ? e.city : e.id)) ?? [])),
  ];
  // "the Port of Mombasa", "the State House in Dodoma": a town of its own, which is one of the
  // trip or near one ("Callao Naval Base" is Lima's), else the site is not of this trip.
  const ownTown = inSentence.filter(
    (m) =>
      (m.entry.kind === 'city' || m.entry.kind === 'admin1') &&
      ((m.highlight[0] >= named.start && m.highlight[1] <= named.end) ||
        /^,?\s+in\s+$/.test(sentence.slice(named.end, m.highlight[0]))),
  );
  if (ownTown.length > 0) {
    const city = ownTown.map((m) => cityOf(m.entry, cities)).find((c) => c !== null);
    return city ? withCity(placeSite(named.name, city, gazetteer), city) : null;
  }
  // An article spoken somewhere (its header) speaks of that place, trip city or not; not a place
  // the traveller came from ("Arata, who arrived from Manila on Sunday, met … at the Merdeka Palace").
  const city =
    host(inSentence.filter((m) => !CAME_FROM.test(sentence.slice(0, m.highlight[0]))).map((m) => m.entry))[0] ??
    (header ? host([header])[0] : onlyOne(host(inArticle.map((m) => m.entry))));
  return city ? withCity(placeSite(named.name, city, gazetteer), city) : null;
}

const CAME_FROM = /\bfrom (?:the )?$/i;

const withCity = (placed: PlacedSite | null, city: GazetteerEntry) => (placed ? { ...placed, city } : null);

const onlyOne = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** Where a site is first seen: a location header comes before its article's sentences. */
function firstSeen(site: SiteVisit): SentenceRef {
  const header = site.headers[0];
  const sentence = site.sightings[0];
  if (header && (!sentence || header.article <= sentence.article)) return { article: header.article, sentence: -1 };
  return sentence!;
}
