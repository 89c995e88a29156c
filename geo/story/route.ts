// Route: which sightings are real stops, in what order, and the date of each arrival.
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import { STRONG_CUES } from './cues.ts';
import type { Sighting } from './stops.ts';
import type { Traveller } from './traveller.ts';

export interface Stop {
  place: GazetteerEntry;
  /** The date most sightings give, and every claim with where it comes from. */
  date: string | null;
  dateClaims: Array<{ date: string; sightings: Sighting[] }>;
  evidence: Sighting[];
}

export interface Route {
  origin: Stop | null;
  stops: Stop[];
}

export function buildRoute(sightings: Sighting[], traveller: Traveller, gazetteer: Gazetteer): Route {
  const byPlace = groupBy(sightings.filter((s) => !s.origin), (s) => s.place.id);
  // One sentence that moves the traveller there is enough ("arrived in Vienna"); places only
  // seen "after" or "in" a sentence about the traveller are not stops on their own.
  const kept = [...byPlace.values()].filter((group) => group.some((s) => s.cue !== null && STRONG_CUES.has(s.cue)));
  const ids = kept.map((g) => g[0]!.place.id);
  const order = orderStops(ids, sightings);
  const stops = order.map((id) => toStop(byPlace.get(id)!));
  const originSightings = sightings.filter((s) => s.origin);
  const originPlace = originSightings[0]?.place ?? (traveller.home?.city ? gazetteer.entry(traveller.home.city) : undefined);
  const origin = originPlace && !ids.includes(originPlace.id) ? toStop(originSightings, originPlace) : null;
  return { origin, stops };
}

/** Pairwise votes from the cues, then stops sorted by how many others they follow. */
function orderStops(ids: string[], sightings: Sighting[]): string[] {
  const votes = new Map<string, number>();
  const vote = (earlier: string, later: string) => {
    if (earlier === later || !ids.includes(earlier) || !ids.includes(later)) return;
    votes.set(`${earlier}>${later}`, (votes.get(`${earlier}>${later}`) ?? 0) + 1);
  };
  const finals = new Set(sightings.filter((s) => s.cue === 'final').map((s) => s.place.id));
  const host = ids.find((id) => finals.has(id));
  for (const s of sightings) {
    const id = s.place.id;
    const others = s.others.filter((o) => ids.includes(o));
    if (s.cue === 'from' || s.cue === 'after') (others.length ? others : host ? [host] : []).forEach((o) => vote(id, o));
    if (s.cue === 'before') others.forEach((o) => vote(o, id));
    if (s.cue === 'first' || s.cue === 'began') ids.forEach((o) => vote(id, o));
    if (s.cue === 'final') ids.forEach((o) => vote(o, id));
  }
  const firstDate = (id: string) => sightings.filter((s) => s.place.id === id).flatMap((s) => s.dates).sort()[0] ?? '9999';
  const firstSeen = (id: string) => sightings.findIndex((s) => s.place.id === id);
  const follows = (id: string) => ids.filter((o) => (votes.get(`${o}>${id}`) ?? 0) > (votes.get(`${id}>${o}`) ?? 0)).length;
  return [...ids].sort((a, b) => follows(a) - follows(b) || firstDate(a).localeCompare(firstDate(b)) || firstSeen(a) - firstSeen(b));
}

function toStop(group: Sighting[], place = group[0]!.place): Stop {
  // A date belongs to the place the sentence moves the traveller to, or to its only place.
  const dated = group.filter((s) => s.dates.length > 0 && (s.cue === 'arrive' || s.others.length === 0));
  const claims = groupBy(dated, (s) => s.dates[0]!);
  const dateClaims = [...claims].map(([date, sightings]) => ({ date, sightings }))
    .sort((a, b) => b.sightings.length - a.sightings.length || a.date.localeCompare(b.date));
  return { place, date: dateClaims[0]?.date ?? null, dateClaims, evidence: group.filter((s) => s.cue !== null) };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
