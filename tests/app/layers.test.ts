import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/lib/story.ts';

vi.stubGlobal('location', new URL('http://localhost:4173/'));
const { embeddedStyle } = await import('../../src/lib/style.ts');
const { basemapLayers, storyLayers, clickableLayers } = await import('../../src/lib/layers.ts');
const { color } = await import('../../src/lib/tokens.ts');

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/story/${name}`, import.meta.url), 'utf8'));
const story = {
  meta: read('story.json'),
  places: read('places.geojson'),
  route: read('route.geojson'),
  flows: read('flows.geojson'),
} as Story;

describe('the map style', () => {
  const style = embeddedStyle(story, 175e9);

  it('passes MapLibre style validation', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('gives every layer a unique id', () => {
    const ids = [...basemapLayers, ...storyLayers(color)].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes only existing layers clickable', () => {
    const ids = new Set(storyLayers(color).map((l) => l.id as string));
    for (const id of clickableLayers) expect(ids.has(id)).toBe(true);
  });

  it('loads nothing from beyond the page’s origin', () => {
    const sourceUrls = Object.values(style.sources).flatMap((s) =>
      'data' in s && typeof s.data === 'string' ? [s.data] : [],
    );
    const fontUrls = Object.values(style['font-faces'] ?? {}).flatMap((f) =>
      typeof f === 'string' ? [f] : f.map((face) => face.url),
    );
    const urls = [...sourceUrls, ...fontUrls, style.glyphs, style.sprite].filter(
      (u): u is string => typeof u === 'string',
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('http://localhost:4173/')).toBe(true);
  });
});
