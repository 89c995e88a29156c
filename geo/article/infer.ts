// What a text without front matter says about itself: the date and the URL it gives.
import { DATE_LINE_LABELS, MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import { calendarDate } from './calendar.ts';

const MONTH = alternation(MONTHS);
const NAMED_DATE = new RegExp(String.raw`\b(?:(\d{1,2}) )?(${MONTH}) (?:(\d{1,2}), )?(\d{4})\b`, 'g');
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

export interface FoundDate {
  date: string | null;
  /** The first date-like text passed over because that day does not exist, with its offset. */
  impossible: { text: string; at: number } | null;
}

/**
 * The article's date as the text gives it: "June 20, 2024", "20 June 2024" or "20.06.2024"
 * → 2024-06-20, named forms first. A day that does not exist ("30 February") is passed over.
 * Only a date placed as a text's own is taken (see `ownDate`): a date the prose quotes ("my
 * 6 March 2008 declaration", "was released on 16 July 2008") or the end of a span ("6 March –
 * 16 July 2008") tells of another time.
 */
export function findDate(text: string): FoundDate {
  let impossible: FoundDate['impossible'] = null;
  for (const { match, year, month, day } of dateForms(text)) {
    if (!ownDate(text, match.index, match.index + match[0].length)) continue;
    const date = calendarDate(year, month, day);
    if (date) return { date, impossible };
    impossible ??= { text: match[0], at: match.index };
  }
  return { date: null, impossible };
}

function* dateForms(text: string): Generator<{ match: RegExpExecArray; year: number; month: number; day: number }> {
  for (const match of text.matchAll(NAMED_DATE)) {
    const day = match[1] ?? match[3];
    if (day) yield { match, year: Number(match[4]), month: MONTHS.indexOf(match[2]!) + 1, day: Number(day) };
  }
  for (const match of text.matchAll(DOTTED_DATE))
    yield { match, year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
}

/** The most words a date line may hold besides its dates and labels: a place, a name ("By Jane Smith"). */
const DATE_LINE_WORDS = 3;
const ANY_DATE = new RegExp(
  `${NAMED_DATE.source}|${DOTTED_DATE.source}|\\b\\d{1,2}:\\d{2}\\b|\\b(?:${MONTH}|${alternation(WEEKDAYS)})\\b|\\b\\d{1,4}(?:st|nd|rd|th)?\\b`,
  'g',
);
/** Just before the date, a span's first end: "6 March – ", "18 to ", "from June 2 until ". */
const SPAN_BEFORE = new RegExp(
  String.raw`(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:${MONTH})|\b\d{4})\s*(?:[-–—]|\bto|\buntil|\btill|\bthrough|\band)\s*$`,
  'i',
);
/** Just after it, a span going on: " – 16 July 2008", " to June 4". */
const SPAN_AFTER = new RegExp(String.raw`^\s*(?:[-–—]|to\b|until\b|till\b|through\b)\s*(?:\d|(?:${MONTH})\b)`, 'i');
/** A wire dateline before the date: "WASHINGTON, ", "Hanoi, Vietnam, " at the start of a line. */
const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{L}.'’ -]*,\s*){1,2}$/u;
/** And after it, the agency or the dash that ends the dateline: " (AP) —", " - ", " /". */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—/]|\(\w)/;
/** The text's own day named in its prose: "Mr Rudd today, 19 August 2008, signed". */
const TODAY_BEFORE = /\b(?:today|tonight|this (?:morning|afternoon|evening))[,(\s]*(?:\p{L}+,?\s+)?$/iu;

/**
 * Is the date at [start, end) given as the text's own: on a line of its own or with labels and
 * names ("June 20, 2024", "Posted … updated …", "Status: 20.06.2024 18:39"), in a dateline ("HANOI,
 * June 20, 2024 (AP) —"), or named as today ("today, 19 August 2008")? Never a span's end.
 */
function ownDate(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start).replace(/<[^>]*>/g, ' ');
  const after = text.slice(end, lineEnd === -1 ? text.length : lineEnd).replace(/<[^>]*>/g, ' ');
  if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) return false;
  const words = (`${before} ${after}`.replace(ANY_DATE, ' ').match(/\p{L}+/gu) ?? []).filter(
    (w) => !DATE_LINE_LABELS.has(w.toLowerCase()),
  );
  // A date line's other words are names (a place, an author, a time zone); prose has lower-case words.
  if (words.length <= DATE_LINE_WORDS && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return true;
  return TODAY_BEFORE.test(before.slice(-40));
}

/** The first URL of the text, mended when a capture split it with a space ("visi ts"). */
export function findUrl(text: string): string | null {
  const match = /https?:\/\/\S+(?: [a-z0-9][\w\-./]*(?=\s*$))?/m.exec(text);
  return match ? match[0].replace(/ /g, '') : null;
}
