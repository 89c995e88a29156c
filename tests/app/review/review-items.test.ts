// The review list on the app's fixture story: what needs a look comes first, each mark keyed as
// the pipeline keys its corrections, and the route's stops move one place at a time.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../geo/contract/corrections.ts';
import { moveStop, reviewItems, routeStops, WEAK_CONFIDENCE } from '../../../src/review/review-items.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();
const items = reviewItems(story);

describe('reviewItems', () => {
  it('lists every place, each trade figure and flow, those that need a look first', () => {
    const firstFine = items.findIndex((i) => i.look.length === 0);
    expect(items.slice(firstFine).every((i) => i.look.length === 0)).toBe(true);
    expect(items.filter((i) => i.kind !== 'figure' && i.kind !== 'flow')).toHaveLength(story.places.features.length);
    expect(items.filter((i) => i.kind === 'flow')).toHaveLength(story.flows.features.length);
    for (const item of items) expect(parseTarget(item.what)?.kind).toBe(item.kind);
  });

  it('flags inferred stops, approximate sites, disagreeing dates and weak resolutions', () => {
    for (const { properties: p } of story.places.features) {
      const look = items.find((i) => i.id === p.id)!.look.join(' ');
      expect(look.includes('inferred'), p.id).toBe(p.basis === 'inferred');
      expect(look.includes('approximate'), p.id).toBe(p.approximate === true);
      expect(look.includes('different dates'), p.id).toBe(p.datesDiffer === true);
      const best = Math.max(...p.excerpts.map((e) => e.confidence));
      expect(look.includes('weak'), p.id).toBe(p.excerpts.length > 0 && best < WEAK_CONFIDENCE);
    }
  });

  it('moves a stop one place, and no further than the ends', () => {
    const ids = routeStops(story).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(moveStop(ids, 1, -1)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(moveStop(ids, 0, -1)).toEqual(ids);
  });
});
