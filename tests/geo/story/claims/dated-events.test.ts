// Dated events of a trip besides its arrivals: a site's visits (one visit the outlets disagree
// on, or a visit on each day) and the signing. Each case is a folder of invented articles and a
// story.json, composed with story-two's gazetteer (Canberra's landmarks).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseAround, datesFor } from '../../../../geo/story/dates/clauses.ts';
import { findDates } from '../../../../geo/story/dates/dates.ts';
import { compose } from '../../compose.ts';
import { storyTwoGazetteer } from '../../gazetteer.ts';
import { expectGolden, FIXTURES } from '../../golden.ts';

const cases = (stage: string) => readdirSync(join(FIXTURES, stage, 'in')).sort();
const composeCase = (stage: string, name: string) => {
  const dir = join(FIXTURES, stage, 'in', name);
  return compose(dir, join(dir, 'story.json'), storyTwoGazetteer);
};
const outFile = (stage: string, name: string) => join(FIXTURES, stage, 'out', `${name}.json`);

describe('site visits (tests/fixtures/visits/in/<case>/ → out/<case>.json)', () => {
  it.each(cases('visits'))('%s', async (name) => {
    const { places } = await composeCase('visits', name);
    expectGolden(
      outFile('visits', name),
      places.features
        .filter((f) => f.properties.role === 'site')
        .map(({ properties: p }) => ({
          name: p.name,
          dates: p.dateClaims?.map((c) => ({ date: c.date, articles: c.articles })),
          datesDiffer: p.datesDiffer,
        })),
    );
  });
});

describe('the signing (tests/fixtures/signings/in/<case>/ → out/<case>.json)', () => {
  it.each(cases('signings'))('%s', async (name) => {
    const { meta } = await composeCase('signings', name);
    expectGolden(outFile('signings', name), meta.signing ?? null);
  });
});

describe('clauses', () => {
  it('takes a day written after a site in its clause over one written before in another clause', () => {
    const sentence = 'On Monday she landed, and she addressed lawmakers at Parliament House on Tuesday.';
    const at = sentence.indexOf('Parliament House');
    const dates = findDates(sentence, '2026-05-06');
    expect(datesFor(sentence, dates, [at, at + 16])[0]).toBe('2026-05-05');
  });

  it('takes the day written right after a site over one told before it in the same clause', () => {
    // Wednesday 6 May 2026: "on Sunday" looks back, "is expected to … on Thursday" ahead.
    const sentence =
      'Varga, who left Santiago on Sunday evening, is expected to sign the pact at Parliament House on Thursday.';
    const at = sentence.indexOf('Parliament House');
    const dates = findDates(sentence, '2026-05-06');
    expect(datesFor(sentence, dates, [at, at + 16])[0]).toBe('2026-05-07');
  });

  it('does not break a clause at the colon of a clock time', () => {
    const sentence = 'She was at Parliament House at 14:30 on Tuesday.';
    expect(clauseAround(sentence, 11, 27)).toEqual([0, sentence.length]);
  });
});
