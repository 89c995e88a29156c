// The lexicon is read in one place and written in another: each pair must agree.
import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../geo/lexicon/money.ts';
import { geoparse } from '../../geo/places/geoparse.ts';
import { extractFigures, moneyLabel } from '../../geo/story/trade/figures.ts';
import { gazetteer } from './gazetteer.ts';

describe('the lexicon', () => {
  it.each(CURRENCIES.map((c) => c.code))(
    'writes a %s flow label that the figure finder reads back as the same amount',
    (code) => {
      for (const value of [750_000, 3.5e9, 2e12]) {
        const [figure] = extractFigures(`Trade stood at ${moneyLabel(value, code)} in 2023.`);
        expect([figure?.currency, figure?.value]).toEqual([code, value]);
      }
    },
  );

  it('reads a word of a leader title beside a town as the title, not as a person’s name', async () => {
    const { mentions } = geoparse('The Da Nang Government said it would host the talks.', await gazetteer());
    expect(mentions.map((m) => m.text)).toEqual(['Da Nang']);
  });
});
