// The review list on the app's fixture story: what needs a look comes first, each mark keyed as
// the pipeline keys its corrections, and the route's stops move one place at a time.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../geo/contract/corrections.ts';
import {
  moveStop,
  partnerCandidates,
  reviewItems,
  routeStops,
  stopCandidates,
  WEAK_CONFIDENCE,
} from '../../../src/review/review-items.ts';
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

describe('the route as the desk lists it', () => {
  it('counts each visit of a place and shows each stop’s arrival: its leg’s, or the first stop’s own', () => {
    const trip = structuredClone(story);
    const first = trip.route.features[0]!;
    const [a, b] = [first.properties.from, first.properties.to];
    const back = structuredClone(first);
    Object.assign(back.properties, { id: 'leg-back', order: 2, from: b, to: a, date: '2031-01-05' });
    trip.route.features = [{ ...first, properties: { ...first.properties, date: '2031-01-02' } }, back];
    trip.places.features.find((p) => p.id === a)!.properties.arrive = '2031-01-01';
    expect(routeStops(trip).map((s) => [s.id, s.visit, s.arrive])).toEqual([
      [a, 1, '2031-01-01'],
      [b, 1, '2031-01-02'],
      [a, 2, '2031-01-05'],
    ]);
  });

  it('offers as a stop any city, region or country named and not on the route, cities first', () => {
    const onRoute = new Set(routeStops(story).map((s) => s.id));
    const kinds = new Map(story.places.features.map((p) => [p.id, p.properties.kind]));
    const offered = stopCandidates(story).map((c) => kinds.get(c.id)!);
    expect(stopCandidates(story).some((c) => onRoute.has(c.id))).toBe(false);
    expect(offered).toContain('country');
    expect(offered.every((k) => ['city', 'admin1', 'country'].includes(k))).toBe(true);
    expect(offered.lastIndexOf('city')).toBeLessThan(offered.indexOf('country'));
  });

  it('offers the story’s countries and regions as a figure’s partner, by name', () => {
    const names = partnerCandidates(story).map((p) => p.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
    const kinds = new Set(
      partnerCandidates(story).map((c) => story.places.features.find((p) => p.id === c.id)!.properties.kind),
    );
    expect([...kinds].every((k) => k === 'country' || k === 'region')).toBe(true);
    expect(names.length).toBeGreaterThan(1);
  });
});
