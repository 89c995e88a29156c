import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PlaceCollection, PlaceFeature, StoryMeta } from '../../../geo/contract/schema.ts';
import { dateDisagreement, gazetteerLink, placeReason } from '../../../src/story/place-notes.ts';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/story/${name}`, import.meta.url), 'utf8')) as T;
const places = read<PlaceCollection>('places.geojson').features;
const meta = read<StoryMeta>('story.json');
const articleById = new Map(meta.articles.map((a) => [a.id, a]));
const place = (id: string) => places.find((f) => f.properties.id === id)!;
const withProps = (f: PlaceFeature, extra: Partial<PlaceFeature['properties']>): PlaceFeature => ({
  ...f,
  properties: { ...f.properties, ...extra },
});

describe('a place’s notes', () => {
  it('sets each date the outlets give beside the outlets that give it, where they differ', () => {
    expect(dateDisagreement(place('hanoi'), articleById)).toEqual([
      { date: '2024-06-20', outlets: ['Outlet Two', 'Outlet Three'] },
      { date: '2024-06-19', outlets: ['Hostile Outlet'] },
    ]);
  });

  it('says nothing of dates where the outlets agree or give none', () => {
    expect(dateDisagreement(place('pyongyang'), articleById)).toBeNull();
    const agreed = withProps(place('hanoi'), { datesDiffer: false });
    expect(dateDisagreement(agreed, articleById)).toBeNull();
  });

  it('gives the reason of the mention the resolver was surest of', () => {
    const hanoi = place('hanoi');
    const sure = { ...hanoi.properties.excerpts[1]!, confidence: 0.99, reason: 'national capital' };
    const excerpts = [hanoi.properties.excerpts[0]!, sure];
    expect(placeReason(withProps(hanoi, { excerpts }))).toEqual({
      confidence: 0.99,
      reason: 'national capital',
      mentions: 2,
    });
    expect(placeReason(withProps(hanoi, { excerpts: [] }))).toBeNull();
  });

  it('links a Wikidata id before a GeoNames one, and neither when the gazetteer has none', () => {
    const hanoi = place('hanoi');
    expect(gazetteerLink(withProps(hanoi, { geonames: 1581130 }))?.href).toBe('https://www.geonames.org/1581130');
    expect(gazetteerLink(withProps(hanoi, { geonames: 1, wikidata: 'Q1858' }))?.href).toBe(
      'https://www.wikidata.org/wiki/Q1858',
    );
    expect(gazetteerLink(hanoi)).toBeNull();
  });
});
