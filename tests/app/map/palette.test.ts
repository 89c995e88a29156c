// A story's colours (data/story.json `colors`) reach the map, the list and the legend alike,
// over the design tokens.
import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import type { Story } from '../../../src/story/story.ts';
import { contrastOnWhite } from '../../../geo/story/inputs/contrast.ts';
import { StoryColors } from '../../../geo/contract/schema.ts';

vi.stubGlobal('location', new URL('http://localhost:4173/'));
const { embeddedStyle } = await import('../../../src/map/style.ts');
const { color, cssVariables, storyPalette } = await import('../../../src/map/tokens.ts');

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/story/${name}`, import.meta.url), 'utf8'));
const story = (colors: StoryColors) =>
  ({
    meta: { ...(read('story.json') as Story['meta']), colors },
    places: read('places.geojson'),
    route: read('route.geojson'),
    sites: read('sites.geojson'),
    flows: read('flows.geojson'),
  }) as Story;

const paint = (layers: LayerSpecification[], id: string, name: string): unknown => {
  const layer = layers.find((l) => l.id === id);
  return layer && 'paint' in layer ? (layer.paint as Record<string, unknown>)[name] : undefined;
};

describe('a story’s colours', () => {
  const newsroom = { route: '#c2410c', site: '#7c3aed', flow: '#0f766e' };
  const { layers } = embeddedStyle(story(newsroom), 175e9);

  it('draw the route, its stops and labels, the sites and the flows on the map', () => {
    expect(paint(layers, 'route-line', 'line-color')).toBe('#c2410c');
    expect(paint(layers, 'route-label', 'text-color')).toBe('#c2410c');
    expect(paint(layers, 'stop-circle', 'circle-stroke-color')).toBe('#c2410c');
    expect(paint(layers, 'site-circle', 'circle-color')).toBe('#7c3aed');
    expect(paint(layers, 'flow-line', 'line-color')).toBe('#0f766e');
  });

  it('leave the colours they do not name to the tokens', () => {
    expect(paint(layers, 'mentioned-circle', 'circle-stroke-color')).toBe(color.mentioned);
    expect(paint(layers, 'partner-circle', 'circle-color')).toBe(color.partner);
    expect(embeddedStyle(story({}), 175e9).layers).toEqual(
      embeddedStyle(story({ route: color.route, site: color.site }), 175e9).layers,
    );
  });

  it('still make a valid style', () => {
    expect(validateStyleMin(embeddedStyle(story(newsroom), 175e9))).toEqual([]);
  });

  it('reach the list and the legend as the same CSS custom properties', () => {
    const css = cssVariables(storyPalette(newsroom));
    expect(css).toContain('--color-route: #c2410c');
    expect(css).toContain('--color-site: #7c3aed');
    expect(css).toContain(`--color-mentioned: ${color.mentioned}`);
  });

  it('may be set only for colours the tokens have, and the tokens’ own meet the rule a setting must', () => {
    for (const name of StoryColors.keyof().options) {
      expect(color).toHaveProperty(name);
      expect(contrastOnWhite(color[name])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
