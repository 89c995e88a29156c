// The editor's corrections applied to invented stories (tests/fixtures/corrections/in/<case>.json
// names a story fixture and the corrections → out/<case>.json): the route with a stop taken off,
// one put on and the order set, a site placed, a mention taken off, a figure's partner, year and
// value set, a flow taken off, and corrections whose marks are gone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../../geo/contract/corrections.ts';
import { composeStory, type ComposedStory } from '../../../../geo/story/compose.ts';
import { applyCorrections } from '../../../../geo/story/corrections/apply.ts';
import { figureKeys } from '../../../../geo/story/corrections/figures.ts';
import { storyFiles } from '../../../../geo/story/files.ts';
import { expectGolden, FIXTURES } from '../../golden.ts';
import { gazetteer, storyTwoGazetteer } from '../../gazetteer.ts';

const DIR = join(FIXTURES, 'corrections');

const composed = new Map<string, Promise<ComposedStory>>();
/** A story fixture composed without corrections: `story-two`, or a folder of articles and story.json under tests/fixtures. */
function compose(story: string): Promise<ComposedStory> {
  let result = composed.get(story);
  if (!result) {
    result = (async () => {
      const two = story === 'story-two';
      const dir = join(FIXTURES, story, two ? 'articles' : '');
      const articles = readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
      const settingsFile = join(FIXTURES, story, 'story.json');
      const settings = { file: settingsFile, text: readFileSync(settingsFile, 'utf8') };
      return composeStory({ articles, settings, gazetteer: await (two ? storyTwoGazetteer() : gazetteer()) });
    })();
    composed.set(story, result);
  }
  return result;
}

const readCase = (name: string) =>
  JSON.parse(readFileSync(join(DIR, 'in', name), 'utf8')) as { story: string; corrections: Correction[] };

describe('corrections (tests/fixtures/corrections/in/<case>.json → out/<case>.json)', () => {
  it.each(readdirSync(join(DIR, 'in')).sort())('%s', async (name) => {
    const { story: storyName, corrections } = readCase(name);
    const { story: before } = await compose(storyName);
    const { story, unapplied } = applyCorrections(before, corrections);
    // Every corrected output still passes its schema on the way out.
    const files = storyFiles(story);
    expect(Object.keys(files)).toHaveLength(5);
    const notes = (p: { editor?: Array<{ change: string; reason: string }> }) =>
      (p.editor ?? []).map((n) => `${n.change} (${n.reason})`);
    expectGolden(join(DIR, 'out', name), {
      route: story.route.map(({ properties: p }) => ({
        leg: `${p.fromName} → ${p.toName}`,
        basis: p.basis,
        date: p.date,
        evidence: p.evidence.length,
        editor: notes(p),
      })),
      sites: story.sites.map(({ properties: p, geometry }) => ({
        name: p.name,
        order: p.order,
        at: geometry.coordinates,
        approximate: p.approximate ?? false,
        basis: p.basis ?? null,
        editor: notes(p),
      })),
      flows: story.flows.map(({ properties: p }) => ({
        partner: p.partnerName,
        drawn: `${p.label} ${p.year ?? ''}`.trim(),
        basis: p.basis ?? null,
        figures: p.figures.map((f) => ({ label: f.label, year: f.year, basis: f.basis ?? null, editor: notes(f) })),
      })),
      corrected: story.places
        .filter((p) => p.properties.basis === 'editor')
        .map(({ id, geometry, properties: p }) => ({ id, role: p.role, at: geometry.coordinates, editor: notes(p) })),
      gone: before.places.filter((p) => !story.places.some((q) => q.id === p.id)).map((p) => p.id),
      figures: story.meta.figures
        .filter((f) => f.basis === 'editor')
        .map((f) => ({ text: f.text, value: f.value, year: f.year, places: f.places, editor: notes(f) })),
      corrections: story.meta.corrections ?? [],
      bounds: story.meta.bounds,
      unapplied: unapplied.map((u) => `${u.index + 1}: ${u.why}`),
    });
  });
});

describe('applying corrections', () => {
  it('changes nothing without corrections, and leaves the composed story untouched with them', async () => {
    const { story } = await compose('story-two');
    const copy = structuredClone(story);
    expect(applyCorrections(story, []).story).toBe(story);
    applyCorrections(story, readCase('route.json').corrections);
    expect(story).toEqual(copy);
  });

  it('reports a correction whose mark is gone, and still applies the others', async () => {
    const { story } = await compose('story-two');
    const { story: after, unapplied } = applyCorrections(story, readCase('vanished.json').corrections);
    expect(unapplied.map((u) => u.index)).toEqual([0, 1, 2, 3, 4]);
    expect(unapplied[0]!.why).toBe('no stop city:1 in this build');
    expect(after.route.map((l) => l.properties.to)).not.toContain('city:2172517');
    expect(after.meta.corrections?.map((c) => c.what)).toEqual(['stop:city:2172517']);
  });

  it('applies two corrections to one mark in the file’s order, and the mark keeps both reasons', async () => {
    const { story } = await compose('story-two');
    const key = 'figure:02_varga-urges-australia-look-east/US$75bn';
    expect(figureKeys(story.meta.figures).map((k) => `figure:${k}`)).toContain(key);
    const twice: Correction[] = [
      { what: key, change: { do: 'figure', value: 70e9 }, reason: 'first', date: '2031-01-01' },
      { what: key, change: { do: 'figure', value: 71e9, year: 2022 }, reason: 'second', date: '2031-01-02' },
    ];
    const { story: after, unapplied } = applyCorrections(story, twice);
    expect(unapplied).toEqual([]);
    const figure = after.meta.figures.find((f) => f.text === 'US$75bn')!;
    expect([figure.value, figure.year, figure.basis]).toEqual([71e9, 2022, 'editor']);
    expect(figure.editor?.map((n) => n.reason)).toEqual(['first', 'second']);
    const flow = after.flows.find((f) => f.properties.partner === 'country:JPN')!.properties;
    expect([flow.value, flow.year, flow.label]).toEqual([71e9, 2022, '$71bn']);
    expect(flow.figures[0]!.editor?.map((n) => n.reason)).toEqual(['first', 'second']);
  });

  it('places a site twice: the last point wins, and a rejected site leaves no visit on its place', async () => {
    const { story } = await compose('story-two');
    const site = 'site:landmark:canberra-airport';
    const { story: after } = applyCorrections(story, [
      { what: site, change: { do: 'place', lon: 149.1, lat: -35.3 }, reason: 'a', date: '2031-01-01' },
      { what: site, change: { do: 'place', lon: 149.2, lat: -35.31 }, reason: 'b', date: '2031-01-01' },
      { what: 'site:landmark:parliament-house-canberra', change: { do: 'reject' }, reason: 'c', date: '2031-01-01' },
    ]);
    expect(after.sites.find((s) => s.id === 'landmark:canberra-airport')!.geometry.coordinates).toEqual([
      149.2, -35.31,
    ]);
    const rejected = after.places.find((p) => p.id === 'landmark:parliament-house-canberra')!.properties;
    expect([rejected.role, rejected.order, rejected.evidence, rejected.basis]).toEqual([
      'mentioned',
      undefined,
      undefined,
      'editor',
    ]);
    expect(after.sites.map((s) => s.properties.order)).toEqual([1, 2]);
  });

  it('sets arrival dates once the route is final: the first stop’s on itself, the others’ on their leg', async () => {
    const { story } = await compose('story-two');
    const [santiago, auckland, canberra] = ['city:3871336', 'city:2193733', 'city:2172517'];
    const on = (what: string, date: string, reason: string, visit?: number): Correction => ({
      what: `stop:${what}`,
      change: { do: 'arrive', date, ...(visit === undefined ? {} : { visit }) },
      reason,
      date: '2031-01-01',
    });
    const { story: after, unapplied } = applyCorrections(story, [
      on(santiago, '2025-03-10', 'the itinerary'),
      on(auckland, '2025-03-11', 'gone by the end'),
      on(canberra, '2025-03-12', 'first'),
      on(canberra, '2025-03-14', 'second'),
      on(canberra, '2025-03-15', 'no second visit', 2),
      { what: `stop:${auckland}`, change: { do: 'reject' }, reason: 'a refuelling stop', date: '2031-01-01' },
      on('city:1', '2025-03-12', 'never a stop'),
    ]);
    expect(unapplied.map((u) => `${u.index}: ${u.why}`)).toEqual([
      '1: no stop city:2193733 on the route once the other corrections are made',
      '4: the route reaches Canberra fewer than 2 times',
      '6: no stop city:1 in this build',
    ]);
    const origin = after.places.find((p) => p.id === santiago)!.properties;
    expect([origin.arrive, origin.basis]).toEqual(['2025-03-10', 'editor']);
    const legs = after.route.map((l) => [l.properties.fromName, l.properties.toName, l.properties.date]);
    expect(legs).toEqual([['Santiago', 'Canberra', '2025-03-14']]);
    const leg = after.route[0]!.properties;
    expect(leg.editor?.map((n) => n.reason)).toEqual(['a refuelling stop', 'first', 'second']);
    expect(leg.editor?.at(-1)?.change).toBe('arrival date set by the editor: 2025-03-14 (read as 2025-03-12)');
    // The outputs, arrival included, still pass their schemas.
    expect(Object.keys(storyFiles(after))).toHaveLength(5);
  });

  it('reports a resolve, a site added and a site placed at a gazetteer point whose marks are gone', async () => {
    const { story } = await compose('story-two');
    const on = (what: string, change: Correction['change']): Correction => ({
      what,
      change,
      reason: 'the article changed',
      date: '2031-01-03',
    });
    const partner = story.places.find((p) => p.properties.role === 'partner')!;
    const { unapplied } = applyCorrections(story, [
      on('mention:city:1', { do: 'resolve', to: 'city:2', name: 'Two', kind: 'city', country: null, lon: 1, lat: 2 }),
      on(`mention:${partner.id}`, {
        do: 'resolve',
        to: 'city:2',
        name: 'Two',
        kind: 'city',
        country: null,
        lon: 1,
        lat: 2,
      }),
      on('site:landmark:gone', { do: 'place', lon: 1, lat: 2, at: 'Old Square' }),
      on('site:editor:market', { do: 'add', name: 'Market', lon: 149.1, lat: -35.3, city: 'city:1' }),
      on('site:landmark:canberra-airport', { do: 'add', name: 'Again', lon: 149.1, lat: -35.3 }),
    ]);
    expect(unapplied.map((u) => `${u.index}: ${u.why}`)).toEqual([
      '0: no place city:1 in this build',
      `1: ${partner.properties.name} is a partner now, not only mentioned`,
      '2: no site landmark:gone in this build',
      '3: no place city:1 in this build to put the site in',
      '4: Canberra Airport is already a site',
    ]);
  });

  it('resolves a mention into a place already on the map: that place takes its sentences', async () => {
    const { story } = await compose('sites/in/news-visit-cues');
    const mention = story.places.find((p) => p.properties.role === 'mentioned' && p.properties.kind === 'country')!;
    const stop = story.places.find((p) => p.properties.role === 'stop' && p.properties.basis === 'stated')!;
    const [lon, lat] = stop.geometry.coordinates;
    const { story: after, unapplied } = applyCorrections(story, [
      {
        what: `mention:${mention.id}`,
        change: { do: 'resolve', to: stop.id, name: stop.properties.name, kind: 'city', country: null, lon, lat },
        reason: 'the city, not the country',
        date: '2031-01-03',
      },
    ]);
    expect(unapplied).toEqual([]);
    expect(after.places.some((p) => p.id === mention.id)).toBe(false);
    const merged = after.places.find((p) => p.id === stop.id)!.properties;
    expect(merged.role).toBe('stop');
    expect(merged.basis).toBe('editor');
    expect(merged.excerpts.length).toBe(stop.properties.excerpts.length + mention.properties.excerpts.length);
    expect(Object.keys(storyFiles(after))).toHaveLength(5);
  });
});
