// Dates in running text against the article's day (Friday 9 May 2031 here): ordinals, a future
// verb further from the weekday, a subject of several words, and "on Friday" said on a Friday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../geo/story/dates/dates.ts';

const FRIDAY = '2031-05-09';
const first = (sentence: string, day = FRIDAY) => findDates(sentence, day)[0]?.date ?? null;

describe('dates in the text', () => {
  it('reads an ordinal day: “from May 12th to 13th”', () => {
    expect(first('The President will travel to Quito from May 12th to 13th.')).toBe('2031-05-12');
    expect(first('The summit opens on 14th May.')).toBe('2031-05-14');
  });

  it('looks forward from a future verb up to 48 characters before the weekday', () => {
    expect(first('The President will head to Sharm Harbour, Pacifica, on Monday.')).toBe('2031-05-12');
    expect(first('She arrived in Lima on Monday.')).toBe('2031-05-05');
  });

  it('reads a subject of several words before a future verb', () => {
    expect(first('On Wednesday, the Vice President will depart Lima for La Paz.')).toBe('2031-05-14');
  });

  it('takes “on Friday” with a future verb, written on a Friday, as the Friday to come', () => {
    expect(first('On Friday, Varga will depart Lima for La Paz.')).toBe('2031-05-16');
    expect(first('On Friday, Varga departed Lima for La Paz.')).toBe('2031-05-09');
  });
});
