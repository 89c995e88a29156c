// Dates in running text, resolved against the article's own date: "on Thursday" in an
// article of Thursday 20 June 2024 is that day; "Wednesday" is the 19th.
import { calendarDate } from '../../article/calendar.ts';
import { FUTURE_CUES, MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';

export interface DateMention {
  date: string;
  /** Offset of the expression within the sentence. */
  at: number;
  /** A weekday read forward ("she will depart on Saturday"): the next one, which a schedule told in order may push a week on. */
  ahead?: boolean;
}

const RELATIVE = new RegExp(String.raw`\b(${alternation(RELATIVE_DAYS.map(([words]) => words))})\b`, 'gi');
const WEEKDAY = new RegExp(String.raw`\b(${alternation(WEEKDAYS)})\b`, 'g');
const MONTH = alternation(MONTHS);
/** "19 June", "June 19", "19–21 June" (a span's first day: the rest of it is no other date). */
const DAY_MONTH = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?\d{1,2}(?:st|nd|rd|th)?)? (${MONTH})|(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?(?!\d|,? \d{4}\b(?= ?[–-])))\b(?:,? (\d{4}))?`,
  'g',
);
/** Every date form holds a weekday's or a month's name, as written (both patterns are case-sensitive), or a relative day. */
const ANY_DATE_WORD = new RegExp(`${alternation([...WEEKDAYS, ...MONTHS])}|${RELATIVE.source}`, 'i');
/** A character that does not start a past verb: a look ahead stops at one ("is departing …, met …"). */
const NO_PAST_VERB = String.raw`(?!\b(?:\w+ed|met|went|came|left|said|told|took|made|held|gave)\b)`;
/** A future cue ends at most 48 characters before the weekday: "will head to Sharm el-Sheikh, Egypt, on Friday". */
const FUTURE_BEFORE = new RegExp(String.raw`\b(${alternation(FUTURE_CUES)})\b[^.]{0,48}$`, 'i');
/**
 * Or further back, up to 120, with no past verb between: "is expected to sign a maritime pact with
 * the President at the palace on Tuesday". Read as a schedule: the day to come, or the text's own.
 */
const FUTURE_FAR_BEFORE = new RegExp(
  String.raw`\b(${alternation(FUTURE_CUES)})\b(?:${NO_PAST_VERB}(?!\b(?:was|were)\b)[^.;]){0,120}$`,
  'i',
);
/** A present progressive for an arrangement: "She is departing Washington on Saturday", with no past verb between. */
const PROGRESSIVE_BEFORE = new RegExp(String.raw`\b(?:is|are) \w+ing\b(?:${NO_PAST_VERB}[^.]){0,48}$`, 'i');
/**
 * A move in the simple present, which news writes for a schedule: "She travels on to Australia on
 * Friday", "heads home on Sunday". The day to come, or the text's own day ("arrives in Lima on
 * Friday" written on a Friday), never a week on.
 */
const SCHEDULED_BEFORE = new RegExp(
  String.raw`\b(?:travels|flies|heads|arrives|departs|leaves|returns|goes|moves|continues|proceeds)\b(?:${NO_PAST_VERB}[^.]){0,48}$`,
  'i',
);
/**
 * A look ahead that may end on the text's own day: "later on Friday", and a plan told in the past
 * ("was due to fly back to Madrid on Friday", written that Friday).
 */
const TODAY_AHEAD = /\blater(?: on)? $|\b(?:was|were) (?:due|expected|scheduled|set) to\b/i;
/**
 * Between two weekdays of one look ahead: "… on Saturday evening and arrives in Ghana on …", "talks
 * on Wednesday before flying home on …".
 */
const AND_THEN = /^[^.;,]{0,48}\b(?:and|before|then)\b[^.;,]{0,48}$/;
/** "before" or "then" between two weekdays tells them in order, whatever the tense ("and left late Wednesday" may look back). */
const THEN_AFTER = /^[^.;,]{0,48}\b(?:before|then)\b[^.;,]{0,48}$/;
const DATE_AFTER_WEEKDAY = new RegExp(
  String.raw`^,? (?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH})|(?:${MONTH}) \d{1,2}(?:st|nd|rd|th)?)\b`,
);
/** Or comes right after it, behind its subject: "On Friday she is scheduled to …", "On Friday, Varga will …". */
const FUTURE_AFTER = new RegExp(
  String.raw`^(?: (?:morning|afternoon|evening|night))?,? (?:(?:still )?(?:in|at) [^,.]{1,40}, )?(?:he|she|they|it|we|(?:the )?(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+) (?:is |are )?(?:${alternation(FUTURE_CUES)})\b`,
);

export function findDates(sentence: string, articleDate: string | null): DateMention[] {
  // Most sentences name no day: the article's date is read only for one that does.
  if (!ANY_DATE_WORD.test(sentence)) return [];
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
  let ahead = false;
  let previousEnd = -1;
  for (const m of sentence.matchAll(WEEKDAY)) {
    const wanted = WEEKDAYS.indexOf(m[1]!);
    const back = (base.getUTCDay() - wanted + 7) % 7;
    // "next Monday" or "on Monday" after a future verb points forward; news past tense points back.
    // 64 characters are enough to look at for a cue (140 for a future one), however long the sentence.
    const after = m.index + m[0].length;
    // "Saturday, April 1st": the date written beside the weekday is the one.
    if (DATE_AFTER_WEEKDAY.test(sentence.slice(after, after + 24))) continue;
    const before = sentence.slice(Math.max(0, m.index - 64), m.index);
    // A clause that looks ahead goes on doing so: "is departing on Saturday evening and arrives … on
    // Sunday"; days told in order go on in order: "talks on Wednesday before flying home on Thursday".
    const previous = found.at(-1);
    const between = previousEnd >= 0 ? sentence.slice(previousEnd, m.index) : '';
    const joined = ahead && !!previous && AND_THEN.test(between);
    previousEnd = after;
    if (previous && !ahead && THEN_AFTER.test(between)) {
      const date = shift(base, -back);
      const later = date < previous.date;
      found.push({ date: later ? shift(base, 7 - back) : date, at: m.index, ...(later ? { ahead: true } : {}) });
      ahead = later;
      continue;
    }
    ahead =
      joined ||
      FUTURE_BEFORE.test(before) ||
      PROGRESSIVE_BEFORE.test(before) ||
      FUTURE_AFTER.test(sentence.slice(after, after + 64));
    const scheduled =
      !ahead &&
      (SCHEDULED_BEFORE.test(before) || FUTURE_FAR_BEFORE.test(sentence.slice(Math.max(0, m.index - 140), m.index)));
    // "On Friday, she will depart" written on a Friday is the Friday to come; "arrives on Friday" is that day.
    const days = ahead && !TODAY_AHEAD.test(before) ? 7 - back : ahead || scheduled ? (7 - back) % 7 : -back;
    ahead ||= scheduled;
    found.push({ date: shift(base, days), at: m.index, ...(ahead ? { ahead } : {}) });
  }
  // "last night", "yesterday", "tomorrow": the text's own day, moved (never a week on, as a weekday may be).
  for (const m of sentence.matchAll(RELATIVE)) {
    const days = RELATIVE_DAYS.find(([words]) => words === m[1]!.toLowerCase())![1];
    found.push({ date: shift(base, days), at: m.index });
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

/**
 * The dates of an article's sentences, a schedule told in order: a weekday read forward that
 * falls before a weekday the article has already looked ahead to is the week after ("On Friday,
 * she departs for Lusaka." ¶ "And on Saturday, still in Lusaka, …" ¶ "And she will depart Lusaka on
 * Saturday evening and return on Sunday", written on a Friday a week before).
 */
export function scheduleDates(sentences: readonly string[], articleDate: string | null): DateMention[][] {
  let reached = articleDate?.slice(0, 10) ?? '';
  return sentences.map((sentence) =>
    findDates(sentence, articleDate).map((d) => {
      let date = d.date;
      if (d.ahead) while (date < reached) date = shift(new Date(`${date}T12:00:00Z`), 7);
      if (d.ahead && date > reached) reached = date;
      return { ...d, date };
    }),
  );
}

function shift(base: Date, days: number): string {
  const d = new Date(base.getTime() + days * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
