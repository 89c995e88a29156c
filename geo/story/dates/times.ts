// Times of day in running text: "at 2am local time on Wednesday", "shortly after 11 a.m.",
// "early Thursday", "in the early hours of Thursday", "on Thursday afternoon". Each is tied to the
// date written next to it (resolved against the article's date by findDates), or to none.
// A clock time is the wall clock of the place it speaks of, as news reports write it.
import type { DayPart } from '../../contract/vocabulary.ts';
import { CLOCK_WORDS, DAY_PART_NOUNS, DAY_PART_PREFIXES, WEEKDAYS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { findDates } from './dates.ts';

export interface TimeMention {
  /** The day the time is on, when a date is written next to it. */
  date: string | null;
  /** "02:00" when a clock time is given, else null. */
  time: string | null;
  /** The part of the day when no clock time is given, else null. */
  part: DayPart | null;
  /** Offset of the expression within the sentence. */
  at: number;
}

const WEEKDAY = alternation(WEEKDAYS);
const NOUN = alternation(DAY_PART_NOUNS.map(([w]) => w));
const PREFIX = alternation(DAY_PART_PREFIXES.map(([w]) => w));
const CLOCK = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:[:.]([0-5]\d))? ?([ap])\.?m\b\.?|(?<=\bat )([01]?\d|2[0-3]):([0-5]\d)\b|(${alternation(CLOCK_WORDS.map(([w]) => w))})\b)`,
  'gi',
);
const PARTS = new RegExp(
  String.raw`\b(?:(${PREFIX}) (?:on )?(?:${WEEKDAY})(?: (${NOUN}))?|(?:${WEEKDAY}) (${NOUN})|(?:in|during) the (${NOUN}))\b`,
  'g',
);
/** How far (in characters) a date may sit from a time and still be its day. */
const NEAR = 20;

export function findTimes(sentence: string, articleDate: string | null): TimeMention[] {
  const found: Array<Omit<TimeMention, 'date'> & { end: number }> = [];
  for (const m of sentence.matchAll(CLOCK)) {
    const time = clockTime(m);
    if (time) found.push({ time, part: null, at: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(PARTS)) {
    // A noun after the weekday is more precise than the prefix, except "early": "early Thursday morning" is before dawn.
    const prefix = DAY_PART_PREFIXES.find(([w]) => w === m[1])?.[1];
    const noun = DAY_PART_NOUNS.find(([w]) => w === (m[2] ?? m[3] ?? m[4]))?.[1];
    const part = prefix === 'early' ? prefix : (noun ?? prefix ?? null);
    if (part) found.push({ time: null, part, at: m.index, end: m.index + m[0].length });
  }
  // A clock time wins over a part of the day it overlaps ("early Thursday at 2am" is 02:00).
  const kept = found
    .sort((a, b) => Number(b.time !== null) - Number(a.time !== null) || a.at - b.at)
    .filter((t, i, all) => !all.slice(0, i).some((o) => t.at < o.end && o.at < t.end))
    .sort((a, b) => a.at - b.at);
  // The sentence's dates, read only where it gives a time: most give none.
  const dates = kept.length > 0 ? findDates(sentence, articleDate) : [];
  return kept.map(({ end, ...t }) => {
    const near = dates
      .map((d) => ({ d, gap: d.at < t.at ? t.at - d.at : d.at > end ? d.at - end : 0 }))
      .filter(({ gap }) => gap <= NEAR)
      .sort((a, b) => a.gap - b.gap)[0];
    return { date: near?.d.date ?? null, ...t };
  });
}

function clockTime(m: RegExpMatchArray): string | null {
  const named = CLOCK_WORDS.find(([w]) => w === m[6]?.toLowerCase());
  if (named) return `${pad(named[1])}:00`;
  if (m[4] !== undefined) return `${pad(Number(m[4]))}:${m[5]}`;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return null;
  const pm = m[3]!.toLowerCase() === 'p';
  return `${pad((hour % 12) + (pm ? 12 : 0))}:${m[2] ?? '00'}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
