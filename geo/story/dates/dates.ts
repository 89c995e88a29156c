// Dates in running text, resolved against the article's own date: "on Thursday" in an
// article of Thursday 20 June 2024 is that day; "Wednesday" is the 19th.
import { calendarDate } from '../../article/calendar.ts';
import { FUTURE_CUES, MONTHS, WEEKDAYS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';

export interface DateMention {
  date: string;
  /** Offset of the expression within the sentence. */
  at: number;
}

const WEEKDAY = new RegExp(String.raw`\b(${alternation(WEEKDAYS)})\b`, 'g');
const MONTH = alternation(MONTHS);
const DAY_MONTH = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)? (${MONTH})|(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?(?!\d|,? \d{4}\b(?= ?[–-])))\b(?:,? (\d{4}))?`,
  'g',
);
/** A future cue ends at most 48 characters before the weekday: "will head to Sharm el-Sheikh, Egypt, on Friday". */
const FUTURE_BEFORE = new RegExp(String.raw`\b(${alternation(FUTURE_CUES)})\b[^.]{0,48}$`, 'i');
/** Or comes right after it, behind its subject: "On Friday she is scheduled to …", "On Friday, Varga will …". */
const FUTURE_AFTER = new RegExp(
  String.raw`^,? (?:he|she|they|it|we|(?:the )?(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+) (?:is |are )?(?:${alternation(FUTURE_CUES)})\b`,
);

export function findDates(sentence: string, articleDate: string | null): DateMention[] {
  // Only a day that exists is a base: Date would take 30 February for 1 March.
  const [y, mo, d] =
    /^(\d{4})-(\d{2})-(\d{2})/
      .exec(articleDate ?? '')
      ?.slice(1)
      .map(Number) ?? [];
  const baseDay = y === undefined ? null : calendarDate(y, mo!, d!);
  if (!baseDay) return [];
  const base = new Date(`${baseDay}T12:00:00Z`);
  const found: DateMention[] = [];
  for (const m of sentence.matchAll(WEEKDAY)) {
    const wanted = WEEKDAYS.indexOf(m[1]!);
    const back = (base.getUTCDay() - wanted + 7) % 7;
    // "next Monday" or "on Monday" after a future verb points forward; news past tense points back.
    // 64 characters are enough to look at for a cue, however long the sentence.
    const after = m.index + m[0].length;
    const forward =
      FUTURE_BEFORE.test(sentence.slice(Math.max(0, m.index - 64), m.index)) ||
      FUTURE_AFTER.test(sentence.slice(after, after + 64));
    // "On Friday, she will depart" written on a Friday is the Friday to come.
    found.push({ date: shift(base, forward ? 7 - back : -back), at: m.index });
  }
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS.indexOf((m[2] ?? m[3])!);
    const year = m[5] ? Number(m[5]) : base.getUTCFullYear();
    const date = calendarDate(year, month + 1, day);
    if (date) found.push({ date, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

function shift(base: Date, days: number): string {
  const d = new Date(base.getTime() + days * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
