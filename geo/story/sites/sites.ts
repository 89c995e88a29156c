// Sites: landmarks of the host city that a sentence about the traveller names; the
// host city's other landmarks stay merely mentioned.
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { datesFor } from '../dates/clauses.ts';
import { findDates } from '../dates/dates.ts';
import { findTimes, type TimeMention } from '../dates/times.ts';
import { sentenceAt, sentenceKey, storyOrder, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface SiteVisit {
  place: GazetteerEntry;
  /** In the order the articles and their sentences come, one per sentence. */
  sightings: Array<SentenceRef & { highlight: [number, number]; dates: string[]; times: TimeMention[] }>;
}

/** `aboutTraveller` holds the sentenceKey of every sentence that speaks of the traveller. */
export function findSites(
  articles: StoryArticle[],
  aboutTraveller: ReadonlySet<string>,
  hostCity: GazetteerEntry | null,
): SiteVisit[] {
  if (!hostCity) return [];
  const sites = new Map<string, SiteVisit>();
  articles.forEach(({ article, parsed }, a) => {
    for (const m of parsed.mentions) {
      if (m.entry.kind !== 'landmark' || m.entry.city !== hostCity.id || m.metonym) continue;
      const ref = { article: a, sentence: m.sentence };
      if (!aboutTraveller.has(sentenceKey(ref))) continue;
      const visit = sites.get(m.entry.id) ?? { place: m.entry, sightings: [] };
      // Mentions come in sentence order, so a sentence already seen is the last one.
      const last = visit.sightings[visit.sightings.length - 1];
      if (!last || sentenceKey(last) !== sentenceKey(ref)) {
        const text = sentenceAt(articles, ref).sentence.text;
        const dates = datesFor(text, findDates(text, article.date), m.highlight);
        visit.sightings.push({ ...ref, highlight: m.highlight, dates, times: findTimes(text, article.date) });
      }
      sites.set(m.entry.id, visit);
    }
  });
  return [...sites.values()].sort(
    (x, y) => storyOrder(x.sightings[0]!, y.sightings[0]!) || x.place.id.localeCompare(y.place.id),
  );
}
