// The corrections the desk's search, clicks and drags make: each passes the corrections schema
// as the dev server checks it, a new site's key is its own, and a candidate says what it is.
import { describe, expect, it } from 'vitest';
import { Correction, type GazetteerCandidate } from '../../../geo/contract/corrections.ts';
import {
  addSiteAtPoint,
  addSiteFromEntry,
  addStopChange,
  candidateLabel,
  mentionTargets,
  placeAtChange,
  resolveChange,
  siteTargets,
} from '../../../src/review/review-edits.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();
const city: GazetteerCandidate = {
  id: 'city:101',
  name: 'Puerto Alba',
  kind: 'city',
  country: 'AR',
  lon: -64.18105,
  lat: -31.4135,
  population: 1_428_214,
  form: 'name',
};
const sea: GazetteerCandidate = { ...city, id: 'sea:x', name: 'Quiet Sea', kind: 'sea', country: null, population: 0 };
const valid = (what: string, change: unknown) =>
  Correction.safeParse({ what, change, reason: 'r', date: '2031-01-01' }).success;

describe('the desk’s corrections from the search and the map', () => {
  it('resolves a mention, places a site, adds a stop and a site from a gazetteer entry, each valid', () => {
    expect(resolveChange(city)).toEqual({
      do: 'resolve',
      to: 'city:101',
      name: 'Puerto Alba',
      kind: 'city',
      country: 'AR',
      lon: -64.18105,
      lat: -31.4135,
    });
    expect(valid('mention:city:1', resolveChange(city))).toBe(true);
    expect(valid('mention:city:1', resolveChange(sea))).toBe(true);
    expect(placeAtChange(city)).toEqual({ do: 'place', lon: -64.18105, lat: -31.4135, at: 'Puerto Alba' });
    expect(valid('site:x', placeAtChange(city))).toBe(true);
    expect(addStopChange(sea, null)).toEqual({
      do: 'add',
      after: null,
      name: 'Quiet Sea',
      lon: -64.18105,
      lat: -31.4135,
      kind: 'sea',
    });
    expect(valid('stop:sea:x', addStopChange(city, 'city:2'))).toBe(true);
    const site = addSiteFromEntry(city);
    expect(site.what).toBe('site:city:101');
    expect(valid(site.what, site.change)).toBe(true);
  });

  it('keys a site clicked on the map by its name, its own where the story has that key', () => {
    const taken = new Set(['site:editor:cafe-du-port']);
    const added = addSiteAtPoint(' Café du Port ', [1.5, 2.5], taken);
    expect(added).toEqual({
      what: 'site:editor:cafe-du-port-2',
      change: { do: 'add', name: 'Café du Port', lon: 1.5, lat: 2.5 },
    });
    expect(valid(added.what, added.change)).toBe(true);
    expect(addSiteAtPoint('!!', [0, 0], new Set()).what).toBe('site:editor:site');
  });

  it('lists a candidate’s kind, country and size, and whether the map has it', () => {
    expect(candidateLabel(city, true)).toBe('city · AR · 1.4 million · on the map now');
    expect(candidateLabel({ ...sea, form: 'alias' }, false)).toBe('sea · as alias');
  });

  it('offers only mentioned places to resolve, and the story’s sites to place', () => {
    const roles = new Map(story.places.features.map((p) => [p.id, p.properties.role]));
    const mentions = mentionTargets(story);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((t) => roles.get(t.id) === 'mentioned')).toBe(true);
    expect(siteTargets(story).map((t) => t.id)).toEqual(
      story.places.features.filter((p) => p.properties.role === 'site').map((p) => p.id),
    );
  });
});
