// Dates and times as the reader writes them (Intl.DateTimeFormat in the reader's locale), from
// the ISO values the pipeline passes through: a calendar date ("2024-06-20"), a local time
// ("2024-06-20T02:00") or a time with its offset ("2024-06-20T18:39+02:00").
// The wall clock written in the value is what is shown, never converted to the reader's zone:
// an arrival on the 20th stays on the 20th for a reader in Los Angeles.

import type { DayPart } from '../../geo/contract/schema';

const isoValue = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const dateParts: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' };
/** "02:00" where the locale counts 24 hours, "2:00 AM" where it counts 12. */
function timeParts(locale: string): Intl.DateTimeFormatOptions {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return { hour: hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit' };
}

/** The reader's first language the runtime can format in; English where there is none. */
export function readerLocale(): string {
  const wanted = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return Intl.DateTimeFormat.supportedLocalesOf(wanted.filter(Boolean))[0] ?? 'en';
}

/** "+02:00" → "UTC+2", "+0530" → "UTC+5:30", "Z" → "UTC". */
function offsetText(offset: string): string {
  if (offset === 'Z') return 'UTC';
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  const h = Number(hours);
  return `UTC${sign}${h}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * A date, or a date and time, in `locale`: "Thu, 20 June 2024" in en-GB; with a time,
 * "… at 02:00 local time", or with the value's offset "… at 18:39 UTC+2". A value that is
 * not an ISO date (or not a real calendar day) is returned as written rather than hidden.
 */
export function formatDateValue(value: string, locale: string = readerLocale()): string {
  const match = isoValue.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute, offset] = match;
  const [y, m, d, h, min] = [year, month, day, hour ?? '0', minute ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = new Date(Date.UTC(y, m - 1, d, h, min));
  const real = wallClock.getUTCDate() === d && wallClock.getUTCMonth() === m - 1 && h < 24 && min < 60;
  if (!real) return value;
  // The wall clock is held as UTC and formatted in UTC, so the reader's own zone never shifts it.
  const options = hour === undefined ? dateParts : { ...dateParts, ...timeParts(locale) };
  const text = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(wallClock);
  if (hour === undefined) return text;
  return `${text} ${offset ? offsetText(offset) : 'local time'}`;
}

/** A day, short, for headlines and the timeline: "Wed 19 June" in en-GB; the value as written when it is no date. */
export function formatDay(value: string, locale: string = readerLocale()): string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (!y || day.getUTCDate() !== Number(d)) return value;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(day);
}

const partWords: Record<DayPart, string> = {
  early: 'early hours',
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
};

/** A time claim's time of day: "02:00" (or "2:00 AM") local time, or the part of the day in words. */
export function formatTimeOfDay(time: string | null, part: DayPart | null, locale: string = readerLocale()): string {
  if (part) return partWords[part];
  const [h, min] = (time ?? '').split(':').map(Number);
  if (h === undefined || min === undefined || !Number.isFinite(h) || !Number.isFinite(min)) return time ?? '';
  return new Intl.DateTimeFormat(locale, { ...timeParts(locale), timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h, min),
  );
}
