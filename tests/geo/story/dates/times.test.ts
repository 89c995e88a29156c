// Times of day in running text, read against the article's date: each fixture's first line is
// the article's date (as its front matter writes it), each further line one sentence.
import { describe, expect, it } from 'vitest';
import { RouteLegProperties, SiteProperties } from '../../../../geo/contract/schema.ts';
import { findDates } from '../../../../geo/story/dates/dates.ts';
import { findTimes } from '../../../../geo/story/dates/times.ts';
import { expectGolden, goldenCases } from '../../golden.ts';

describe('times of day (tests/fixtures/times/in/<case>.txt → out/<case>.json)', () => {
  it.each(goldenCases('times'))('$name', ({ input, outFile }) => {
    const [articleDate, ...sentences] = input.trim().split('\n');
    expectGolden(
      outFile,
      sentences.map((sentence) => ({ sentence, times: findTimes(sentence, articleDate!) })),
    );
  });
});

describe('times of day', () => {
  it('reads "at 2am local time on Wednesday" as 02:00 on the Wednesday before the article', () => {
    expect(findTimes('He arrived at 2am local time on Wednesday.', '2024-06-20')).toEqual([
      { date: '2024-06-19', time: '02:00', part: null, at: 14 },
    ]);
  });

  it('reads "early Thursday morning" as before dawn, not the morning', () => {
    expect(findTimes('He arrived early Thursday morning.', '2024-06-20').map((t) => t.part)).toEqual(['early']);
  });

  it('gives a time no day when no date is written next to it', () => {
    expect(findTimes('They met in the afternoon, long after the talks on Thursday had ended.', '2024-06-20')).toEqual([
      { date: null, time: null, part: 'afternoon', at: 9 },
    ]);
  });

  it('finds nothing without an article date to read a weekday against, but still reads a bare clock time', () => {
    expect(findTimes('He arrived at 2am.', null)).toEqual([{ date: null, time: '02:00', part: null, at: 14 }]);
  });
});

describe('future weekdays', () => {
  it('reads "On Friday she is scheduled to …" in an article of Thursday as the next day', () => {
    expect(findDates('On Friday she is scheduled to lay a wreath.', '2025-03-13').map((d) => d.date)).toEqual([
      '2025-03-14',
    ]);
    expect(findDates('On Friday, the talks ended.', '2025-03-13').map((d) => d.date)).toEqual(['2025-03-07']);
  });
});

describe('the contract for data built before times were read', () => {
  it('still takes a leg without timeClaims and a site without order or timeClaims', () => {
    const leg = {
      ...{ id: 'leg-1', order: 1, from: 'a', to: 'b', fromName: 'A', toName: 'B', date: null },
      ...{ dateClaims: [], labelAt: [0, 0], evidence: [], basis: 'stated', why: null },
    };
    expect(RouteLegProperties.safeParse(leg).success).toBe(true);
    const site = { id: 's', name: 'S', kind: 'landmark', city: 'b', dateClaims: [], evidence: [] };
    expect(SiteProperties.safeParse(site).success).toBe(true);
    expect(
      SiteProperties.safeParse({
        ...site,
        timeClaims: [{ date: '2024-06-20', time: '2am', part: null, articles: ['a'] }],
      }).success,
    ).toBe(false);
  });
});
