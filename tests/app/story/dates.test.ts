// Dates read as the reader writes them, and never shift with the reader's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateValue, formatDay, formatTimeOfDay } from '../../../src/story/dates.ts';

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe('formatDateValue', () => {
  it.each([
    ['2024-06-20', 'en-GB', 'Thu, 20 June 2024'],
    ['2024-06-20', 'en-US', 'Thu, June 20, 2024'],
    ['2024-06-20', 'de-DE', 'Do., 20. Juni 2024'],
  ])('writes the calendar date %s in %s as “%s”', (value, locale, shown) => {
    expect(formatDateValue(value, locale)).toBe(shown);
  });

  it.each([
    ['2024-06-20T02:00', 'en-GB', 'Thu, 20 June 2024 at 02:00 local time'],
    ['2024-06-20T02:00', 'en-US', 'Thu, June 20, 2024 at 2:00 AM local time'],
    ['2024-06-20T18:39+02:00', 'en-GB', 'Thu, 20 June 2024 at 18:39 UTC+2'],
    ['2024-06-20T18:39+02:00', 'en-US', 'Thu, June 20, 2024 at 6:39 PM UTC+2'],
    ['2024-06-20T18:39:05+0530', 'en-GB', 'Thu, 20 June 2024 at 18:39 UTC+5:30'],
    ['2024-06-20T23:10Z', 'en-GB', 'Thu, 20 June 2024 at 23:10 UTC'],
  ])('writes %s in %s with its own wall clock: “%s”', (value, locale, shown) => {
    expect(formatDateValue(value, locale)).toBe(shown);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'keeps the written day and hour for a reader in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(formatDateValue('2024-06-20', 'en-GB')).toBe('Thu, 20 June 2024');
      expect(formatDateValue('2024-06-20T18:39+02:00', 'en-GB')).toBe('Thu, 20 June 2024 at 18:39 UTC+2');
      expect(formatDateValue('2024-06-20T00:30', 'en-GB')).toBe('Thu, 20 June 2024 at 00:30 local time');
    },
  );

  it.each(['2024-02-30', '2024-06-20T24:00', '20 June 2024', '', 'on Thursday'])(
    'returns “%s”, which is no real ISO date, as written rather than hiding it',
    (value) => {
      expect(formatDateValue(value, 'en-GB')).toBe(value);
    },
  );

  it('formats in the reader’s own language when no locale is given', () => {
    expect(formatDateValue('2024-06-20')).toBe(
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2024, 5, 20)),
    );
  });
});

describe('formatDay and formatTimeOfDay', () => {
  it('write a headline day short, without the year, in the reader’s language', () => {
    expect(formatDay('2024-06-19', 'en-GB')).toBe('Wed 19 June');
    expect(formatDay('2024-06-19', 'en-US')).toBe('Wed, June 19');
    expect(formatDay('2024-02-30', 'en-GB')).toBe('2024-02-30');
  });

  it('write a clock time in the locale’s hours and a part of the day in words', () => {
    expect(formatTimeOfDay('02:00', null, 'en-GB')).toBe('02:00');
    expect(formatTimeOfDay('14:30', null, 'en-US')).toBe('2:30 PM');
    expect(formatTimeOfDay(null, 'early', 'en-GB')).toBe('early hours');
  });
});
