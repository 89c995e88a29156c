// Date claims as the outputs give them: each date with the articles that give it and their
// sentences, the date most articles give first. A stop's claims date its arrival, a site's its visit.
import type { DateClaim } from '../../contract/schema.ts';
import { uniqueEvidence, type EvidenceRef } from '../evidence/evidence.ts';
import type { Stop } from '../journey/route.ts';
import { sentenceAt } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

export function stopDateClaims(articles: StoryArticle[], stop: Stop): DateClaim[] {
  return stop.dateClaims.map((c) => claimOf(articles, c.date, c.sightings));
}

/** Each sentence gives the date of what it was seen for first (a visit, a signing: a sentence dates a visit by the first date it gives); most articles first. */
export function sightingDateClaims(
  articles: StoryArticle[],
  sightings: Array<EvidenceRef & { dates: string[] }>,
): DateClaim[] {
  const byDate = new Map<string, EvidenceRef[]>();
  for (const s of sightings) {
    const date = s.dates[0];
    if (date) byDate.set(date, [...(byDate.get(date) ?? []), s]);
  }
  return [...byDate]
    .map(([date, refs]) => claimOf(articles, date, refs))
    .sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date));
}

function claimOf(articles: StoryArticle[], date: string, refs: EvidenceRef[]): DateClaim {
  const ids = new Set(refs.map((r) => sentenceAt(articles, r).article.id));
  return { date, articles: [...ids].sort(), evidence: uniqueEvidence(articles, refs) };
}
