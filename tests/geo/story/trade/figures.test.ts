import { describe, expect, it } from 'vitest';
import { bareAmounts, extractFigures } from '../../../../geo/story/trade/figures.ts';
import { findDates } from '../../../../geo/story/dates/dates.ts';
import { expectGolden, goldenCases } from '../../golden.ts';

describe('extract figures', () => {
  it.each(goldenCases('figures'))('$name', ({ input, outFile }) => {
    expectGolden(
      outFile,
      input
        .trim()
        .split('\n')
        .map((sentence) => ({ sentence, figures: extractFigures(sentence) })),
    );
  });

  it('reads "$3.5bn in 2022" as 3.5 billion US dollars of 2022, and gives the year to the figures it is compared with', () => {
    const [russia, china, us] = extractFigures(
      'Trade stood at just $3.5bn in 2022 – far less than $175bn with China and $123bn with the US.',
    );
    expect(russia).toMatchObject({ value: 3.5e9, currency: 'USD', year: 2022, qualifier: 'just' });
    expect([china?.value, china?.year, us?.value, us?.year]).toEqual([175e9, 2022, 123e9, 2022]);
  });

  it('flags an amount with a scale but no currency', () => {
    expect(bareAmounts('Trade stood at 3.5bn in 2022.')).toEqual(['3.5bn']);
    expect(bareAmounts('Some 100 million people voted; $2bn was spent.')).toEqual([]);
  });

  it('reads a count of something after an amount as no money, so never as a figure without its currency', () => {
    expect(bareAmounts('Our exports support 4 million American jobs.')).toEqual([]);
    expect(bareAmounts('Trade links reach 400 million consumers.')).toEqual([]);
    expect(bareAmounts('Trade reached 4.2 billion this year as exports rose.')).toEqual(['4.2 billion']);
  });

  it('reads a currency written as words after the amount, and a hyphenated scale', () => {
    const [aud, usd, pledge] = extractFigures(
      'Trade was worth 21.5 billion Australian dollars, against 2.3 trillion US dollars and a $600-billion pledge.',
    );
    expect([aud?.currency, aud?.value]).toEqual(['AUD', 21.5e9]);
    expect([usd?.currency, usd?.value]).toEqual(['USD', 2.3e12]);
    expect([pledge?.currency, pledge?.value]).toEqual(['USD', 600e9]);
  });
});

describe('dates', () => {
  it('resolves weekdays against the article date, backwards for the past and forwards for plans', () => {
    expect(findDates('He arrived early Thursday.', '2024-06-20').map((d) => d.date)).toEqual(['2024-06-20']);
    expect(findDates('They signed it on Wednesday.', '2024-06-20').map((d) => d.date)).toEqual(['2024-06-19']);
    expect(findDates('She is due in Perth on Friday.', '2025-03-13').map((d) => d.date)).toEqual(['2025-03-14']);
    expect(findDates('on 19 June 2024 and June 20', '2024-06-21').map((d) => d.date)).toEqual([
      '2024-06-19',
      '2024-06-20',
    ]);
    expect(findDates('on Thursday', null)).toEqual([]);
  });
});
