// Time claims: the time of day each sentence gives for an arrival or a site visit, grouped by
// what they say, with who says it, as date claims are: outlets can disagree on the hour too.
import type { TimeClaim } from '../../contract/schema.ts';
import { sentenceAt, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { TimeMention } from '../dates/times.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** A sentence's word on a mark: where the mark is named in it, its dates and its times. */
export interface TimedSighting extends SentenceRef {
  highlight: [number, number];
  dates: string[];
  times: TimeMention[];
}

/**
 * The time nearest the mark in each sentence, on the date written with it, else the sentence's
 * date, else the date the same article gives the mark ("touched down shortly after 11 a.m."
 * after "arrived on Thursday"). A time with no day at all, or on another day than the
 * sentence gives the mark, is no claim.
 */
export function timeClaims(articles: StoryArticle[], sightings: TimedSighting[]): TimeClaim[] {
  const articleDay = new Map<number, string>();
  for (const s of sightings) if (s.dates[0] && !articleDay.has(s.article)) articleDay.set(s.article, s.dates[0]);
  const claims = new Map<string, TimeClaim>();
  for (const s of sightings) {
    const t = nearest(s);
    const date = t && (t.date ?? s.dates[0] ?? articleDay.get(s.article));
    // The sentence's first date is the mark's ("brought her to Auckland on Tuesday, …, she flew on
    // Thursday morning"): a time on another day is about something else.
    if (!t || !date || (s.dates[0] && date !== s.dates[0])) continue;
    const key = `${date} ${t.time ?? t.part}`;
    const claim = claims.get(key) ?? { date, time: t.time, part: t.part, articles: [] };
    const id = sentenceAt(articles, s).article.id;
    if (!claim.articles.includes(id)) claim.articles.push(id);
    claims.set(key, claim);
  }
  return [...claims.values()]
    .map((c) => ({ ...c, articles: c.articles.sort() }))
    .sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date));
}

function nearest({ times, highlight: [from, to] }: TimedSighting): TimeMention | undefined {
  const gap = (t: TimeMention) => (t.at < from ? from - t.at : t.at > to ? t.at - to : 0);
  return [...times].sort((a, b) => gap(a) - gap(b))[0];
}
