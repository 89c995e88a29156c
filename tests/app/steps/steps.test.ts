// Steps built from the data alone: the pipeline's golden outputs for the first story (with
// times) and the app fixture (data built before times were read). Sites come from
// places.geojson alone; sites.geojson is read here only to check them against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SiteCollection } from '../../../geo/contract/schema.ts';
import { buildSteps } from '../../../src/steps/steps.ts';
import { buildTimeline } from '../../../src/steps/timeline.ts';
import { indexStory, type Story } from '../../../src/story/story.ts';

function read(dir: string, name: (file: string) => string) {
  const get = <T>(file: string) =>
    JSON.parse(readFileSync(new URL(`${dir}/${name(file)}`, import.meta.url), 'utf8')) as T;
  const story: Story = {
    meta: get('story.json'),
    places: get('places.geojson'),
    route: get('route.geojson'),
    flows: get('flows.geojson'),
  };
  return { story, index: indexStory(story), sitesFile: get<SiteCollection>('sites.geojson') };
}
const first = read('../../fixtures/story-one/out', (f) => `${f}.json`);
const fixture = read('../fixtures/story', (f) => f);

describe('steps of the first story', () => {
  const steps = buildSteps(first.story, first.index, 'en-GB');

  it('go origin, each leg and its stop, each site in the text’s order, what was signed, then each trade flow', () => {
    expect(steps.map((s) => s.kind)).toEqual([
      'origin',
      'leg',
      'stop',
      'leg',
      'stop',
      // Landing at the airport is the arrival in Hanoi, no step of its own.
      ...first.sitesFile.features.filter((f) => !/airport/i.test(f.properties.name)).map(() => 'site'),
      'counts',
      ...first.story.flows.features.map(() => 'trade'),
    ]);
    const sites = steps.filter((s) => s.kind === 'site').map((s) => s.id);
    expect(sites).toEqual(first.sitesFile.features.filter((f) => !/airport/i.test(f.properties.name)).map((f) => f.id));
  });

  it('write each headline from the data, a disputed day with every side, the airport landing in the arrival', () => {
    expect(steps.map((s) => s.headline).slice(0, 5)).toEqual([
      'Sets out from Moscow (inferred)',
      'Moscow → Pyongyang (inferred)',
      'Arrives in Pyongyang',
      'Pyongyang → Hanoi',
      'Arrives in Hanoi (Noi Bai International Airport) · date disputed: Thu 20 June, early hours or Wed 19 June, 02:00',
    ]);
    expect(steps.find((s) => s.kind === 'trade')?.headline).toBe('Vietnam–China trade: $175bn in 2022');
  });

  it('say so where a mark is inferred, and why', () => {
    expect(steps[0]!.inferred).toMatch(/^No outlet says where the trip began/);
    expect(steps[1]!.inferred).toMatch(/No outlet states this leg\.$/);
    expect(steps.slice(2).every((s) => s.inferred === null)).toBe(true);
    expect(steps[0]!.quotes).toEqual([]);
  });

  it('quote up to three sentences, each from a different outlet, the outlets that date the arrival first', () => {
    for (const step of steps) {
      expect(step.quotes.length).toBeLessThanOrEqual(3);
      expect(new Set(step.quotes.map((q) => q.outlet)).size).toBe(step.quotes.length);
    }
    const hanoi = steps[4]!;
    expect(hanoi.quotes).toHaveLength(3);
    expect(hanoi.quotes.map((q) => q.outlet)).toContain('Unnamed outlet (follows RT)');
    // Each outlet's sentence that gives the day comes before its others (a caption-like "as he arrives").
    expect(hanoi.quotes.find((q) => q.outlet === 'DW (Deutsche Welle)')?.sentence).toMatch(/early Thursday morning/);
  });

  it('keep both sides of the arrival disagreement, with the outlets behind each', () => {
    expect(steps[4]!.claims).toEqual([
      { date: '2024-06-20', time: null, part: 'early', outlets: ['DW (Deutsche Welle)', 'The Guardian'] },
      { date: '2024-06-19', time: '02:00', part: null, outlets: ['Unnamed outlet (follows RT)'] },
    ]);
  });

  it('frame each step around its point (a line over a pole or half the world centred on its middle), and draw the route up to its leg', () => {
    for (const step of steps) {
      const [lon, lat] = step.at;
      if ('camera' in step.camera) {
        expect([step.camera.camera.lng, step.camera.camera.lat]).toEqual(step.at);
        continue;
      }
      if (!('bounds' in step.camera)) throw new Error(`step ${step.id} frames neither a point nor bounds`);
      const [w, s, e, n] = step.camera.bounds;
      const east = lon < w ? lon + 360 : lon;
      expect([east >= w, east <= e, lat >= s, lat <= n]).toEqual([true, true, true, true]);
    }
    const polar = steps.find((s) => s.id === 'flow-country-usa')!;
    expect('camera' in polar.camera).toBe(true);
    expect(steps.map((s) => s.routeOrder).slice(0, 6)).toEqual([0, 1, 1, 2, 2, 2]);
  });
});

describe('site steps, built from places.geojson alone', () => {
  const steps = buildSteps(first.story, first.index, 'en-GB');
  const siteSteps = steps.filter((s) => s.kind === 'site');

  it('follow the visits in the text’s order, with the times and sentences the sites file gives', () => {
    const ordered = [...first.sitesFile.features]
      .filter((f) => !/airport/i.test(f.properties.name))
      .sort((a, b) => a.properties.order! - b.properties.order!);
    expect(siteSteps.map((s) => s.id)).toEqual(ordered.map((f) => f.id));
    for (const [i, step] of siteSteps.entries()) {
      const site = ordered[i]!.properties;
      const sentences = site.evidence.map((e) => e.sentence);
      expect(step.quotes.length).toBeGreaterThan(0);
      for (const quote of step.quotes) expect(sentences).toContain(quote.sentence);
      const times = (site.timeClaims ?? []).map((c) => `${c.date} ${c.time ?? c.part}`);
      expect(step.claims.filter((c) => c.time || c.part).map((c) => `${c.date} ${c.time ?? c.part}`)).toEqual(
        expect.arrayContaining(times),
      );
    }
    // The airport landing, the first site, is told with the arrival: its time is the arrival's.
    expect(
      steps
        .find((s) => s.kind === 'stop' && s.id === first.story.meta.hostCity)!
        .claims.some((c) => c.time === '02:00'),
    ).toBe(true);
  });
});

describe('steps of data built before times were written', () => {
  it('still come out, from dates alone', () => {
    const steps = buildSteps(fixture.story, fixture.index, 'en-GB');
    expect(steps[0]!.kind).toBe('origin');
    expect(steps.filter((s) => s.kind === 'stop').every((s) => s.claims.every((c) => c.time === null))).toBe(true);
  });

  it('take the sites’ order from their places, not from how many outlets name them', () => {
    const steps = buildSteps(fixture.story, fixture.index, 'en-GB');
    expect(steps.filter((s) => s.kind === 'site').map((s) => s.id)).toEqual(['mausoleum', 'presidential-palace']);
  });

  it('still show each site, quoting its excerpts, when its place carries no visit (data built before)', () => {
    const bare = structuredClone(fixture.story);
    for (const { properties: p } of bare.places.features) {
      if (p.role !== 'site') continue;
      delete p.order;
      delete p.timeClaims;
      delete p.evidence;
      delete p.dateClaims;
    }
    const sites = buildSteps(bare, indexStory(bare), 'en-GB').filter((s) => s.kind === 'site');
    expect(sites.map((s) => s.id).sort()).toEqual(['mausoleum', 'presidential-palace']);
    const mausoleum = sites.find((s) => s.id === 'mausoleum')!;
    expect(mausoleum.quotes.map((q) => q.sentence)).toEqual([
      'He laid a wreath at the Ho Chi Minh Mausoleum.',
      'A wreath at the Ho Chi Minh Mausoleum opened the day.',
    ]);
    expect(mausoleum.claims).toEqual([]);
  });
});

describe('the timeline', () => {
  const steps = buildSteps(first.story, first.index, 'en-GB');
  const days = buildTimeline(steps, 'en-GB');

  it('lays the trip’s days in order, each event on every day an outlet gives it', () => {
    expect(days.map((d) => d.date)).toEqual(['2024-06-19', '2024-06-20']);
    const hanoi = steps.findIndex((s) => s.kind === 'stop' && s.headline.includes('Hanoi'));
    const onDay = (date: string) => days.find((d) => d.date === date)!.events.filter((e) => e.step === hanoi);
    expect(onDay('2024-06-19').map((e) => [e.time, e.outlets, e.disputed])).toEqual([
      ['02:00', ['Unnamed outlet (follows RT)'], true],
    ]);
    expect(onDay('2024-06-20')[0]).toMatchObject({ time: 'early hours', disputed: true });
  });

  it('orders a day’s events by their time, events with no time last', () => {
    for (const day of days) {
      const ranks = day.events.map((e) => e.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});
