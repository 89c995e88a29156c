// Which money of a sentence about trade is trade, and what it counts (geo/story/trade/money-kind.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../geo/story/trade/figures.ts';
import { moneyKinds } from '../../../../geo/story/trade/money-kind.ts';

/** Each money figure of the sentence as "text: measure (words)" or "text: not trade, kind (word)". */
const kinds = (sentence: string) => {
  const money = extractFigures(sentence).filter((f) => f.kind === 'money');
  return moneyKinds(sentence, money).map((k, i) =>
    k.trade
      ? `${money[i]!.text}: ${k.words.measure} (${k.words.counts}${k.words.scope ? `, ${k.words.scope}` : ''})`
      : `${money[i]!.text}: not trade, ${k.notTrade} (${k.word})`,
  );
};

describe('what the words beside a figure call it', () => {
  it('tells trade both ways, exports and imports of one partner apart in one sentence', () => {
    expect(
      kinds('Last year Peru–Sweden goods trade totalled $3.6bn, with Swedish exports at $2.1bn and $1.5bn in imports.'),
    ).toEqual(['$3.6bn: trade (goods trade, goods)', '$2.1bn: exports (exports)', '$1.5bn: imports (imports)']);
    expect(kinds('Total trade in goods and services with Peru reached $3.6bn.')).toEqual([
      '$3.6bn: two-way (total trade in goods and services, goods and services)',
    ]);
  });

  it('takes the head of the phrase after a figure: a "trade surplus" is a surplus', () => {
    expect(kinds('Sweden had a $2bn trade surplus with Peru, and trade totalled $3.6bn.')).toEqual([
      '$2bn: not trade, balance (surplus)',
      '$3.6bn: trade (trade)',
    ]);
    expect(kinds('Trade reached $3.6bn, and a trade surplus in goods of $443m.')).toEqual([
      '$3.6bn: trade (trade)',
      '$443m: not trade, balance (surplus)',
    ]);
  });

  it('sets aside pledges, deals, contracts, aid, loans and output next to a trade figure', () => {
    expect(kinds('Beside $3bn of two-way trade, Peru made a $40bn investment pledge.')).toEqual([
      '$3bn: two-way (two-way trade)',
      '$40bn: not trade, pledge (pledge)',
    ]);
    expect(kinds('Exports reached $1bn, and a $9bn deal for turbines was signed.')).toEqual([
      '$1bn: exports (exports)',
      '$9bn: not trade, deal (deal)',
    ]);
    expect(kinds('Trade stood at $2bn; the contract was valued at $700m.')).toEqual([
      '$2bn: trade (trade)',
      '$700m: not trade, contract (contract)',
    ]);
    expect(kinds('Trade stood at $2bn, and Sweden announced a $50m aid package.')).toEqual([
      '$2bn: trade (trade)',
      '$50m: not trade, package (package)',
    ]);
    expect(kinds('The region, with a GDP of 2.3 trillion US dollars, has $90bn of trade with Peru.')).toEqual([
      '2.3 trillion US dollars: not trade, output (gdp)',
      '$90bn: trade (trade)',
    ]);
  });

  it('reads a ceiling as a pledge: a trade statistic is never "up to"', () => {
    expect(kinds('The bank will facilitate up to $500m in exports to Peru.')).toEqual([
      'up to $500m: not trade, pledge (up to)',
    ]);
  });

  it('takes the last telling word before a figure, back to the figure before it, when none follows it', () => {
    expect(kinds('Exports rose. Two-way trade with Peru was $2bn, a record.')).toEqual([
      '$2bn: two-way (two-way trade)',
    ]);
    expect(kinds('Trade with Peru ($2bn) doubled, as did investment ($1bn).')).toEqual([
      '$2bn: trade (trade)',
      '$1bn: not trade, investment (investment)',
    ]);
  });
});
