import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  FlowCollection,
  PlaceCollection,
  RouteCollection,
  SiteCollection,
  StoryMeta,
} from '../../../geo/contract/schema.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/story/${name}`, import.meta.url), 'utf8'));

describe('the app fixture follows the pipeline contract', () => {
  it.each([
    ['places.geojson', PlaceCollection],
    ['route.geojson', RouteCollection],
    ['sites.geojson', SiteCollection],
    ['flows.geojson', FlowCollection],
    ['story.json', StoryMeta],
  ] as const)('%s parses', (name, schema) => {
    expect(() => schema.parse(read(name))).not.toThrow();
  });

  it('highlights the place name inside each sentence', () => {
    const places = PlaceCollection.parse(read('places.geojson'));
    for (const place of places.features) {
      for (const e of place.properties.excerpts) expect(e.sentence.slice(...e.highlight)).toBe(e.text);
    }
  });
});
