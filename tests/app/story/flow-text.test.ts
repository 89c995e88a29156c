// What a flow says in words (src/story/flows.ts), from the pipeline's properties only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta, FlowCollection, StoryMeta } from '../../../geo/contract/schema.ts';
import { flowFacts, measureText } from '../../../src/story/flows.ts';
import { tradeLine } from '../../../src/story/trade-line.ts';

const read = <T>(name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story', name), 'utf8')) as T;
const flows = read<FlowCollection>('flows.geojson').features;
const articleById = new Map<string, ArticleMeta>(read<StoryMeta>('story.json').articles.map((a) => [a.id, a]));
const outlet = (id: string) => articleById.get(id)!.outlet;

describe('trade flows in words', () => {
  it('says in one line whose trade the flows are, of what year, what they count and who gave the figures', () => {
    const [china, us] = flows;
    const p = china!.properties;
    expect(tradeLine([china!], articleById)).toBe(
      `${p.reporterName}’s trade with one partner, ${p.year}, ${p.scope}; figures from ${outlet(p.evidence.article)}`,
    );
    // Where flows differ, the line lists each value once; an unstated scope says so.
    expect(tradeLine([china!, us!], articleById)).toContain(`${p.scope} and goods or services not stated`);
  });

  it('lists a flow’s value, year, reporter and partner, what it counts, its sentence and outlet', () => {
    const us = flows[1]!;
    const facts = flowFacts(us, articleById);
    expect(facts).toMatchObject({
      title: `${us.properties.reporterName} → ${us.properties.partnerName}`,
      value: us.properties.label,
      year: String(us.properties.year),
      counts: `${us.properties.counts}, as the sentence says (goods or services not stated)`,
      outlet: outlet(us.properties.evidence.article),
      sentence: us.properties.evidence.sentence,
    });
  });

  it('lists the one-way figures kept with a flow: which way the goods go, the value, year and outlet', () => {
    const china = flows[0]!;
    const outletName = outlet(china.properties.evidence.article);
    expect(flowFacts(china, articleById).figures).toEqual([
      {
        what: 'Trade, direction not stated',
        value: '$175bn',
        detail: '2023, goods',
        drawn: true,
        outlets: outletName,
      },
      { what: 'Exports, Vietnam → China', value: '$61bn', detail: '2023, goods', drawn: false, outlets: outletName },
      { what: 'Imports, China → Vietnam', value: '$114bn', detail: '2023, goods', drawn: false, outlets: outletName },
    ]);
    // A flow with one figure lists none: the panel's facts already give it.
    expect(flowFacts(flows[1]!, articleById).figures).toEqual([]);
  });

  it('gives the value as the sentence qualifies it, and a region as a region', () => {
    const p = flows[1]!.properties;
    const region = {
      ...flows[1]!,
      properties: {
        ...p,
        partnerName: 'Indo-Pacific',
        partnerKind: 'region' as const,
        figures: [{ ...p.figures[0]!, measure: 'two-way' as const, qualifier: 'nearly' }],
      },
    };
    const facts = flowFacts(region, articleById);
    expect([facts.value, facts.whose]).toEqual(['nearly $123bn', 'Vietnam’s trade with the Indo-Pacific region']);
    expect(measureText(region, region.properties.figures[0]!)).toBe('Two-way trade');
  });

  it('says nothing when no flow is drawn', () => {
    expect(tradeLine([], articleById)).toBe('');
  });
});
