// Stops: every place the articles put the traveller, with the cue that says so,
// merged to cities (a country visited becomes the city named there, else its capital).
import { capitalOf } from '../../gazetteer/capital.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Mention } from '../../places/geoparse.ts';
import { firstIndex } from '../evidence/bisect.ts';
import { cueFor, toldToday, type Cue } from './cues.ts';
import { excerptWindow } from '../evidence/excerpt.ts';
import { scheduleDates } from '../dates/dates.ts';
import { findTimes, type TimeMention } from '../dates/times.ts';
import type { Traveller } from './traveller.ts';
import { sentenceKey, type SentenceRef } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { MONTHS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { headerPlace } from '../sites/host-cities.ts';
import { anotherTravels } from './other-travellers.ts';
import { arrivalWithoutPlace } from './dateline.ts';
import { datelineMention } from '../inputs/dateline.ts';
import { HEADER_SENTENCE } from '../evidence/sentence-ref.ts';

/** One sentence's word on one stop. */
export interface Sighting extends SentenceRef {
  place: GazetteerEntry;
  cue: Cue | null;
  /** Where the place is named in the sentence. */
  highlight: [number, number];
  dates: string[];
  times: TimeMention[];
  /** The other places of the same sentence that could be stops, for ordering. */
  others: string[];
  /** The traveller leaving home: a cue for where the route starts, not a stop. */
  origin: boolean;
  /** Places of the sentence told before this one with "then" or "next" between: "visit Peru, and then travel to Bolivia". */
  after?: string[];
  /** The traveller going back home ("return to Washington on Sunday"): the route's last stop when it comes after the others. */
  homecoming?: boolean;
  /** The country the sentence names, where its capital stands for it (no city of it is named): "Today in Qatar". */
  viaCountry?: string;
  /** An arrival told without a place, put at the story's dateline: it dates a stop, but makes none. */
  dateline?: boolean;
  /**
   * The date is the article's own day, not a word of the sentence ("here in Auckland", "who arrived
   * in Riga"): the traveller was there by then, which dates the arrival only when no sentence does.
   * 'present' when the text says they are there that day, 'past' when it tells of an arrival done.
   */
  dayOfText?: 'present' | 'past' | undefined;
}

const STOP_KINDS = new Set(['city', 'country', 'landmark']);

/** A greeting to whoever has come: in an article about the traveller, it puts them there, whoever speaks. */
const GREETING = /\bwelcome(?:s|d)? (?:(?:you|him|her|them|us|all|everyone|back) )*to(?: the)? $/i;

/**
 * In the traveller's own turn of a transcript, where they say they are: "here in Auckland",
 * "good to be here in Niue", "welcome to Lima"; not "I was here in 2019" nor "he is now in Rome".
 */
const TURN_HERE =
  /(?:(?<!\b(?:was|were|been|came|come) )\bhere (?:today |tonight )?(?:in|at)|\bto be (?:(?:back|here|with you) )*(?:in|at)|\bwelcome(?:s|d)? (?:(?:you|him|her|them|us|all|everyone|back) )*to)(?: the)? $/i;

/**
 * `aboutTraveller` holds the sentenceKey of every sentence that speaks of the traveller,
 * `travellerTurns` those of their own turns in a transcript ("PM:", "THE PRESIDENT:"), where what
 * they say of being here puts them there. A transcript's location header in an article of the
 * traveller's puts them at its place on the article's day; "En Route Bali" says they fly there.
 */
export function findSightings(
  articles: StoryArticle[],
  traveller: Traveller,
  aboutTraveller: ReadonlySet<string>,
  gazetteer: Gazetteer,
  travellerTurns: ReadonlySet<string> = new Set(),
): Sighting[] {
  const sightings: Sighting[] = [];
  articles.forEach(({ article, parsed }, a) => {
    const day = article.date?.slice(0, 10) ?? null;
    const schedule = scheduleDates(
      parsed.sentences.map((s) => s.text),
      article.date,
    );
    const theirs = traveller.isNamedIn(`${article.title}\n${article.body}`);
    const header = theirs ? headerSighting(article.placeline, a, day, traveller, gazetteer) : null;
    if (header) sightings.push(header);
    const filed = datelineMention(parsed.sentences[0], parsed.bySentence[0] ?? []);
    const datelinePlace = filed && stopPlace(filed, gazetteer);
    for (const sentence of parsed.sentences) {
      const ref: SentenceRef = { article: a, sentence: sentence.index };
      const about = aboutTraveller.has(sentenceKey(ref));
      const speaking = travellerTurns.has(sentenceKey(ref));
      if (!about && !theirs && !speaking) continue;
      const here = parsed.bySentence[sentence.index]!.filter((m) => {
        const before = sentence.text.slice(Math.max(0, m.highlight[0] - 40), m.highlight[0]);
        return (
          STOP_KINDS.has(m.entry.kind) &&
          !m.metonym &&
          (about || (theirs && GREETING.test(before)) || (speaking && TURN_HERE.test(before)))
        );
      });
      const places = here.map((m) => ({ m, place: stopPlace(m, gazetteer) }));
      const candidates = places.filter(
        (p): p is typeof p & { place: GazetteerEntry } => !!p.place && !isHome(p.place, traveller),
      );
      const found = schedule[sentence.index]!;
      const times = findTimes(sentence.text, article.date);
      // "will travel to Accra, Dar es Salaam and Lusaka from March 25 to April 2": the trip's span, no stop's arrival.
      const span = SPAN.test(sentence.text) && new Set(candidates.map((c) => c.place.id)).size > 1;
      const first = sightings.length;
      for (const { m, place } of candidates) {
        // "traveling to Japan in May", "the last time he came, in 2015": another trip than this one;
        // "as Chinese Premier Wei Lan visits Cambodia": another person's.
        const told =
          otherTime(sentence.text, m.highlight, day) || anotherTravels(sentence.text, m.highlight, traveller)
            ? null
            : cueFor(sentence.text, m.highlight[0], m.highlight[1]);
        // "has made an unannounced visit to Kyiv": there on the text's day, as "today in" says.
        const today = (told === 'arrive' || told === 'visit') && toldToday(sentence.text, m.highlight[0]);
        const cue = today && told === 'visit' ? 'here' : told;
        const dates = span ? [] : datesFor(sentence.text, found, m.highlight);
        // "Today in Qatar", "here in Auckland", "has arrived in Warsaw", "who arrived in Riga": there
        // by the day the text was written, when it gives no day (a span's days are the whole trip's).
        const undatedHere = !!day && !span && dates.length === 0;
        const byTextDay = !undatedHere
          ? undefined
          : cue === 'here' || today
            ? 'present'
            : cue === 'arrive' && PAST_ARRIVAL.test(before(sentence.text, m.highlight[0]))
              ? 'past'
              : undefined;
        sightings.push({
          place,
          cue,
          ...ref,
          highlight: m.highlight,
          dates: byTextDay && day ? [day] : dates,
          ...(byTextDay ? { dayOfText: byTextDay } : {}),
          times,
          others: quotedWith(sentence.text, m, candidates).filter((id) => id !== place.id),
          origin: false,
          ...thenAfter(sentence.text, m, candidates, place.id),
        });
      }
      // "Cole, who flew in from Seoul on Thursday evening" in a story filed from BEIJING: there,
      // though the dateline alone makes no stop; "arrived here on Monday" does.
      const arrival = about && datelinePlace && !isHome(datelinePlace, traveller) && arrivalWithoutPlace(sentence.text);
      if (arrival) {
        const arrived = arrival.span;
        const dates = datesFor(sentence.text, found, arrived);
        // "Mori flew in from Hanoi overnight": done, by the day of the article filed from there.
        const pastUndated = dates.length === 0 && !!day && PAST_ARRIVAL_VERB.test(sentence.text.slice(...arrived));
        for (const s of sightings.slice(first))
          if (!s.others.includes(datelinePlace.id)) s.others.push(datelinePlace.id);
        sightings.push({
          place: datelinePlace,
          cue: 'arrive',
          ...ref,
          highlight: arrived,
          dates: pastUndated && day ? [day] : dates,
          ...(pastUndated ? { dayOfText: 'past' as const } : {}),
          times,
          others: [...new Set(candidates.map((c) => c.place.id))].filter((id) => id !== datelinePlace.id),
          origin: false,
          ...(arrival.here ? {} : { dateline: true }),
        });
      }
      // Leaving home is a cue for the origin, kept apart from the stops.
      for (const { m, place } of places) {
        const cue = place && isHome(place, traveller) ? cueFor(sentence.text, m.highlight[0], m.highlight[1]) : null;
        // "left Santiago on Sunday", "left Ottawa for Lima", "arrived from Santiago"; or going back:
        // "return to Washington on Sunday".
        if (place && (cue === 'began' || cue === 'from' || cue === 'arrive')) {
          sightings.push({
            place,
            cue: cue === 'arrive' ? 'arrive' : 'began',
            ...ref,
            highlight: m.highlight,
            dates: datesFor(sentence.text, found, m.highlight),
            times,
            others: [],
            origin: cue !== 'arrive',
            homecoming: cue === 'arrive',
          });
        }
      }
    }
  });
  return mergeToCities(sightings, gazetteer);
}

const MONTH = alternation(MONTHS);
/**
 * A span of days: "from March 25 to April 2", "from November 12th to 13th", "between 18 and 21
 * August", "From 18-21 August", "on June 5–7".
 */
const SPAN = new RegExp(
  String.raw`\b(?:from|between) [^.;]{0,30}?\b\d{1,2}(?:st|nd|rd|th)?\b[^.;\d]{0,12}?(?:to|until|through|and|[-–]) [^.;\d]{0,12}?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? ?[-–] ?\d{1,2}(?:st|nd|rd|th)? (?:${MONTH})\b|\b(?:${MONTH}) \d{1,2}(?:st|nd|rd|th)? ?[-–] ?\d{1,2}\b`,
  'i',
);
/**
 * A past arrival right before the place, which the article reports as done: "Brandt, who arrived
 * in Riga", "flew to Tallinn". Not "will arrive", "arrives", "is travelling to": told ahead, or of any day.
 */
const PAST_ARRIVAL =
  /\b(?:arrived|landed|touched down|reached|flew|travell?ed|came|went|headed)(?: (?:in|at|to|into|on))?(?:,? [\w’'-]+){0,4},? (?:the )?$/i;
const PAST_ARRIVAL_VERB = /^(?:arrived|landed|touched down|flew in)$/i;
const before = (sentence: string, start: number) => sentence.slice(Math.max(0, start - 90), start).replace(/\s+/g, ' ');

/**
 * A sentence's dates for one place: first the one right after it, in its clause and within 30
 * characters ("departing Washington on Saturday and arrives in Ghana on Sunday": Ghana, Sunday),
 * then the others in the sentence's order.
 */
function datesFor(sentence: string, found: Array<{ date: string; at: number }>, [, end]: [number, number]): string[] {
  const dates = found.map((d) => d.date);
  const next = found.findIndex(
    (d) => d.at >= end && d.at - end <= 30 && !/[,;]|\band\b/.test(sentence.slice(end, d.at)),
  );
  if (next <= 0) return dates;
  return [dates[next]!, ...dates.filter((_, i) => i !== next)];
}
/** Right after the place, in the same clause: "traveling to Japan in May", "his visit to Beijing in 2019". */
const TIME_AFTER = new RegExp(String.raw`^[^,;.()—–]{0,30}?\b(?:in|during|last) (?:(${MONTH})\b(?!\s+\d)|(\d{4})\b)`);
/** Right after the place, whatever the text's date: "whom she met in Beijing last year", "in Berlin two weeks ago". */
const AGO_AFTER =
  /^[^,;.()—–]{0,30}?\b(?:last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:[\w-]+ )?(?:years?|months?|weeks?) ago)\b/i;
/** Before it: "the last time he came, in 2015, he toured X". */
const TIME_BEFORE = new RegExp(String.raw`(?:\bthe last time\b|\b(?:in|during) (\d{4})\b)[^.;]*$`, 'i');

/**
 * The place is said of another month or year than the article's ("traveling to Japan in May" in
 * November, "the last time he came, in 2015"): another trip than this one. "His first visit since
 * 2017" is this one. False when the article has no date.
 */
function otherTime(sentence: string, [start, end]: [number, number], day: string | null): boolean {
  if (AGO_AFTER.test(sentence.slice(end, end + 60))) return true;
  if (!day) return false;
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const after = TIME_AFTER.exec(sentence.slice(end, end + 60));
  if (after?.[1] !== undefined && MONTHS.indexOf(after[1]) + 1 !== month) return true;
  if (after?.[2] !== undefined && Number(after[2]) !== year) return true;
  const before = TIME_BEFORE.exec(sentence.slice(Math.max(0, start - 120), start));
  return !!before && (before[1] === undefined || Number(before[1]) !== year);
}

type Placeline = NonNullable<StoryArticle['article']['placeline']>;

/** The header's place as a sighting of the article's day: there ('here'), or flying there ('arrive'). */
function headerSighting(
  placeline: Placeline | null,
  article: number,
  day: string | null,
  traveller: Traveller,
  gazetteer: Gazetteer,
): Sighting | null {
  const place = placeline && headerPlace({ ...placeline, enRoute: false }, [], gazetteer);
  if (!placeline || !place || isHome(place, traveller)) return null;
  return {
    place,
    cue: placeline.enRoute ? 'arrive' : 'here',
    article,
    sentence: HEADER_SENTENCE,
    highlight: [0, 0],
    dates: day ? [day] : [],
    ...(day ? { dayOfText: 'present' as const } : {}),
    times: [],
    others: [],
    origin: false,
  };
}

const THEN = /\b(?:then|next|afterwards|later)\b/i;

/** The places named before `m` in its sentence with "then" or "next" between them and it, each once. */
function thenAfter(
  sentence: string,
  m: Mention,
  candidates: Array<{ m: Mention; place: GazetteerEntry }>,
  id: string,
): { after?: string[] } {
  const earlier = candidates.filter(
    (c) =>
      c.place.id !== id &&
      c.m.highlight[1] <= m.highlight[0] &&
      m.highlight[0] - c.m.highlight[1] <= 80 &&
      THEN.test(sentence.slice(c.m.highlight[1], m.highlight[0])),
  );
  return earlier.length ? { after: [...new Set(earlier.map((c) => c.place.id))] } : {};
}

/**
 * The places quoted with a mention, each once: all of a sentence of ordinary length, the
 * window around the mention in a long one (else a sentence naming a thousand places would
 * give each a thousand others).
 */
function quotedWith(sentence: string, m: Mention, candidates: Array<{ m: Mention; place: GazetteerEntry }>): string[] {
  const { from, to } = excerptWindow(sentence, ...m.highlight);
  const first = firstIndex(candidates, (c) => c.m.highlight[0] >= from);
  const last = firstIndex(candidates, (c) => c.m.highlight[1] > to);
  return [...new Set(candidates.slice(first, last).map((c) => c.place.id))];
}

/** A mention's place as a stop: a landmark's city. */
function stopPlace(m: Mention, gazetteer: Gazetteer): GazetteerEntry | undefined {
  return m.entry.kind === 'landmark' ? gazetteer.entry(m.entry.city ?? '') : m.entry;
}

function isHome(place: GazetteerEntry, traveller: Traveller): boolean {
  const home = traveller.home;
  return !!home && (place.id === home.id || (place.kind === 'city' && place.id === home.city));
}

/**
 * A country seen as a stop becomes its best-attested place there (a city, or an island a header
 * names: "here in Indonesia" said in Bali), or its capital.
 */
function mergeToCities(sightings: Sighting[], gazetteer: Gazetteer): Sighting[] {
  const cityWeight = new Map<string, number>();
  for (const s of sightings)
    if (s.place.kind !== 'country') cityWeight.set(s.place.id, (cityWeight.get(s.place.id) ?? 0) + 1);
  // Each country's best-attested city: most sightings, then the smaller id.
  const best = new Map<string, { e: GazetteerEntry; w: number }>();
  for (const [id, w] of cityWeight) {
    const e = gazetteer.entry(id)!;
    const current = best.get(e.country ?? '');
    if (!current || w > current.w || (w === current.w && e.id.localeCompare(current.e.id) < 0))
      best.set(e.country ?? '', { e, w });
  }
  const swap = new Map<string, string>();
  const merged = sightings.flatMap((s) => {
    if (s.place.kind !== 'country') return [s];
    const named = best.get(s.place.country ?? '')?.e;
    const city = named ?? capitalOf(s.place, gazetteer);
    if (!city) return [];
    swap.set(s.place.id, city.id);
    return [{ ...s, place: city, ...(named ? {} : { viaCountry: s.place.name }) }];
  });
  return merged.map((s) => ({
    ...s,
    others: [...new Set(s.others.map((id) => swap.get(id) ?? id))].filter((id) => id !== s.place.id),
  }));
}
