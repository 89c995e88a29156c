// The small story of tests/app/fixtures/story/ (see make-story.ts), loaded as the app loads one.
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/story/story.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/story/${name}`, import.meta.url), 'utf8'));

export const fixtureStory = (): Story =>
  ({
    meta: read('story.json'),
    places: read('places.geojson'),
    route: read('route.geojson'),
    flows: read('flows.geojson'),
  }) as Story;
