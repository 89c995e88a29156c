// What a flow says in words (src/story/flows.ts), from the pipeline's properties only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta, FlowCollection, StoryMeta } from '../../../geo/contract/schema.ts';
import { flowFacts, tradeLine } from '../../../src/story/flows.ts';

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

  it('says nothing when no flow is drawn', () => {
    expect(tradeLine([], articleById)).toBe('');
  });
});
