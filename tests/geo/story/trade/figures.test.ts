import { describe, expect, it } from 'vitest';
import { bareAmounts, extractFigures } from '../../../../geo/story/trade/figures.ts';
import { findDates } from '../../../../geo/story/dates/dates.ts';
import { measureOf } from '../../../../geo/story/trade/flows.ts';
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

describe('what a trade figure counts', () => {
  const measure = (sentence: string) => {
    const [figure] = extractFigures(sentence);
    return measureOf(sentence, figure!);
  };

  it('takes the trade words nearest the figure, and no scope when the sentence names none', () => {
    expect(measure('Exports rose. Two-way trade with Peru was $2bn, a record.')).toEqual({
      counts: 'two-way trade',
      scope: null,
    });
  });

  it('reads goods, services or both before or after the trade word', () => {
    expect(measure('Goods trade with Peru reached $2bn.').scope).toBe('goods');
    expect(measure('Trade in goods and services with Peru reached $2bn.')).toEqual({
      counts: 'trade in goods and services',
      scope: 'goods and services',
    });
    expect(measure('Services exports to Peru were worth $2bn.').scope).toBe('services');
  });
});
