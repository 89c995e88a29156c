// Where place labels go (src/lib/labels.ts): on a side planned per zoom level, never on a
// neighbour's, shared by marks too close to label apart, on invented places.
import { describe, expect, it } from 'vitest';
import type { PlaceFeature, PlaceRole } from '../../geo/contract/schema.ts';
import { planLabels } from '../../src/lib/labels.ts';

const place = (id: string, role: PlaceRole, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    id,
    name: `Place ${id}`,
    kind: 'landmark',
    role,
    country: null,
    mentionCount: 1,
    outletCount: 1,
    excerpts: [],
    basis: 'stated',
    why: null,
  },
});

// Two sites about 500 m apart east–west, a third 2 km south-east, somewhere nothing of a story is.
const west = place('west', 'site', 12.0, 45.0);
const east = place('east', 'site', 12.0064, 45.0);
const far = place('far', 'site', 12.02, 44.985);

describe('label placement', () => {
  it('puts two close marks’ labels on their outer sides once they are apart, never swapped', () => {
    const plan = planLabels([west, east, far]);
    expect(plan.get('west')!.anchor14).toMatch(/right$/);
    expect(plan.get('east')!.anchor14).toMatch(/left$/);
    expect([plan.get('west')!.label14, plan.get('east')!.label14]).toEqual(['Place west', 'Place east']);
  });

  it('gives marks too close to label apart one shared label naming both, and says which marks it names', () => {
    const plan = planLabels([west, east, far]);
    const z = 9;
    const labels = [plan.get('west')!, plan.get('east')!].map((p) => p[`label${z}`]);
    expect(labels.filter((l) => l !== '')).toEqual(['Place west\nPlace east']);
    expect(plan.get('west')![`marks${z}`]).toBe('west east');
    expect(plan.get('east')![`marks${z}`]).toBe('west east');
    expect(plan.get('far')![`label${z}`]).toBe('Place far');
  });

  it('draws no site label below the zoom the sites appear at', () => {
    const plan = planLabels([west, east, far]);
    expect(plan.get('far')!.label8).toBe('');
  });

  it('labels a lone mark on its right, and a stop over a place drawn under it still', () => {
    const stop = place('city', 'stop', 30, 10);
    const under = place('inside', 'mentioned', 30.00001, 10);
    const plan = planLabels([stop, under]);
    expect(plan.get('city')!.anchor3).toBe('left');
    expect(plan.get('city')!.label3).toBe('Place city');
  });

  it('is the same plan whatever order the places come in', () => {
    const a = planLabels([west, east, far]);
    const b = planLabels([far, east, west]);
    for (const id of ['west', 'east', 'far']) expect(b.get(id)).toEqual(a.get(id));
  });
});
