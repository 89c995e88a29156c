// What the sites stage finds: each site with its city, whether its point is only approximate,
// and every sentence and location header that puts the traveller there.
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { TimeMention } from '../dates/times.ts';
import type { SentenceRef } from '../evidence/sentence-ref.ts';

export interface SiteSighting extends SentenceRef {
  highlight: [number, number];
  dates: string[];
  times: TimeMention[];
}

/** A location header naming the site as the venue: the article was spoken there, on its date. */
export interface HeaderSighting {
  article: number;
  date: string | null;
}

export interface SiteVisit {
  place: GazetteerEntry;
  /** The city of the trip the site is in. */
  city: GazetteerEntry;
  /** Why the point is only its city's, when no gazetteer places the site; null when placed. */
  approximate: string | null;
  /** In the order the articles and their sentences come, one per sentence. */
  sightings: SiteSighting[];
  headers: HeaderSighting[];
}
