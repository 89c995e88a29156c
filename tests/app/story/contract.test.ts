// The names the pipeline and the app share (geo/contract/names.ts): the type checker catches
// a name one side renames; these catch a file or a layer one side adds and the other leaves out.
import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BASEMAP_FILES, CITY_LAYER, STORY_FILES } from '../../../geo/contract/names.ts';
import { selectCityDetail } from '../../../geo/basemap/city-detail.ts';

vi.stubGlobal('location', new URL('http://localhost:4173/'));
afterAll(() => vi.unstubAllGlobals());
const { loadStory } = await import('../../../src/story/story.ts');
const { embeddedStyle } = await import('../../../src/map/style.ts');
const { basemapLayers } = await import('../../../src/map/layers.ts');

const fixture = (name: string) => readFileSync(new URL(`../fixtures/story/${name}`, import.meta.url), 'utf8');

/** Every string an expression compares `['get', 'layer']` with, `['literal', [...]]` lists included. */
function layerNames(expression: unknown): string[] {
  if (!Array.isArray(expression)) return [];
  const [, first, ...rest] = expression as unknown[];
  const comparesLayer = JSON.stringify(first) === '["get","layer"]';
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : [];
  return [
    ...(comparesLayer ? rest.flatMap(strings).filter((s) => s !== 'literal') : []),
    ...expression.flatMap(layerNames),
  ];
}

const cityLayersDrawn = basemapLayers.flatMap((l) =>
  'source' in l && l.source === 'city' && 'filter' in l ? layerNames(l.filter) : [],
);

describe('the contract between the pipeline and the app', () => {
  it('has the app fetch the story files by their contract names, all but sites.geojson, whose sites it draws from places.geojson', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const name = url.split('/').pop()!;
        fetched.push(name);
        return new Response(fixture(name));
      }),
    );
    const story = await loadStory('http://localhost:4173/data/story/');
    expect(fetched.sort()).toEqual(
      [STORY_FILES.flows, STORY_FILES.places, STORY_FILES.route, STORY_FILES.story].sort(),
    );
    expect(story.places.features.some((f) => f.properties.role === 'site')).toBe(true);
  });

  it('has the map load every file the basemap build writes, and no other', () => {
    const [meta, places, route, flows] = [
      STORY_FILES.story,
      STORY_FILES.places,
      STORY_FILES.route,
      STORY_FILES.flows,
    ].map((n) => JSON.parse(fixture(n)));
    const style = embeddedStyle({ meta, places, route, flows }, 1);
    const basemapUrls = Object.values(style.sources).flatMap((s) =>
      'data' in s && typeof s.data === 'string' && s.data.includes('/data/basemap/') ? [s.data.split('/').pop()] : [],
    );
    // The boxes of city detail are the app's to read (src/map/city-detail.ts), not a layer's.
    const drawn = Object.values(BASEMAP_FILES).filter((name) => name !== BASEMAP_FILES.cityExtents);
    expect(basemapUrls.sort()).toEqual(drawn.sort());
  });

  it('ships only the city layers the map draws, and the map draws each of them', () => {
    const extracts = readdirSync('data/basemap/cities')
      .filter((name) => name.endsWith('.geojson'))
      .map(
        (name) => JSON.parse(readFileSync(`data/basemap/cities/${name}`, 'utf8')) as FeatureCollection<Geometry | null>,
      );
    const shipped = new Set(selectCityDetail(extracts).features.map((f) => f.properties?.layer as string));
    expect([...shipped].sort()).toEqual(Object.values(CITY_LAYER).sort());
    expect([...new Set(cityLayersDrawn)].sort()).toEqual(Object.values(CITY_LAYER).sort());
  });
});
