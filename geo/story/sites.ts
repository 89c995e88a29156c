// Sites: landmarks of the host city that a sentence about the traveller names; the
// host city's other landmarks stay merely mentioned.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { findDates } from './dates.ts';
import { sentenceAt, sentenceKey, storyOrder, type SentenceRef } from './sentence-ref.ts';
import type { StoryArticle } from './types.ts';

export interface SiteVisit {
  place: GazetteerEntry;
  /** In the order the articles and their sentences come, one per sentence. */
  sightings: Array<SentenceRef & { highlight: [number, number]; dates: string[] }>;
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
        const dates = findDates(sentenceAt(articles, ref).sentence.text, article.date).map((d) => d.date);
        visit.sightings.push({ ...ref, highlight: m.highlight, dates });
      }
      sites.set(m.entry.id, visit);
    }
  });
  return [...sites.values()].sort(
    (x, y) => storyOrder(x.sightings[0]!, y.sightings[0]!) || x.place.id.localeCompare(y.place.id),
  );
}
