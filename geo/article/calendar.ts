// Calendar checks: a date must exist (30 February does not, 29 February 2023 neither),
// a time must be on the clock and an offset one that a time zone can have.
import { MONTHS } from '../lexicon/calendar.ts';

/** The form of a front-matter date: YYYY-MM-DD, or an ISO date-time with an optional offset. */
export const DATE_TIME_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why year-month-day (month 1..12) is not a calendar date, or null when it is one. */
export function dateProblem(year: number, month: number, day: number): string | null {
  if (year < 1) return `year ${year} is not in the calendar (the first is 0001)`;
  if (month < 1 || month > 12) return `there is no month ${month} (months go 01 to 12)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has no day ${day} (it has ${days} days)`;
  return null;
}

/** Why a YYYY-MM-DD[Thh:mm[:ss][offset]] value is not a real moment, or null when it is one. */
export function dateTimeProblem(value: string): string | null {
  const m = DATE_TIME_FORM.exec(value);
  if (!m) return 'it is not written YYYY-MM-DD or as an ISO date-time';
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = m
    .slice(1)
    .map((v) => (v === undefined ? undefined : Number(v)));
  const date = dateProblem(year!, month!, day!);
  if (date) return date;
  if (hour !== undefined && hour > 23) return `there is no hour ${hour} (hours go 00 to 23)`;
  if (minute !== undefined && minute > 59) return `there is no minute ${minute} (minutes go 00 to 59)`;
  if (second !== undefined && second > 59) return `there is no second ${second} (seconds go 00 to 59)`;
  const offset = m[7];
  if (
    offsetHours !== undefined &&
    (offsetMinutes! > 59 || offsetHours * 60 + offsetMinutes! > (offset!.startsWith('+') ? 14 : 12) * 60)
  ) {
    return `the offset ${offset} is not one a time zone has (they go from -12:00 to +14:00)`;
  }
  return null;
}

/** A YYYY-MM-DD string for year-month-day, or null when that day does not exist. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (dateProblem(year, month, day)) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
