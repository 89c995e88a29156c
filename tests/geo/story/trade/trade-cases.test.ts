// Trade as the texts give it, one rule a case (tests/fixtures/trade/in/<case>/ → out/<case>.json):
// the flows drawn with every figure kept with each, and what each money figure of a sentence
// about trade was read as.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { compose } from '../../compose.ts';
import { expectGolden, FIXTURES } from '../../golden.ts';

describe('trade cases', () => {
  const dir = join(FIXTURES, 'trade');
  it.each(readdirSync(join(dir, 'in')).sort())('%s', async (name) => {
    const { flows, meta } = await compose(join(dir, 'in', name), join(dir, 'in', name, 'story.json'));
    expectGolden(join(dir, 'out', `${name}.json`), {
      flows: flows.features.map(({ properties: p }) => ({
        reporter: p.reporterName,
        partner: p.partnerName,
        partnerKind: p.partnerKind,
        drawn: `${p.measure} ${p.label}`,
        figures: p.figures.map((f) => ({
          measure: f.measure,
          goesTo: f.goesTo,
          label: f.label,
          currency: f.currency,
          valueUsd: f.valueUsd,
          year: f.year,
          qualifier: f.qualifier,
          scope: f.scope,
          counts: f.counts,
        })),
      })),
      money: meta.figures
        .filter((f) => f.measure !== undefined)
        .map((f) => `${f.text}: ${f.measure ?? `not trade (${f.notTrade})`}`),
    });
  });
});
