import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeStory } from '../../geo/story/compose.ts';
import { storyFiles } from '../../geo/story/files.ts';
import type { RouteCollection } from '../../geo/contract/schema.ts';
import { compose } from './compose.ts';
import { expectGolden, FIXTURES } from './golden.ts';
import { gazetteer, storyTwoGazetteer } from './gazetteer.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const stops = (route: RouteCollection) => [
  route.features[0]?.properties.fromName,
  ...route.features.map((f) => f.properties.toName),
];

describe('the first story (data/articles)', async () => {
  const first = await compose(join(ROOT, 'data', 'articles'), join(ROOT, 'data', 'story.json'));

  it('finds the route Moscow → Pyongyang → Hanoi with the dates most outlets give, and the disagreement', () => {
    expect(stops(first.route)).toEqual(['Moscow', 'Pyongyang', 'Hanoi']);
    expect(first.route.features.map((f) => f.properties.date)).toEqual([null, '2024-06-20']);
    expect(first.route.features[1]!.properties.dateClaims.map((c) => c.date)).toEqual(['2024-06-20', '2024-06-19']);
  });

  it('keeps the arrival times as claims: before dawn on Thursday for two outlets, 02:00 on Wednesday for one', () => {
    const hanoi = first.route.features[1]!.properties;
    expect(hanoi.timeClaims?.map((c) => [c.date, c.time ?? c.part, c.articles.length])).toEqual([
      ['2024-06-20', 'early', 2],
      ['2024-06-19', '02:00', 1],
    ]);
    expect(first.route.features[0]!.properties.timeClaims).toEqual([]);
  });

  it('numbers the sites in the order the text gives them', () => {
    expect(first.sites.features.map((f) => f.properties.order)).toEqual([1, 2, 3, 4]);
  });

  it('names no outlet on both sides of a date disagreement: a site visit on Thursday is no arrival date', () => {
    for (const leg of first.route.features) {
      const outlets = leg.properties.dateClaims.flatMap((c) => c.articles);
      expect(outlets).toEqual([...new Set(outlets)]);
    }
  });

  it('marks Moscow and the first leg as inferred, with why, since no outlet says where the trip began', () => {
    const moscow = first.places.features.find((f) => f.properties.name === 'Moscow')!.properties;
    expect([moscow.role, moscow.basis, moscow.why]).toEqual([
      'stop',
      'inferred',
      expect.stringMatching(/^No outlet says/),
    ]);
    expect(first.route.features.map((f) => f.properties.basis)).toEqual(['inferred', 'stated']);
    expect(first.places.features.filter((f) => f.properties.basis === 'inferred')).toHaveLength(1);
  });

  it('finds the four Hanoi sites, apart from places merely mentioned', () => {
    expect(first.sites.features.map((f) => f.properties.name).sort()).toEqual([
      'Hanoi Opera House',
      'Ho Chi Minh Mausoleum',
      'Monument to Heroes and Martyrs',
      'Noi Bai International Airport',
    ]);
    expect(first.places.features.find((f) => f.id === 'landmark:moscow-kremlin')?.properties.role).toBe('mentioned');
  });

  it('draws the three trade flows of 2022 from Hanoi, the Washington one split at the antimeridian', () => {
    const flows = first.flows.features.map((f) => [
      f.properties.partnerName,
      f.properties.valueUsd,
      f.properties.year,
      f.properties.label,
    ]);
    expect(flows).toEqual([
      ['China', 175e9, 2022, '$175bn'],
      ['United States', 123e9, 2022, '$123bn'],
      ['Russia', 3.5e9, 2022, '$3.5bn'],
    ]);
    expect(first.flows.features[1]!.geometry.type).toBe('MultiLineString');
    expect(first.flows.features[2]!.properties.evidence.sentence).toMatch(/^Trade between Vietnam and Russia/);
  });

  it('ends every flow on the mark of its partner, none on a stop of the route, labelled below 60° of latitude', () => {
    const at = (id: string) => first.places.features.find((f) => f.id === id)!.geometry.coordinates;
    const stops = first.places.features.filter((f) => f.properties.role === 'stop').map((f) => f.geometry.coordinates);
    for (const flow of first.flows.features) {
      const g = flow.geometry;
      const end = g.type === 'LineString' ? g.coordinates.at(-1) : g.coordinates.at(-1)!.at(-1);
      expect(end).toEqual(at(flow.properties.partner));
      expect(stops).not.toContainEqual(end);
      expect(Math.abs(flow.properties.labelAt[1])).toBeLessThan(60);
    }
  });

  it('says whose trade each figure is and what it counts, as the sentence does', () => {
    const said = first.flows.features.map((f) => [f.properties.reporterName, f.properties.counts, f.properties.scope]);
    expect(said).toEqual(Array(3).fill(['Vietnam', 'trade', null]));
  });

  it('backs every place with excerpts whose highlight is the name in the sentence', () => {
    for (const place of first.places.features) {
      for (const e of place.properties.excerpts)
        expect(e.sentence.slice(...e.highlight).replace(/\s+/g, ' ')).toBe(e.text.replace(/\s+/g, ' '));
    }
    expect(first.places.features.find((f) => f.id === 'city:1581130')?.properties.outletCount).toBe(5);
  });

  it('matches its golden outputs', () => {
    for (const [name, text] of Object.entries(first.files))
      expectGolden(join(FIXTURES, 'story-one', 'out', `${name}.json`), JSON.parse(text));
  });

  it('is deterministic: a second run is byte-identical', async () => {
    const again = await compose(join(ROOT, 'data', 'articles'), join(ROOT, 'data', 'story.json'));
    expect(again.files).toEqual(first.files);
  });
});

describe('a second story through the same code (tests/fixtures/story-two)', async () => {
  const dir = join(FIXTURES, 'story-two');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    route: string[];
    hostCity: string;
    sites: string[];
    flows: Array<{ partner: string; valueUsd: number; year: number }>;
    mustMap: string[];
    mustNotMap: string[];
    legDates: Record<string, string>;
  };
  const second = await compose(join(dir, 'articles'), join(dir, 'story.json'), storyTwoGazetteer);
  const mapped = second.places.features.map((f) => f.properties.name);

  it('finds its route, host city and arrival dates', () => {
    expect(stops(second.route)).toEqual(expected.route);
    expect(second.meta.hostCity).toBe(second.places.features.find((f) => f.properties.name === expected.hostCity)?.id);
    for (const leg of second.route.features) expect(leg.properties.date).toBe(expected.legDates[leg.properties.toName]);
  });

  it('gives each city the trip went to a city view, in order, the origin none, each framing the sites visited in it', () => {
    expect(second.meta.cities.map((c) => c.name)).toEqual(expected.route.slice(1));
    for (const site of second.sites.features) {
      const [lng, lat] = site.geometry.coordinates;
      const holding = second.meta.cities.filter(
        ({ bounds: [w, s, e, n] }) => lng! >= w && lng! <= e && lat! >= s && lat! <= n,
      );
      expect(holding.map((c) => c.name)).toEqual([expected.hostCity]);
    }
  });

  it('finds its sites and trade flows', () => {
    expect(second.sites.features.map((f) => f.properties.name).sort()).toEqual([...expected.sites].sort());
    const flows = second.flows.features.map((f) => ({
      partner: f.properties.partnerName,
      valueUsd: f.properties.valueUsd,
      year: f.properties.year,
    }));
    expect(flows.sort((a, b) => a.partner.localeCompare(b.partner))).toEqual(
      [...expected.flows].sort((a, b) => a.partner.localeCompare(b.partner)),
    );
    const chile = second.flows.features.find((f) => f.properties.partnerName === 'Chile')!.properties;
    expect([chile.reporterName, chile.counts]).toEqual(['Australia', 'two-way trade']);
  });

  it('maps the places it must, and keeps people and organisations off the map', () => {
    for (const name of expected.mustMap) expect(mapped).toContain(name);
    for (const name of expected.mustNotMap) expect(mapped).not.toContain(name);
  });

  it('reads its times: Canberra at 11:00 on the 13th; no time for Auckland from a flight out of it on Thursday morning', () => {
    const time = (name: string) =>
      second.route.features
        .find((f) => f.properties.toName === name)!
        .properties.timeClaims?.map((c) => [c.date, c.time ?? c.part]);
    expect(time('Canberra')).toEqual([['2025-03-13', '11:00']]);
    expect(time('Auckland')).toEqual([]);
  });

  it('dates each site visit by the day written before it in its sentence, and a scheduled Friday as the next one', () => {
    const memorial = second.sites.features.find((f) => f.properties.name === 'Australian War Memorial')!.properties;
    expect(memorial.dateClaims.map((c) => c.date)).toEqual(['2025-03-14']);
    expect(memorial.dateClaims[0]!.articles).toHaveLength(3);
  });

  it('crosses the antimeridian correctly between Santiago and Auckland', () => {
    const leg = second.route.features[0]!.geometry;
    expect(leg.type).toBe('MultiLineString');
    if (leg.type !== 'MultiLineString') return;
    expect(leg.coordinates.map((part) => part[part.length - 1]![0])).toEqual([-180, expect.closeTo(174.76, 1)]);
  });
});

describe('a one-article story', () => {
  it('takes a single "arrived in X from Y" as enough for both stops, after the home capital', async () => {
    const text =
      `---\noutlet: "Wire"\ntitle: "Modi in Vienna"\ndate: "2024-07-09"\n---\n` +
      'Indian Prime Minister Narendra Modi arrived in Vienna on Tuesday from Moscow, where he held talks with Vladimir Putin.\n\n' +
      'Putin’s visit to India last year drew criticism from the US.\n';
    const settings = '{ "title": "Modi", "traveller": { "name": "Narendra Modi", "aliases": ["Modi"] } }';
    const { story } = composeStory({
      articles: [{ file: 'a.md', text }],
      settings: { file: 'story.json', text: settings },
      gazetteer: await gazetteer(),
    });
    const route = JSON.parse(storyFiles(story)['route.geojson']!) as RouteCollection;
    expect(stops(route)).toEqual(['New Delhi', 'Moscow', 'Vienna']);
    expect(route.features[1]!.properties.date).toBe('2024-07-09');
  });
});

describe('the edge where a story becomes files', () => {
  it('validates each output there: a composed object that breaks its schema is refused, not written', async () => {
    const text = `---\noutlet: "Wire"\ntitle: "Putin in Hanoi"\ndate: "2024-06-20"\n---\nRussian President Vladimir Putin arrived in Hanoi on Thursday.\n`;
    const settings = '{ "title": "T", "traveller": { "name": "Vladimir Putin", "aliases": ["Putin"] } }';
    const { story } = composeStory({
      articles: [{ file: 'a.md', text }],
      settings: { file: 'story.json', text: settings },
      gazetteer: await gazetteer(),
    });
    expect(Object.keys(storyFiles(story)).sort()).toEqual([
      'flows.geojson',
      'places.geojson',
      'route.geojson',
      'sites.geojson',
      'story.json',
    ]);
    const [place] = story.places;
    const broken = {
      ...story,
      places: [{ ...place!, geometry: { type: 'Point' as const, coordinates: [105.85, 121.03] as [number, number] } }],
    };
    expect(() => storyFiles(broken)).toThrow(/expected number to be <=90/);
  });
});

describe('story cases (tests/fixtures/story-cases/in/<case>/ → out/<case>.json)', async () => {
  const dir = join(FIXTURES, 'story-cases');
  const cases = readdirSync(join(dir, 'in')).sort();
  it.each(cases)('%s', async (name) => {
    const { route, sites, flows, places } = await compose(join(dir, 'in', name), join(dir, 'in', name, 'story.json'));
    expectGolden(join(dir, 'out', `${name}.json`), {
      route: route.features.map((f) => ({
        from: f.properties.fromName,
        to: f.properties.toName,
        date: f.properties.date,
        dateClaims: f.properties.dateClaims,
        basis: f.properties.basis,
        why: f.properties.why,
      })),
      inferredPlaces: places.features
        .filter((f) => f.properties.basis === 'inferred')
        .map((f) => ({ name: f.properties.name, role: f.properties.role, why: f.properties.why })),
      sites: sites.features.map((f) => f.properties.name),
      flows: flows.features.map((f) => ({
        partner: f.properties.partnerName,
        value: f.properties.value,
        currency: f.properties.currency,
        year: f.properties.year,
      })),
    });
  });
});
