// Sites: landmarks of the host city that a sentence about the traveller names; the
// host city's other landmarks stay merely mentioned.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { findDates } from './dates.ts';
import type { StoryArticle } from './types.ts';

export interface SiteVisit {
  place: GazetteerEntry;
  sightings: Array<{ article: number; sentence: number; dates: string[] }>;
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
      if (!visit.sightings.some((s) => s.article === a && s.sentence === sentence.index)) {
        visit.sightings.push({ article: a, sentence: sentence.index, dates: findDates(sentence.text, article.date).map((d) => d.date) });
      }
      sites.set(m.entry.id, visit);
    }
  });
  return [...sites.values()].sort((x, y) => firstSeen(x) - firstSeen(y) || x.place.id.localeCompare(y.place.id));
}

function firstSeen(visit: SiteVisit): number {
  return Math.min(...visit.sightings.map((s) => s.article * 1e6 + s.sentence));
}
