// Dates in running text against the article's day (Friday 9 May 2031 here): ordinals, a future
// verb further from the weekday, a subject of several words, and "on Friday" said on a Friday.
import { describe, expect, it } from 'vitest';
import { findDates, scheduleDates } from '../../../../geo/story/dates/dates.ts';

const FRIDAY = '2031-05-09';
const first = (sentence: string, day = FRIDAY) => findDates(sentence, day)[0]?.date ?? null;

describe('dates in the text', () => {
  it('reads a day named from the text’s own: “late last night”, “yesterday”, “tomorrow”', () => {
    expect(first('Varga arrived in Lima late last night.')).toBe('2031-05-08');
    expect(first('She flew to Quito yesterday from Lima.')).toBe('2031-05-08');
    expect(first('She heads back to Santiago tomorrow.')).toBe('2031-05-10');
    expect(first('She met the fishermen today.')).toBeNull();
  });

  it('reads an ordinal day: “from May 12th to 13th”', () => {
    expect(first('The President will travel to Quito from May 12th to 13th.')).toBe('2031-05-12');
    expect(first('The summit opens on 14th May.')).toBe('2031-05-14');
  });

  it('reads a span written with a dash by its first day: “18–21 May”, “May 18-21”', () => {
    expect(first('From 18–21 May, Varga will visit Peru.')).toBe('2031-05-18');
    expect(first('Varga will be in Lima on 18-21 May.')).toBe('2031-05-18');
    expect(first('Varga will be in Lima on May 18-21.')).toBe('2031-05-18');
  });

  it('looks forward from a future verb up to 48 characters before the weekday', () => {
    expect(first('The President will head to Sharm Harbour, Pacifica, on Monday.')).toBe('2031-05-12');
    expect(first('She arrived in Lima on Monday.')).toBe('2031-05-05');
  });

  it('reads a move in the simple present as the schedule’s day to come, or today', () => {
    expect(first('She travels on to Peru on Sunday.')).toBe('2031-05-11');
    expect(first('Varga arrives in Lima on Friday for talks.')).toBe('2031-05-09');
    expect(first('Varga arrived in Lima on Wednesday.')).toBe('2031-05-07');
  });

  it('lets a look ahead end on the text’s day: “later on Friday”, “was due to fly back … on Friday”', () => {
    expect(first('Varga will fly back to Santiago later on Friday.')).toBe('2031-05-09');
    expect(first('Varga was due to fly back to Santiago on Friday.')).toBe('2031-05-09');
    expect(first('Varga will fly back to Santiago on Friday.')).toBe('2031-05-16');
  });

  it('reads a future cue further back when no past verb stands between', () => {
    expect(
      first('Varga is expected to sign a maritime security pact with the Peruvian president at the palace on Tuesday.'),
    ).toBe('2031-05-13');
    expect(
      first('Varga was expected to sign the pact, but the Peruvian president cancelled the meeting on Tuesday.'),
    ).toBe('2031-05-06');
  });

  it('reads a subject of several words before a future verb', () => {
    expect(first('On Wednesday, the Vice President will depart Lima for La Paz.')).toBe('2031-05-14');
  });

  it('takes “on Friday” with a future verb, written on a Friday, as the Friday to come', () => {
    expect(first('On Friday, Varga will depart Lima for La Paz.')).toBe('2031-05-16');
    expect(first('On Friday, Varga departed Lima for La Paz.')).toBe('2031-05-09');
  });

  it('reads an arrangement in the present progressive ahead, and the weekday joined to it by “and”', () => {
    const dates = findDates(
      'She is departing Lima on Saturday evening and arrives in Quito on Sunday afternoon.',
      FRIDAY,
    );
    expect(dates.map((d) => d.date)).toEqual(['2031-05-10', '2031-05-11']);
    expect(first('She is in Lima, where she met the fishermen on Thursday.')).toBe('2031-05-08');
  });

  it('keeps two weekdays told in order with “before” or “then” in order, and “and” as the tense says', () => {
    // Written on a Friday: Friday is today, and Saturday after "before" is tomorrow, not last week's.
    expect(
      findDates('She holds talks with the president on Friday before flying home on Saturday.', FRIDAY).map(
        (d) => d.date,
      ),
    ).toEqual(['2031-05-09', '2031-05-10']);
    expect(findDates('She held talks on Friday and left late Thursday.', FRIDAY).map((d) => d.date)).toEqual([
      '2031-05-09',
      '2031-05-08',
    ]);
  });

  it('takes the date written beside a weekday, and a subject after “in X,”', () => {
    expect(
      findDates('Lastly, in Quito, on Saturday, May 17th, the President will open a port.', FRIDAY).map((d) => d.date),
    ).toEqual(['2031-05-17']);
    expect(first('On Thursday, in Bolivia, the President will meet the miners.')).toBe('2031-05-15');
  });

  it('runs a schedule told in order past its first week', () => {
    const days = scheduleDates(
      [
        'On Friday, she will depart Bolivia for Asunción.',
        'On Saturday, still in Asunción, she will open a port.',
        'Later, she will fly home on Friday.',
      ],
      '2031-05-09',
    );
    expect(days.map((d) => d.map((m) => m.date))).toEqual([['2031-05-16'], ['2031-05-17'], ['2031-05-23']]);
  });
});
