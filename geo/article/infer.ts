// What a text without front matter says about itself: the date and the URL it gives.
import { MONTHS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import { calendarDate } from './calendar.ts';

const NAMED_DATE = new RegExp(String.raw`\b(?:(\d{1,2}) )?(${alternation(MONTHS)}) (?:(\d{1,2}), )?(\d{4})\b`, 'g');
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

export interface FoundDate {
  date: string | null;
  /** The first date-like text passed over because that day does not exist, with its offset. */
  impossible: { text: string; at: number } | null;
}

/**
 * The article's date as the text gives it: "June 20, 2024", "20 June 2024" or "20.06.2024"
 * → 2024-06-20, named forms first. A day that does not exist ("30 February") is passed over.
 */
export function findDate(text: string): FoundDate {
  let impossible: FoundDate['impossible'] = null;
  for (const { match, year, month, day } of dateForms(text)) {
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

/** The first URL of the text, mended when a capture split it with a space ("visi ts"). */
export function findUrl(text: string): string | null {
  const match = /https?:\/\/\S+(?: [a-z0-9][\w\-./]*(?=\s*$))?/m.exec(text);
  return match ? match[0].replace(/ /g, '') : null;
}
