// When the agreements were signed: the day (and time) each sentence that tells of the signing
// gives it ("signed nine agreements on Thursday"), read against its article's date, kept as
// claims per outlet like an arrival's. Only a sentence about that signing counts: a signing
// verb with the things counted ("agreements", "deals") in one clause, at no other stop of the trip.
import type { DateClaim, TimeClaim } from '../../contract/schema.ts';
import { COUNTED_NOUNS } from '../../lexicon/figures.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { SIGNING_VERBS } from '../../lexicon/story.ts';
import { clauseAround, datesFor } from '../dates/clauses.ts';
import { sightingDateClaims } from './date-claims.ts';
import { findDates } from '../dates/dates.ts';
import type { Journey } from '../journey/journey.ts';
import { timeClaims, type TimedSighting } from './time-claims.ts';
import { findTimes } from '../dates/times.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface Signing {
  dateClaims: DateClaim[];
  timeClaims: TimeClaim[];
}

const SIGNED = new RegExp(String.raw`\b(?:${alternation(SIGNING_VERBS)})\b`, 'gi');
const COUNTED = new RegExp(String.raw`\b(?:${alternation(COUNTED_NOUNS)})\b`, 'i');

/** The signing's date and time claims; null when no sentence about it gives a day. */
export function findSigning(articles: StoryArticle[], journey: Journey): Signing | null {
  const elsewhere = otherStopCountries(journey);
  const sightings: TimedSighting[] = [];
  articles.forEach(({ article, parsed }, a) => {
    for (const s of parsed.sentences) {
      if (parsed.bySentence[s.index]!.some((m) => m.entry.country && elsewhere.has(m.entry.country))) continue;
      const verb = [...s.text.matchAll(SIGNED)].find((m) => {
        const [start, end] = clauseAround(s.text, m.index, m.index + m[0].length);
        return COUNTED.test(s.text.slice(start, end));
      });
      if (!verb) continue;
      const highlight: [number, number] = [verb.index, verb.index + verb[0].length];
      const dates = datesFor(s.text, findDates(s.text, article.date), highlight);
      sightings.push({ article: a, sentence: s.index, highlight, dates, times: findTimes(s.text, article.date) });
    }
  });
  const dateClaims = sightingDateClaims(articles, sightings);
  return dateClaims.length ? { dateClaims, timeClaims: timeClaims(articles, sightings) } : null;
}

/**
 * The countries of the stops between the origin and the host: a signing there is another one
 * ("signed a pact in Auckland" on a trip that goes on to Canberra). The origin's and the host's countries sign the host's.
 */
function otherStopCountries({ stops, host }: Journey): Set<string> {
  const ends = new Set([stops[0]?.place.country, host?.country]);
  return new Set(
    stops
      .slice(1, -1)
      .map((s) => s.place.country)
      .filter((c): c is string => c !== null && !ends.has(c)),
  );
}
