import { describe, expect, it, vi } from 'vitest';
import {
  expression,
  featureFilter,
  validateStyleMin,
  type FilterSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { fixtureStory } from '../fixture-story.ts';

vi.stubGlobal('location', new URL('http://localhost:4173/'));
const { embeddedStyle, markedCountries } = await import('../../../src/map/style.ts');
const { basemapLayers, storyLayers, clickableLayers, everyLeg } = await import('../../../src/map/layers.ts');
const { color } = await import('../../../src/map/tokens.ts');

const story = fixtureStory();

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

describe('marks no sentence states', () => {
  const layers = storyLayers(color);
  const layer = (id: string) => layers.find((l) => l.id === id)!;
  /** Whether `layer` draws a feature with these properties, with nothing hidden. */
  const draws = (id: string, properties: Record<string, unknown>, stepOrder = everyLeg) => {
    const filter = (layer(id) as { filter: FilterSpecification }).filter;
    const feature = { type: 'LineString' as const, properties: { order: 1, ...properties }, geometry: [] };
    return featureFilter(filter, 'filter', { hidden: [], stepOrder }).filter({ zoom: 3 }, feature);
  };

  it('draws the route up to the leg "Follow the trip" has reached, every leg outside it', () => {
    for (const id of ['route-line', 'route-arrows', 'route-label']) {
      expect([1, 2, 3].map((order) => draws(id, { basis: 'stated', order }, 2))).toEqual([true, true, false]);
      expect(draws(id, { basis: 'stated', order: 40 })).toBe(true);
    }
    expect(draws('route-line-inferred', { basis: 'inferred', order: 1 }, 0)).toBe(false);
  });

  it('draws an inferred leg dashed, and only there; a stated leg stays solid', () => {
    const dashed = layer('route-line-inferred');
    expect(dashed.type === 'line' && 'line-dasharray' in dashed.paint && dashed.paint['line-dasharray']).toEqual([
      1.5, 1.5,
    ]);
    expect(draws('route-line-inferred', { basis: 'inferred' })).toBe(true);
    expect(draws('route-line', { basis: 'inferred' })).toBe(false);
    expect(draws('route-line', { basis: 'stated' })).toBe(true);
    expect(draws('route-line-inferred', { basis: 'stated' })).toBe(false);
  });

  it('draws an inferred stop hollow, in its own clickable layer', () => {
    const hollow = layer('stop-inferred-circle');
    expect(hollow.type === 'circle' && hollow.paint['circle-color']).toBe('rgba(0,0,0,0)');
    expect(draws('stop-inferred-circle', { role: 'stop', basis: 'inferred' })).toBe(true);
    expect(draws('stop-circle', { role: 'stop', basis: 'inferred' })).toBe(false);
    expect(draws('stop-circle', { role: 'stop', basis: 'stated' })).toBe(true);
    expect(clickableLayers).toContain('stop-inferred-circle');
  });

  it('draws a site no gazetteer places hollow in the site colour, in its own clickable layer', () => {
    const hollow = layer('site-approximate-circle');
    expect(hollow.type === 'circle' && hollow.paint['circle-color']).toBe('rgba(0,0,0,0)');
    expect(hollow.type === 'circle' && hollow.paint['circle-stroke-color']).toBe(color.site);
    expect(draws('site-approximate-circle', { role: 'site', approximate: true })).toBe(true);
    expect(draws('site-circle', { role: 'site', approximate: true })).toBe(false);
    expect(draws('site-circle', { role: 'site' })).toBe(true);
    expect(draws('site-approximate-circle', { role: 'site' })).toBe(false);
    expect(clickableLayers).toContain('site-approximate-circle');
  });
});

describe('labels and names', () => {
  it('places each place label on its planned side: no layer lets MapLibre choose a side', () => {
    for (const id of ['site-label', 'stop-label', 'place-label']) {
      const layer = storyLayers(color).find((l) => l.id === id)!;
      const layout = ('layout' in layer ? layer.layout : {}) as Record<string, unknown>;
      expect(layout).not.toHaveProperty('text-variable-anchor');
      expect(layout['text-anchor']).toEqual(['get', 'anchor']);
    }
  });

  it('leaves a country the story marks to the story’s own label by its code, whatever the basemap calls it', () => {
    const layer = basemapLayers.find((l) => l.id === 'country-labels')!;
    const marked = markedCountries(story);
    expect([...marked].sort()).toEqual(['CN', 'RU', 'UA', 'US']);
    const drawn = (name: string, code: string | null, state: string[]) =>
      featureFilter(layer.filter as FilterSpecification, 'filter', { markedCountries: state }).filter(
        { zoom: 3 },
        { type: 'Point' as const, properties: { name, code }, geometry: [] },
      );
    // The story says "United States"; Natural Earth says "United States of America".
    expect(drawn('United States of America', 'US', marked)).toBe(false);
    expect(drawn('Vietnam', 'VN', marked)).toBe(true);
    expect(drawn('N. Cyprus', null, marked)).toBe(true);
    const hiddenRoles = ['route', 'sites', 'mentioned', 'flows'];
    expect(markedCountries(story, hiddenRoles)).toEqual([]);
  });

  it('names a small island the basemap adds from 1:50m only once zoomed in, unless the story marks it', () => {
    const layer = basemapLayers.find((l) => l.id === 'country-labels')!;
    const drawn = (zoom: number, properties: Record<string, unknown>, marked: string[] = []) =>
      featureFilter(layer.filter as FilterSpecification, 'filter', { markedCountries: marked }).filter(
        { zoom },
        { type: 'Point' as const, properties, geometry: [] },
      );
    const island = { name: 'Tonga', code: 'TO', small: true };
    expect(drawn(2, island)).toBe(false);
    expect(drawn(5, island)).toBe(true);
    expect(drawn(5, island, ['TO'])).toBe(false);
    expect(drawn(2, { name: 'Vietnam', code: 'VN' })).toBe(true);
  });
});

describe('the selection', () => {
  const layers = storyLayers(color);
  const layer = (id: string) => layers.find((l) => l.id === id)!;
  /** The value a paint property takes for a feature in this state. */
  const paintFor = (id: string, name: string, state: Record<string, unknown>) => {
    const paint = (layer(id) as { paint: Record<string, unknown> }).paint;
    const parsed = expression.createExpression(paint[name], name);
    if (parsed.result !== 'success') throw new Error(`${id} ${name}: ${parsed.value.map((e) => e.message).join('; ')}`);
    const feature = { type: 'Point' as const, properties: { id: 'city:1' }, geometry: [] };
    return parsed.value.evaluate({ zoom: 3 }, feature, state);
  };

  it('is a feature state that paint reads, so a click re-tiles no source', () => {
    // A filter or layout that reads it would have the worker cut the source's tiles again at every click.
    for (const l of layers) {
      const read = JSON.stringify([('filter' in l && l.filter) ?? null, ('layout' in l && l.layout) ?? null]);
      expect(read, l.id).not.toContain('selected');
    }
    expect(Object.keys(embeddedStyle(story, 1).state ?? {})).not.toContain('selected');
    expect(embeddedStyle(story, 1).sources.places).toMatchObject({ promoteId: 'id' });
    expect(embeddedStyle(story, 1).sources.flows).toMatchObject({ promoteId: 'id' });
  });

  it('rings the chosen place and flow, and nothing else', () => {
    expect(paintFor('place-selected', 'circle-stroke-opacity', { selected: true })).toBe(1);
    expect(paintFor('place-selected', 'circle-stroke-opacity', {})).toBe(0);
    expect(paintFor('place-selected', 'circle-stroke-opacity', { selected: false })).toBe(0);
    expect(paintFor('flow-selected', 'line-opacity', { selected: true })).toBe(1);
    expect(paintFor('flow-selected', 'line-opacity', {})).toBe(0);
  });
});
