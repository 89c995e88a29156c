// English calendar words, as written in running text.
import type { DayPart } from '../contract/vocabulary.ts';

/** The months in order, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The weekdays in the order of `Date.getUTCDay()`, Sunday first. */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Months abbreviated with a full stop ("Jun."); "May" is a whole word, so it is no abbreviation. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Words before a weekday that point to the week ahead: "will meet on Monday", "next Monday". */
export const FUTURE_CUES: readonly string[] = [
  'next',
  'will',
  'due',
  'expected',
  'scheduled',
  'set to',
  'plans to',
  'plan to',
  'is to',
];

/**
 * Days named relative to the text's own, with their distance from it in days: "arrived in Accra
 * last night", "flew to Nuuk yesterday", "this morning we went to", "will sign it tomorrow".
 * Longest first. Not "today", a word of speeches ("the challenges we face today"): a sentence
 * "here" or "today in X" is the text's day already.
 */
export const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['the day before yesterday', -2],
  ['late last night', -1],
  ['last night', -1],
  ['last evening', -1],
  ['yesterday', -1],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['tonight', 0],
  ['the day after tomorrow', 2],
  ['tomorrow', 1],
];

/** Nouns for a part of the day, with the part each names: "Thursday morning", "in the early hours". */
export const DAY_PART_NOUNS: ReadonlyArray<readonly [string, DayPart]> = [
  ['early hours', 'early'],
  ['morning', 'morning'],
  ['afternoon', 'afternoon'],
  ['evening', 'evening'],
  ['night', 'night'],
];

/** Words before a weekday that name a part of it: "early Thursday", "late Wednesday". */
export const DAY_PART_PREFIXES: ReadonlyArray<readonly [string, DayPart]> = [
  ['early', 'early'],
  ['late', 'night'],
];

/** Clock words with the hour they name. */
export const CLOCK_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['noon', 12],
  ['midday', 12],
  ['midnight', 0],
];

/**
 * Words a line giving a text's own date may hold beside it: "Posted 20 June 2024, updated 21 June",
 * "Status: 20.06.2024 18:39", "Last modified on …", "Media release". Other lower-case words make a
 * line prose ("It ended on 2 May 2024."), whose date tells of another time.
 */
export const DATE_LINE_LABELS: ReadonlySet<string> = new Set([
  'posted',
  'updated',
  'published',
  'modified',
  'last',
  'first',
  'date',
  'dated',
  'status',
  'on',
  'at',
  'of',
  'and',
  'am',
  'pm',
  'release',
  'media',
  'press',
  'transcript',
  'by',
]);
