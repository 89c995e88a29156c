// The legend draws each symbol from the tokens the map's layers use, at the map's size.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta, FlowCollection, RouteCollection } from '../../../geo/contract/schema.ts';
import Legend from '../../../src/map/Legend.svelte';
import { storyLayers } from '../../../src/map/layers.ts';
import { color } from '../../../src/map/tokens.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story', name), 'utf8'));

/** What the map draws for a layer: the outer radius of its circle and the width of its stroke. */
function mapCircle(id: string) {
  const layer = storyLayers(color).find((l) => l.id === id);
  if (!layer || layer.type !== 'circle') throw new Error(`no circle layer ${id}`);
  const { 'circle-radius': r, 'circle-stroke-width': width } = layer.paint;
  // MapLibre strokes a circle outside its radius; the legend's SVG centres the stroke on r.
  return { r: r + width / 2, width };
}

describe('the legend', () => {
  // The markup as the server renders it: the same attributes the browser gets, with no DOM needed.
  const { body } = render(Legend, {
    props: {
      route: read('route.geojson') as RouteCollection,
      flows: read('flows.geojson') as FlowCollection,
      flowMax: 175e9,
      articleById: new Map<string, ArticleMeta>(),
      tradeYear: 2023,
      hidden: [],
    },
  });
  /** The markup of the legend key whose text starts with `label`. */
  const keyMarkup = (label: string): string => {
    const found = body.split(/<li[ >]/).find((li) =>
      li
        .replace(/^[^<]*>|<[^>]*>/g, '')
        .trim()
        .startsWith(label),
    );
    if (!found) throw new Error(`no legend key "${label}"`);
    return found;
  };
  /** A number attribute of the first `element` in `markup`. */
  const attribute = (markup: string, element: string, name: string): number =>
    Number(markup.match(new RegExp(`<${element} [^>]*\\b${name}="([^"]*)"`))?.[1]);
  const circleOf = (label: string) => {
    const markup = keyMarkup(label);
    return { r: attribute(markup, 'circle', 'r'), width: attribute(markup, 'circle', 'stroke-width') };
  };

  it.each([
    ['Stop', 'stop-circle'],
    ['Site visited', 'site-circle'],
    ['Trade partner', 'partner-circle'],
    ['Place only mentioned', 'mentioned-circle'],
  ])('draws “%s” at the size of the map’s %s', (label, layer) => {
    expect(circleOf(label)).toEqual(mapCircle(layer));
  });

  it('keys a hollow site at the size of the map’s site-approximate-circle, only when the story has one shown', () => {
    const props = {
      route: read('route.geojson') as RouteCollection,
      flows: read('flows.geojson') as FlowCollection,
      flowMax: 175e9,
      articleById: new Map<string, ArticleMeta>(),
      tradeYear: 2023,
    };
    const withKey = render(Legend, { props: { ...props, approximateSites: true, hidden: [] } }).body;
    const markup = withKey.split(/<li[ >]/).find((li) => li.includes('location approximate'))!;
    expect(attribute(markup, 'circle', 'r')).toBe(mapCircle('site-approximate-circle').r);
    expect(markup).toContain('fill="none"');
    expect(render(Legend, { props: { ...props, approximateSites: true, hidden: ['sites'] } }).body).not.toContain(
      'location approximate',
    );
    expect(body).not.toContain('location approximate');
  });

  it('draws the route at the map’s route width', () => {
    const route = storyLayers(color).find((l) => l.id === 'route-line');
    const width = route?.type === 'line' ? route.paint['line-width'] : NaN;
    expect(attribute(keyMarkup('Route'), 'line', 'stroke-width')).toBe(width);
  });
});
