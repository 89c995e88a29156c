import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, shareUrl } from '../../../src/share/share.ts';
import { isEmbed } from '../../../src/page/embed-mode.ts';
import { formatHash } from '../../../src/page/hash.ts';
import { legendKeys, sourcesLine } from '../../../src/share/image-legend.ts';
import { color, zoomBand } from '../../../src/map/tokens.ts';
import { fixtureStory } from '../fixture-story.ts';

const at = { origin: 'https://maps.example.org', pathname: '/visit/index.html', search: '' };
const hash = formatHash({ camera: { zoom: 3, lat: 40, lng: 100 }, hidden: ['mentioned'], place: 'hanoi', step: null });

describe('share links', () => {
  it('give the page with the hash of what is on screen', () => {
    expect(shareUrl(at, hash)).toBe(`https://maps.example.org/visit/index.html${hash}`);
  });

  it('drop `embed` so a link from the embed opens the full page, and keep other parameters', () => {
    expect(shareUrl({ ...at, search: '?embed' }, hash)).toBe(`https://maps.example.org/visit/index.html${hash}`);
    expect(shareUrl({ ...at, search: '?lang=en&embed=' }, '')).toBe(
      'https://maps.example.org/visit/index.html?lang=en',
    );
  });

  it('give the embed page with `?embed` and the same hash', () => {
    expect(embedUrl(at, hash)).toBe(`https://maps.example.org/visit/index.html?embed${hash}`);
    expect(embedUrl({ ...at, search: '?lang=en' }, '')).toBe('https://maps.example.org/visit/index.html?lang=en&embed');
    expect(isEmbed(new URL(embedUrl(at, hash)).search)).toBe(true);
    expect(isEmbed(new URL(shareUrl(at, hash)).search)).toBe(false);
  });
});

describe('the embed snippet', () => {
  const snippet = embedSnippet(at, hash, 'A “title” with <tags> & "quotes"');

  it('frames the embed page with the title escaped for an attribute', () => {
    expect(snippet).toContain(`src="${embedUrl(at, hash).replaceAll('&', '&amp;')}"`);
    expect(snippet).toContain('title="A “title” with &lt;tags&gt; &amp; &quot;quotes&quot;"');
    expect(snippet).toContain('width="100%"');
  });

  it('loads the parent-page script from beside the app', () => {
    expect(snippet).toContain('<script src="https://maps.example.org/visit/frames.js"></script>');
  });
});

describe('the image legend', () => {
  const story = fixtureStory();
  const view = { hidden: [] as string[], zoom: 3, flowMax: 175e9, palette: color };
  const labels = (over: Partial<typeof view>) => legendKeys(story, { ...view, ...over }).map((k) => k.label);

  it('lists the route, the stops and each flow at world zoom, but not the sites', () => {
    const world = labels({});
    expect(world).toEqual(expect.arrayContaining(['Route', 'Stop', 'Trade partner']));
    for (const flow of story.flows.features)
      expect(world).toContain(`${flow.properties.partnerName}: ${flow.properties.label}`);
    expect(world).not.toContain('Site');
  });

  it('lists sites and no flows at city zoom, as the layers draw them', () => {
    const city = labels({ zoom: zoomBand.sites.minzoom + 1 });
    expect(city).toContain('Site');
    expect(city).not.toContain('Trade partner');
  });

  it('leaves out what the reader hid', () => {
    const flow = story.flows.features[0]!.properties;
    const shown = labels({ hidden: ['route', 'mentioned', `flow:${flow.id}`] });
    expect(shown).not.toContain('Route');
    expect(shown).not.toContain('Place mentioned');
    expect(shown).not.toContain(`${flow.partnerName}: ${flow.label}`);
    expect(labels({ hidden: ['flows'] })).not.toContain('Trade partner');
  });

  it('names each outlet once in the sources line', () => {
    const outlets = new Set(story.meta.articles.map((a) => a.outlet));
    expect(sourcesLine(story).split(' · ')).toHaveLength(outlets.size);
  });
});
