// Route: which sightings are real stops, in what order, and the date of each arrival.
import { capitalOf } from '../../gazetteer/capital.ts';
import type { Basis } from '../../contract/vocabulary.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { STRONG_CUES, type Cue } from './cues.ts';
import type { Sighting } from './stops.ts';
import type { Traveller } from './traveller.ts';

export interface Stop {
  place: GazetteerEntry;
  /** The date most sightings give, and every claim with where it comes from. */
  date: string | null;
  dateClaims: Array<{ date: string; sightings: Sighting[] }>;
  /** The sentences about the arrival itself (the departure, for the origin): they give its day and time. */
  arrivals: Sighting[];
  evidence: Sighting[];
  /** Inferred when no sentence puts the traveller there; `why` says, for the reader, how it was found. */
  basis: Basis;
  why: string | null;
  /** Why the point is approximate: the texts name only the country, and its capital stands for it; null otherwise. */
  approximateWhy: string | null;
}

export interface Route {
  origin: Stop | null;
  stops: Stop[];
}

export function buildRoute(seen: Sighting[], traveller: Traveller, gazetteer: Gazetteer): Route {
  const told = previewsUndated(seen);
  // The stops and their order, without the days of past arrivals ("who arrived in Riga"): those
  // date only the place the article has come to, which the order says.
  const ordering = told.map((s) => (s.dayOfText === 'past' ? undated(s) : s));
  const orderingByPlace = groupByPlace(ordering);
  const ids = stopIds(orderingByPlace);
  const unordered = stopsOf(ids, orderingByPlace);
  const days = new Map(ids.map((id) => [id, dayThere(unordered.get(id), orderingByPlace.get(id)!)]));
  const order = orderStops(ids, ordering, days);
  const sightings = latestOfEachArticle(told, order);
  const byPlace = groupByPlace(sightings);
  const byId = stopsOf(ids, byPlace);
  const stops = withReturns(
    order.map((id) => byId.get(id)!),
    byPlace,
  );
  // Leaving home comes before the first arrival: "flew in from Berlin overnight …, is to meet Zhou on
  // Monday" gives the origin no Monday after a Sunday arrival.
  const first = stops[0]?.date;
  const originSightings = sightings
    .filter((s) => s.origin)
    .map((s) => (first ? { ...s, dates: s.dates.filter((d) => d <= first) } : s));
  const origin = originSightings.length ? toStop(originSightings) : inferredOrigin(traveller, gazetteer);
  const back = homecoming(sightings, stops, gazetteer);
  return { origin: origin && !ids.includes(origin.place.id) ? origin : null, stops: back ? [...stops, back] : stops };
}

/** The stops' sightings by place: every one but leaving and coming home. */
function groupByPlace(sightings: Sighting[]): Map<string, Sighting[]> {
  return groupBy(
    sightings.filter((s) => !s.origin && !s.homecoming),
    (s) => s.place.id,
  );
}

/**
 * One sentence that moves the traveller there is enough ("arrived in Vienna"); places only seen
 * "after" or "in" a sentence about the traveller are not stops on their own. An arrival put at a
 * dateline dates a stop but makes none: a story is often filed from elsewhere.
 */
function stopIds(byPlace: Map<string, Sighting[]>): string[] {
  return [...byPlace.values()]
    .filter((group) => group.some((s) => s.cue !== null && STRONG_CUES.has(s.cue) && !s.dateline))
    .map((g) => g[0]!.place.id);
}

function stopsOf(ids: string[], byPlace: Map<string, Sighting[]>): Map<string, Stop> {
  return new Map(ids.map((id) => [id, toStop(byPlace.get(id)!)]));
}

const undated = (s: Sighting): Sighting => ({ ...s, dates: [], dayOfText: undefined });

/**
 * A past arrival the article tells without a day dates the stop by the article's day only where it
 * is the last stop the article puts the traveller at: "Brandt, who arrived in Riga" in a report
 * of the Riga talks; not "Before her visit to Latvia, Brandt travelled to Vilnius" in a report
 * from Riga, written days after she left Vilnius.
 */
function latestOfEachArticle(sightings: Sighting[], order: string[]): Sighting[] {
  const latest = new Map<number, number>();
  for (const s of sightings) {
    const at = order.indexOf(s.place.id);
    if (s.cue !== null && at > (latest.get(s.article) ?? -1)) latest.set(s.article, at);
  }
  return sightings.map((s) =>
    s.dayOfText === 'past' && order.indexOf(s.place.id) !== latest.get(s.article) ? undated(s) : s,
  );
}

/**
 * A past arrival in a preview, an article that tells the trip ahead of its own day, is none of this
 * trip: "Brandt will depart Copenhagen on Saturday … When she was a student, Brandt travelled to
 * Riga" tells of another journey. The sighting stays, undated.
 */
function previewsUndated(sightings: Sighting[]): Sighting[] {
  const lastDay = new Map<number, string>();
  for (const s of sightings)
    for (const d of s.dayOfText ? [] : s.dates) if (d > (lastDay.get(s.article) ?? '')) lastDay.set(s.article, d);
  return sightings.map((s) =>
    s.dayOfText === 'past' && (lastDay.get(s.article) ?? '') > s.dates[0]! ? undated(s) : s,
  );
}

/** Cues that put the traveller in a place on the day a sentence gives, whatever they came to do. */
const THERE_CUES = new Set<Cue>(['present', 'here', 'from']);

/**
 * A stay interrupted: when a stop's sentences put the traveller there again after the next stop's
 * arrival (and by the arrival after that), they went back (Accra → Cape Coast → Accra). A next stop
 * of one day is a day trip, and the way back is dated that day; else the first day they are there again.
 */
function withReturns(stops: Stop[], byPlace: Map<string, Sighting[]>): Stop[] {
  const out = [...stops];
  for (let i = 0; i + 1 < out.length; i++) {
    const [stop, next, after] = [out[i]!, out[i + 1]!, out[i + 2]];
    if (!next.date || next.place.id === stop.place.id) continue;
    const again = (byPlace.get(stop.place.id) ?? []).filter(
      (s) =>
        s.cue !== null &&
        THERE_CUES.has(s.cue) &&
        // "ended a trip to Japan and South Korea on Friday": the whole trip, no way back to Japan.
        !s.others.includes(next.place.id) &&
        !!s.dates[0] &&
        s.dates[0] > next.date! &&
        (!after?.date || s.dates[0] <= after.date),
    );
    if (again.length === 0) continue;
    const dayTrip = new Set(next.dateClaims.map((c) => c.date)).size === 1;
    const first = again.map((s) => s.dates[0]!).sort()[0]!;
    const dateClaims = dayTrip
      ? next.dateClaims
      : [{ date: first, sightings: again.filter((s) => s.dates[0] === first) }];
    const back = toStop(again, stop.place);
    out.splice(i + 2, 0, {
      ...back,
      date: dateClaims[0]!.date,
      dateClaims,
      arrivals: dateClaims.flatMap((c) => c.sightings),
    });
    i++;
  }
  return out;
}

/** Going back home on a day after every stop's arrival ("return to Washington on Sunday"): the last stop. */
function homecoming(sightings: Sighting[], stops: Stop[], gazetteer: Gazetteer): Stop | null {
  const last = stops.reduce((d, s) => (s.date && s.date > d ? s.date : d), '');
  const back = sightings.filter((s) => s.homecoming && s.dates[0] && s.dates[0] >= last);
  if (!last || back.length === 0) return null;
  const place = back[0]!.place.kind === 'country' ? capitalOf(back[0]!.place, gazetteer) : back[0]!.place;
  return place ? toStop(back, place) : null;
}

/** No sentence says where the trip began: the capital of the traveller's home country, said so. */
function inferredOrigin({ home }: Traveller, gazetteer: Gazetteer): Stop | null {
  const capital = home ? capitalOf(home, gazetteer) : null;
  if (!home || !capital) return null;
  const why = `No outlet says where the trip began; ${capital.name} is the capital of the traveller’s home country, ${home.name}.`;
  return { ...toStop([], capital), basis: 'inferred', why };
}

/**
 * Pairwise votes from the cues, then from the days of two stops no cue orders, then
 * stops sorted by how many others they follow.
 */
function orderStops(ids: string[], sightings: Sighting[], days: ReadonlyMap<string, string | null>): string[] {
  const kept = new Set(ids);
  const votes = new Map<string, Map<string, number>>();
  const vote = (earlier: string, later: string, count = 1) => {
    if (earlier === later || !kept.has(earlier) || !kept.has(later)) return;
    const row = votes.get(earlier) ?? new Map<string, number>();
    votes.set(earlier, row.set(later, (row.get(later) ?? 0) + count));
  };
  const votesFor = (earlier: string, later: string) => votes.get(earlier)?.get(later) ?? 0;
  const finals = new Set(sightings.filter((s) => s.cue === 'final').map((s) => s.place.id));
  const host = ids.find((id) => finals.has(id));
  // "First" and "final" vote against every stop: counted first, cast once per place.
  const [firstCues, finalCues] = [new Map<string, number>(), new Map<string, number>()];
  for (const s of sightings) {
    const id = s.place.id;
    const others = s.others.filter((o) => kept.has(o));
    if (s.cue === 'from' || s.cue === 'after')
      (others.length ? others : host ? [host] : []).forEach((o) => vote(id, o));
    if (s.cue === 'before') others.forEach((o) => vote(o, id));
    // "visit New Zealand, and then travel to Niue": told in order.
    if (s.cue !== null) s.after?.forEach((o) => vote(o, id));
    if (s.cue === 'first' || s.cue === 'began') firstCues.set(id, (firstCues.get(id) ?? 0) + 1);
    if (s.cue === 'final') finalCues.set(id, (finalCues.get(id) ?? 0) + 1);
  }
  for (const [id, count] of firstCues) ids.forEach((o) => vote(id, o, count));
  for (const [id, count] of finalCues) ids.forEach((o) => vote(o, id, count));
  // A stop no cue orders still has its day: "held talks in Bahrain on Thursday" after "arrived in Muscat on Wednesday".
  for (const a of ids)
    for (const b of ids) {
      const [da, db] = [days.get(a), days.get(b)];
      if (da && db && da < db && !votesFor(a, b) && !votesFor(b, a)) vote(a, b);
    }
  // Each stop's earliest date, first sighting and number of stops it follows, once.
  const firstDate = new Map<string, string>();
  const firstSeen = new Map<string, number>();
  sightings.forEach((s, i) => {
    const id = s.place.id;
    if (!firstSeen.has(id)) firstSeen.set(id, i);
    for (const d of s.dates) if (!firstDate.has(id) || d < firstDate.get(id)!) firstDate.set(id, d);
  });
  const follows = new Map<string, number>();
  for (const [earlier, row] of votes) {
    for (const [later, count] of row)
      if (count > votesFor(later, earlier)) follows.set(later, (follows.get(later) ?? 0) + 1);
  }
  const date = (id: string) => firstDate.get(id) ?? '9999';
  return [...ids].sort(
    (a, b) =>
      (follows.get(a) ?? 0) - (follows.get(b) ?? 0) ||
      date(a).localeCompare(date(b)) ||
      firstSeen.get(a)! - firstSeen.get(b)!,
  );
}

/** Cues of a sentence about the arrival itself (or, for the origin, the departure): only they date a stop. */
const DATING_CUES = new Set<Cue>(['arrive', 'here', 'began']);

function toStop(group: Sighting[], place = group[0]!.place): Stop {
  // "Signed … on Wednesday" or a site visited on Thursday is no arrival date, even with one place named.
  const arrivals = group.filter((s) => s.cue !== null && DATING_CUES.has(s.cue));
  const claims = groupBy(datingSightings(group, arrivals), (s) => s.dates[0]!);
  const dateClaims = [...claims]
    .map(([date, sightings]) => ({ date, sightings }))
    // Most outlets first: one sentence naming the city and its airport is still one outlet's word.
    .sort((a, b) => articleCount(b.sightings) - articleCount(a.sightings) || a.date.localeCompare(b.date));
  const evidence = group.filter((s) => s.cue !== null);
  const country = group.length > 0 && group.every((s) => s.viaCountry) ? group[0]!.viaCountry : undefined;
  const approximateWhy = country
    ? `The texts name only ${country}; its capital, ${place.name}, stands for the stop.`
    : null;
  return {
    place,
    date: dateClaims[0]?.date ?? null,
    dateClaims,
    arrivals,
    evidence,
    basis: 'stated',
    why: null,
    approximateWhy,
  };
}

/**
 * The arrival sentences that date the stop. A sentence's own day ("arrived in Hanoi on Wednesday")
 * does, and so does an article's day where the traveller is there by then ("here in Auckland",
 * "who arrived in Riga"), which bounds the arrival from above: the earliest such day, when no
 * sentence gives one and no sentence puts the traveller there on a day before it. Beside a
 * sentence's day, an article's day after it agrees with it, and one before it disputes it.
 */
function datingSightings(group: Sighting[], arrivals: Sighting[]): Sighting[] {
  const dated = arrivals.filter((s) => s.dates.length > 0);
  const told = dated.filter((s) => !s.dayOfText);
  const byTextDay = dated.filter((s) => s.dayOfText);
  const earliest = (sightings: Sighting[]) => sightings.map((s) => s.dates[0]!).sort()[0];
  const firstTold = earliest(told);
  if (firstTold) return [...told, ...byTextDay.filter((s) => s.dates[0]! <= firstTold)];
  const firstDay = earliest(byTextDay);
  const seenBefore = group.some(
    (s) => s.cue !== null && PRESENCE_CUES.has(s.cue) && !s.dayOfText && !!s.dates[0] && s.dates[0] < firstDay!,
  );
  return seenBefore ? [] : byTextDay.filter((s) => s.dates[0] === firstDay);
}

/** Cues that put the traveller at a place on the day their sentence gives, without saying they arrived. */
const PRESENCE_CUES = new Set<Cue>(['visit', 'present', 'here', 'first', 'final']);

/**
 * The day a stop is known by, for ordering only: its arrival, else the first day a sentence puts
 * the traveller there ("held talks with the King in Bahrain on Thursday"), which dates no arrival.
 */
function dayThere(stop: Stop | undefined, group: Sighting[]): string | null {
  if (stop?.date) return stop.date;
  const there = group.filter((s) => s.cue !== null && PRESENCE_CUES.has(s.cue) && s.dates.length > 0);
  return there.map((s) => s.dates[0]!).sort()[0] ?? null;
}

const articleCount = (sightings: Sighting[]) => new Set(sightings.map((s) => s.article)).size;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
