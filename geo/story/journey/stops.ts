// Stops: every place the articles put the traveller, with the cue that says so,
// merged to cities (a country visited becomes the city named there, else its capital).
import { capitalOf } from '../../gazetteer/capital.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Mention } from '../../places/geoparse.ts';
import { firstIndex } from '../evidence/bisect.ts';
import { cueFor, type Cue } from './cues.ts';
import { excerptWindow } from '../evidence/excerpt.ts';
import { findDates } from '../dates/dates.ts';
import { findTimes, type TimeMention } from '../dates/times.ts';
import type { Traveller } from './traveller.ts';
import { sentenceKey, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** One sentence's word on one stop. */
export interface Sighting extends SentenceRef {
  place: GazetteerEntry;
  cue: Cue | null;
  /** Where the place is named in the sentence. */
  highlight: [number, number];
  dates: string[];
  times: TimeMention[];
  /** The other places of the same sentence that could be stops, for ordering. */
  others: string[];
  /** The traveller leaving home: a cue for where the route starts, not a stop. */
  origin: boolean;
}

const STOP_KINDS = new Set(['city', 'country', 'landmark']);

/** `aboutTraveller` holds the sentenceKey of every sentence that speaks of the traveller. */
export function findSightings(
  articles: StoryArticle[],
  traveller: Traveller,
  aboutTraveller: ReadonlySet<string>,
  gazetteer: Gazetteer,
): Sighting[] {
  const sightings: Sighting[] = [];
  articles.forEach(({ article, parsed }, a) => {
    for (const sentence of parsed.sentences) {
      const ref: SentenceRef = { article: a, sentence: sentence.index };
      if (!aboutTraveller.has(sentenceKey(ref))) continue;
      const here = parsed.bySentence[sentence.index]!.filter((m) => STOP_KINDS.has(m.entry.kind) && !m.metonym);
      const places = here.map((m) => ({
        m,
        place: m.entry.kind === 'landmark' ? gazetteer.entry(m.entry.city ?? '') : m.entry,
      }));
      const candidates = places.filter(
        (p): p is typeof p & { place: GazetteerEntry } => !!p.place && !isHome(p.place, traveller),
      );
      const dates = findDates(sentence.text, article.date).map((d) => d.date);
      const times = findTimes(sentence.text, article.date);
      for (const { m, place } of candidates) {
        sightings.push({
          place,
          cue: cueFor(sentence.text, m.highlight[0], m.highlight[1]),
          ...ref,
          highlight: m.highlight,
          dates,
          times,
          others: quotedWith(sentence.text, m, candidates).filter((id) => id !== place.id),
          origin: false,
        });
      }
      // Leaving home is a cue for the origin, kept apart from the stops.
      for (const { m, place } of places) {
        if (place && isHome(place, traveller) && cueFor(sentence.text, m.highlight[0], m.highlight[1]) === 'began') {
          sightings.push({
            place,
            cue: 'began',
            ...ref,
            highlight: m.highlight,
            dates,
            times,
            others: [],
            origin: true,
          });
        }
      }
    }
  });
  return mergeToCities(sightings, gazetteer);
}

/**
 * The places quoted with a mention, each once: all of a sentence of ordinary length, the
 * window around the mention in a long one (else a sentence naming a thousand places would
 * give each a thousand others).
 */
function quotedWith(sentence: string, m: Mention, candidates: Array<{ m: Mention; place: GazetteerEntry }>): string[] {
  const { from, to } = excerptWindow(sentence, ...m.highlight);
  const first = firstIndex(candidates, (c) => c.m.highlight[0] >= from);
  const last = firstIndex(candidates, (c) => c.m.highlight[1] > to);
  return [...new Set(candidates.slice(first, last).map((c) => c.place.id))];
}

function isHome(place: GazetteerEntry, traveller: Traveller): boolean {
  const home = traveller.home;
  return !!home && (place.id === home.id || (place.kind === 'city' && place.id === home.city));
}

/** A country seen as a stop becomes its best-attested city there, or its capital. */
function mergeToCities(sightings: Sighting[], gazetteer: Gazetteer): Sighting[] {
  const cityWeight = new Map<string, number>();
  for (const s of sightings)
    if (s.place.kind === 'city') cityWeight.set(s.place.id, (cityWeight.get(s.place.id) ?? 0) + 1);
  // Each country's best-attested city: most sightings, then the smaller id.
  const best = new Map<string, { e: GazetteerEntry; w: number }>();
  for (const [id, w] of cityWeight) {
    const e = gazetteer.entry(id)!;
    const current = best.get(e.country ?? '');
    if (!current || w > current.w || (w === current.w && e.id.localeCompare(current.e.id) < 0))
      best.set(e.country ?? '', { e, w });
  }
  const cityFor = (country: GazetteerEntry): GazetteerEntry | null =>
    best.get(country.country ?? '')?.e ?? capitalOf(country, gazetteer);
  const swap = new Map<string, string>();
  const merged = sightings.flatMap((s) => {
    if (s.place.kind !== 'country') return [s];
    const city = cityFor(s.place);
    if (!city) return [];
    swap.set(s.place.id, city.id);
    return [{ ...s, place: city }];
  });
  return merged.map((s) => ({
    ...s,
    others: [...new Set(s.others.map((id) => swap.get(id) ?? id))].filter((id) => id !== s.place.id),
  }));
}
