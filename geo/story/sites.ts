// Sites: landmarks of the host city that a sentence about the traveller names; the
// host city's other landmarks stay merely mentioned.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { findDates } from './dates.ts';
import type { StoryArticle } from './types.ts';

export interface SiteVisit {
  place: GazetteerEntry;
  /** In the order the articles and their sentences come, one per sentence. */
  sightings: Array<{ article: number; sentence: number; highlight: [number, number]; dates: string[] }>;
}

/** `aboutTraveller[a]` holds the indexes of article a's sentences that speak of the traveller. */
export function findSites(articles: StoryArticle[], aboutTraveller: Array<Set<number>>, hostCity: GazetteerEntry | null): SiteVisit[] {
  if (!hostCity) return [];
  const sites = new Map<string, SiteVisit>();
  articles.forEach(({ article, parsed }, a) => {
    for (const m of parsed.mentions) {
      if (m.entry.kind !== 'landmark' || m.entry.city !== hostCity.id || m.metonym) continue;
      const sentence = parsed.sentences[m.sentence]!;
      if (!aboutTraveller[a]!.has(sentence.index)) continue;
      const visit = sites.get(m.entry.id) ?? { place: m.entry, sightings: [] };
      // Mentions come in sentence order, so a sentence already seen is the last one.
      const last = visit.sightings[visit.sightings.length - 1];
      if (last?.article !== a || last.sentence !== sentence.index) {
        visit.sightings.push({ article: a, sentence: sentence.index, highlight: m.highlight, dates: findDates(sentence.text, article.date).map((d) => d.date) });
      }
      sites.set(m.entry.id, visit);
    }
  });
  return [...sites.values()].sort((x, y) => firstSeen(x) - firstSeen(y) || x.place.id.localeCompare(y.place.id));
}

function firstSeen(visit: SiteVisit): number {
  const first = visit.sightings[0]!;
  return first.article * 1e6 + first.sentence;
}
