// Dates must be days that exist: in front matter, in a text without front matter, and as
// the base that "on Thursday" is resolved against.
import { describe, expect, it } from 'vitest';
import { dateTimeProblem } from '../../../geo/article/calendar.ts';
import { findDate } from '../../../geo/article/infer.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';
import { findDates } from '../../../geo/story/dates/dates.ts';

describe('the calendar check', () => {
  it.each([
    '2024-02-29',
    '2000-02-29',
    '2024-12-31',
    '2024-06-20T00:00',
    '2024-06-20T23:59:59Z',
    '2024-06-20T18:39+02:00',
    '2024-06-20T18:39-1200',
    '2024-06-20T18:39+14:00',
  ])('takes %s', (value) => {
    expect(dateTimeProblem(value)).toBeNull();
  });

  it.each([
    ['2023-02-29', 'February 2023 has no day 29 (it has 28 days)'],
    ['1900-02-29', 'February 1900 has no day 29 (it has 28 days)'],
    ['2024-04-31', 'April 2024 has no day 31 (it has 30 days)'],
    ['2024-13-45', 'there is no month 13 (months go 01 to 12)'],
    ['2024-06-00', 'June 2024 has no day 0 (it has 30 days)'],
    ['0000-01-01', 'year 0 is not in the calendar (the first is 0001)'],
    ['2024-06-20T24:00', 'there is no hour 24 (hours go 00 to 23)'],
    ['2024-06-20T12:00:60', 'there is no second 60 (seconds go 00 to 59)'],
    ['2024-06-20T12:00+14:30', 'the offset +14:30 is not one a time zone has (they go from -12:00 to +14:00)'],
    ['2024-06-20T12:00+02:60', 'the offset +02:60 is not one a time zone has (they go from -12:00 to +14:00)'],
    ['20 June 2024', 'it is not written YYYY-MM-DD or as an ISO date-time'],
  ])('refuses %s: %s', (value, problem) => {
    expect(dateTimeProblem(value)).toBe(problem);
  });
});

describe('a date in a text without front matter', () => {
  it('passes over a day that does not exist for the next real one', () => {
    expect(findDate('Posted February 30, 2024. Updated June 21, 2024.')).toEqual({
      date: '2024-06-21',
      impossible: { text: 'February 30, 2024', at: 7 },
    });
    expect(findDate('Posted 31.04.2024, updated 01.05.2024')).toEqual({
      date: '2024-05-01',
      impossible: { text: '31.04.2024', at: 7 },
    });
  });

  it('is ignored with a warning naming the line when it does not exist', () => {
    const { article, warnings } = ingestArticle(
      'c.txt',
      'A headline that is long enough\n\nFebruary 30, 2024\n\nThe text.\n',
    );
    expect(article.date).toBeNull();
    expect(warnings).toContain(
      'c.txt:3: “February 30, 2024” is not a real date, so it is not taken as the article’s date. Correct it, or give the date in front matter (`date: "YYYY-MM-DD"`)',
    );
  });
});

describe('dates in running text', () => {
  it('resolves weekdays only against an article date that exists', () => {
    expect(findDates('He arrived on Thursday.', '2024-06-20').map((d) => d.date)).toEqual(['2024-06-20']);
    // Date would read 30 February as 1 March and resolve "Thursday" against the wrong week.
    expect(findDates('He arrived on Thursday.', '2024-02-30')).toEqual([]);
    expect(findDates('He arrived on Thursday.', '2024-13-45')).toEqual([]);
  });

  it('takes no day-and-month that does not exist', () => {
    expect(findDates('Talks on 30 February and on 29 February.', '2024-06-20').map((d) => d.date)).toEqual([
      '2024-02-29',
    ]);
    expect(findDates('Talks on 29 February.', '2023-06-20')).toEqual([]);
  });
});
