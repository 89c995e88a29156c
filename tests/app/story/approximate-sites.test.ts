// A site no gazetteer places: the place list's heading, the legend's key and the excerpt panel
// say so, from the pipeline's `approximate` and its why, with no shaping in the components.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { ArticleMeta, PlaceFeature } from '../../../geo/contract/schema.ts';
import ExcerptPanel from '../../../src/story/ExcerptPanel.svelte';
import PlaceList from '../../../src/story/PlaceList.svelte';
import { indexStory, type Story } from '../../../src/story/story.ts';
import { fixtureStory } from '../fixture-story.ts';

/** The fixture story with one more site, drawn at Pyongyang's point and flagged approximate. */
function withApproximateSite(): { story: Story; site: PlaceFeature } {
  const story = fixtureStory();
  const pyongyang = story.places.features.find((f) => f.properties.name === 'Pyongyang')!;
  const order = Math.max(...story.places.features.map((f) => f.properties.order ?? 0)) + 1;
  const site: PlaceFeature = {
    ...pyongyang,
    id: 'site:pyongyang-mirae-scientists-street-hall',
    properties: {
      ...pyongyang.properties,
      id: 'site:pyongyang-mirae-scientists-street-hall',
      name: 'Mirae Hall',
      kind: 'landmark',
      role: 'site',
      order,
      dateClaims: [],
      timeClaims: [],
      evidence: [],
      approximate: true,
      approximateWhy: 'No gazetteer places “Mirae Hall”, so it is drawn at the point of Pyongyang.',
    },
  };
  story.places.features.push(site);
  return { story, site };
}

describe('approximate sites in the app', () => {
  it('are noticed by the index; the sites heading names no one city when they lie in several', () => {
    const plain = indexStory(fixtureStory());
    expect([plain.approximateSites, plain.sitesCityName]).toEqual([false, 'Hanoi']);
    const { story } = withApproximateSite();
    const index = indexStory(story);
    expect([index.approximateSites, index.sitesCityName]).toEqual([true, null]);
  });

  it('says “location approximate” and why in the excerpt panel, and beside the name in the place list', () => {
    const { story, site } = withApproximateSite();
    const panel = render(ExcerptPanel, {
      props: { place: site, articleById: new Map<string, ArticleMeta>(), sheet: false, onclose: () => {} },
    }).body;
    expect(panel).toContain('Location approximate.');
    expect(panel).toContain('No gazetteer places “Mirae Hall”, so it is drawn at the point of Pyongyang.');
    const index = indexStory(story);
    const list = render(PlaceList, {
      props: { placesByRole: index.placesByRole, hostName: index.sitesCityName, selected: null, onselect: () => {} },
    }).body;
    expect(list).toMatch(/Mirae Hall(?:<!--[^>]*-->)*<span class="approximate[^"]*">location approximate<\/span>/);
    expect(list).toMatch(/Sites visited<\/h2>/);
  });

  it('leaves a placed site’s panel without the note', () => {
    const story = fixtureStory();
    const placed = story.places.features.find((f) => f.properties.role === 'site')!;
    const panel = render(ExcerptPanel, {
      props: { place: placed, articleById: new Map<string, ArticleMeta>(), sheet: false, onclose: () => {} },
    }).body;
    expect(panel).not.toContain('Location approximate');
  });
});
