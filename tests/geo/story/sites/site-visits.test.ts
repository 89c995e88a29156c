// Sites on places (geo/contract/schema.ts): each site place carries its visit (order, dates,
// times, sentences), so the app reads them from places.geojson and never fetches sites.geojson.
// The first story's golden outputs are the pipeline's own (tests/geo/story.test.ts checks them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlaceCollection, SiteCollection } from '../../../../geo/contract/schema.ts';
import { FIXTURES } from '../../golden.ts';

const golden = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES}/story-one/out/${name}.json`, 'utf8'));
const places = PlaceCollection.parse(golden('places.geojson'));
const sites = SiteCollection.parse(golden('sites.geojson'));

/** The first story's places, with `change` made to the place `id`'s properties. */
function placesWith(id: string, change: (p: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(places);
  change(copy.features.find((f) => f.id === id)!.properties);
  return copy;
}
const messages = (value: unknown) => PlaceCollection.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('the site places in places.geojson', () => {
  it('carry each site’s visit exactly as sites.geojson gives it', () => {
    expect(sites.features.length).toBeGreaterThan(1);
    for (const site of sites.features) {
      const place = places.features.find((f) => f.id === site.id)!;
      expect(place.properties.role).toBe('site');
      const { order, dateClaims, timeClaims, evidence } = place.properties;
      expect({ order, dateClaims, timeClaims, evidence }).toEqual({
        order: site.properties.order,
        dateClaims: site.properties.dateClaims,
        timeClaims: site.properties.timeClaims,
        evidence: site.properties.evidence,
      });
    }
    expect(places.features.filter((f) => f.properties.role === 'site')).toHaveLength(sites.features.length);
  });

  it('leave every other place without a visit’s order, times or sentences', () => {
    for (const { properties: p } of places.features.filter((f) => f.properties.role !== 'site'))
      expect([p.order, p.timeClaims, p.evidence]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the places contract', () => {
  const site = sites.features[0]!.id;
  const stop = places.features.find((f) => f.properties.role === 'stop')!.id;

  it('refuses a site without its order or its sentences, naming the site', () => {
    expect(messages(placesWith(site, (p) => delete p.order))).toContain(`the site ${site} has no order`);
    expect(messages(placesWith(site, (p) => delete p.evidence))).toEqual([`the site ${site} has no evidence`]);
  });

  it('refuses a stop that carries a site’s visit', () => {
    expect(messages(placesWith(stop, (p) => (p.order = 9)))[0]).toBe(`the stop ${stop} has a site's order`);
  });

  it('refuses two sites with one order', () => {
    const twice = placesWith(site, (p) => (p.order = 2));
    expect(messages(twice)).toEqual([expect.stringContaining("the sites' orders are 2, 2, ")]);
  });
});
