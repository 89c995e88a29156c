// @vitest-environment jsdom
// VITE_BASEMAP_STYLE_URL: the story drawn over an online basemap, and the embedded one
// whenever that style cannot be had.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../src/story/story.ts';
import { onlineStyle } from '../../../src/map/style.ts';

const read = (name: string) => JSON.parse(readFileSync(`tests/app/fixtures/story/${name}`, 'utf8')) as never;
const story: Story = {
  meta: read('story.json'),
  places: read('places.geojson'),
  route: read('route.geojson'),
  flows: read('flows.geojson'),
};
const respond = (init: { status?: number; body?: string }) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(init.body ?? '', { status: init.status ?? 200 })),
  );

afterEach(() => vi.unstubAllGlobals());

describe('online basemap', () => {
  it('draws the story over a style that loads', async () => {
    respond({
      body: JSON.stringify({
        version: 8,
        sources: { osm: { type: 'vector', url: 'https://tiles.example/osm.json' } },
        layers: [{ id: 'bg', type: 'background' }],
      }),
    });
    const style = await onlineStyle('https://tiles.example/style.json', story, 1e9);
    expect(style?.layers[0]?.id).toBe('bg');
    expect(Object.keys(style?.sources ?? {})).toEqual(expect.arrayContaining(['osm', 'places', 'route', 'flows']));
    expect(style?.layers.map((l) => l.id)).toContain('route-line');
  });

  it.each([
    ['an HTTP error', { status: 404 }],
    ['a body that is not JSON', { body: '<html>' }],
    ['JSON that is not a MapLibre style', { body: '{"version": 7}' }],
  ])('gives null on %s, so the embedded basemap takes over', async (_, init) => {
    respond(init);
    expect(await onlineStyle('https://tiles.example/style.json', story, 1e9)).toBeNull();
  });

  it('gives null when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    expect(await onlineStyle('https://tiles.example/style.json', story, 1e9)).toBeNull();
  });
});
