// The story table's scorers on invented keys and outputs: no development data needed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusRow } from '../../geo/scoring/corpus-row.ts';
import { belowFloor, Floor } from '../../geo/scoring/floor.ts';
import { scoreFlows } from '../../geo/scoring/flow-match.ts';
import { sameName } from '../../geo/scoring/names.ts';
import { scoreRoute, type KeyStop, type RouteStop } from '../../geo/scoring/route-match.ts';
import { scoreSites } from '../../geo/scoring/site-match.ts';
import { drawnFlows, drawnSites, routeStops, scoreStory, type StoryOutputs } from '../../geo/scoring/story-row.ts';
import type { FlowFeature } from '../../geo/contract/schema.ts';

const SUVA = { lat: -18.14, lon: 178.44 };
const APIA = { lat: -13.83, lon: -171.76 };
const NUKUALOFA = { lat: -21.14, lon: -175.2 };
const CANBERRA = { lat: -35.28, lon: 149.13 };
const LAUTOKA = { lat: -17.62, lon: 177.45 };

const key = (name: string, at: { lat: number; lon: number }, arrive: string | null, stated = true): KeyStop => ({
  name,
  ...at,
  arrive,
  stated,
});
const got = (name: string, at: { lat: number; lon: number }, arrive: string | null, inferred = false): RouteStop => ({
  name,
  ...at,
  arrive,
  inferred,
});

describe('route against the key', () => {
  const trip = [
    key('Canberra', CANBERRA, null, false),
    key('Suva', SUVA, '2030-05-02'),
    key('Apia', APIA, '2030-05-04'),
  ];

  it('is exact with the stops in order and the arrival dates the key gives; an unstated origin is not scored either way', () => {
    const stops = [got('Suva', SUVA, null), got('Apia', APIA, '2030-05-04')];
    const withOrigin = [got('Canberra', CANBERRA, null, true), ...stops];
    stops[0]!.arrive = '2030-05-02';
    expect(scoreRoute(trip, stops)).toMatchObject({ exact: true, why: null });
    expect(scoreRoute(trip, withOrigin).exact).toBe(true);
    expect(scoreRoute(trip, withOrigin).got).toBe('(unscored) *Canberra → Suva 05-02 → Apia 05-04');
  });

  it('says the first difference: a stop out of order, missing, one too many, or a wrong date', () => {
    expect(scoreRoute(trip, [got('Apia', APIA, '2030-05-04'), got('Suva', SUVA, '2030-05-02')]).why).toBe(
      'stop 1: Apia where the key has Suva',
    );
    expect(scoreRoute(trip, [got('Suva', SUVA, '2030-05-02')]).why).toBe('stop 2: Apia is missing');
    const tonga = [
      got('Suva', SUVA, '2030-05-02'),
      got('Apia', APIA, '2030-05-04'),
      got('Nuku’alofa', NUKUALOFA, null),
    ];
    expect(scoreRoute(trip, tonga).why).toBe('stop 3: Nuku’alofa is one stop too many');
    expect(scoreRoute(trip, [got('Suva', SUVA, null), got('Apia', APIA, '2030-05-04')]).why).toBe(
      'Suva: arrival not given where the key has 2030-05-02',
    );
  });

  it('tells a day trip and its return apart, and takes a named stop a little off the key’s point', () => {
    const dayTrip = [key('Suva', SUVA, null), key('Lautoka', LAUTOKA, null), key('Suva', SUVA, null)];
    expect(
      scoreRoute(dayTrip, [got('Suva', SUVA, null), got('Lautoka', LAUTOKA, null), got('Suva', SUVA, null)]).exact,
    ).toBe(true);
    expect(scoreRoute(dayTrip, [got('Suva', SUVA, null), got('Suva', SUVA, null)]).exact).toBe(false);
    const island = [key('Upolu', { lat: -13.9, lon: -171.75 }, null)];
    expect(scoreRoute(island, [got('Upolu', { lat: -13.2, lon: -171.75 }, null)]).exact).toBe(true);
    expect(scoreRoute(island, [got('Savai’i', { lat: -13.2, lon: -171.75 }, null)]).exact).toBe(false);
  });
});

describe('sites against the key', () => {
  const sites = [
    { name: 'Government House', lat: -18.15, lon: 178.43, toleranceM: 500 },
    { name: 'Albert Park', lat: -18.146, lon: 178.424, toleranceM: 300 },
    { name: 'Nausori Farm', lat: -17.85, lon: 178.75, toleranceM: 20000 },
  ];

  it('finds a site within its tolerance, one drawn site for one key site, strictest first', () => {
    const drawn = [
      { name: 'Government House', lat: -18.1502, lon: 178.4302, approximate: false },
      { name: 'Albert Park', lat: -18.146, lon: 178.4241, approximate: false },
    ];
    expect(scoreSites(sites, drawn)).toMatchObject({ found: 2, approximate: 0, missed: 1, extra: 0 });
  });

  it('counts a site of the same name, drawn approximately in its city, as flagged; not one drawn exactly elsewhere', () => {
    const drawn = [
      { name: 'Government House', lat: -18.14, lon: 178.44, approximate: true },
      { name: 'Albert Park', lat: -18.2, lon: 178.5, approximate: false },
      { name: 'Lautoka Market', lat: -17.62, lon: 177.45, approximate: false },
    ];
    const score = scoreSites(sites, drawn);
    expect(score).toMatchObject({ found: 0, approximate: 1, missed: 2, extra: 2 });
    expect(score.detail[0]).toMatchObject({ key: 'Government House', as: 'approximate' });
  });
});

describe('trade flows against the key', () => {
  const flows = [
    { from: 'United States', to: 'Fiji', usd: 13.2e9 },
    { from: 'Fiji', to: 'United States', usd: 12.7e9 },
  ];

  it('finds a flow by its pair, either way round, and its dollar value within 1%', () => {
    const drawn = [
      { from: 'United States of America', to: 'Fiji', usd: 12.7e9 },
      { from: 'Fiji', to: 'United States', usd: 13.25e9 },
    ];
    expect(scoreFlows(flows, drawn)).toMatchObject({ found: 2, missed: 0, extra: 0 });
  });

  it('counts a pledge drawn as trade as extra, and a figure off by more than 1% as missed', () => {
    const drawn = [
      { from: 'United States', to: 'Fiji', usd: 13.5e9 },
      { from: 'United States', to: 'Fiji', usd: 600e9 },
    ];
    const score = scoreFlows(flows, drawn);
    expect(score).toMatchObject({ found: 0, missed: 2, extra: 2 });
    expect(score.extraFlows).toContain('United States–Fiji $600bn');
  });

  it('lists a figure in another currency apart, neither found nor extra: the key lists dollars only', () => {
    const score = scoreFlows(flows, [{ from: 'Samoa', to: 'Fiji', usd: null }]);
    expect(score).toMatchObject({ found: 0, missed: 2, extra: 0, otherCurrency: ['Samoa–Fiji not in USD'] });
  });

  it('scores every figure kept with a flow: the exports and imports beside the two-way figure it draws', () => {
    // Only the properties the scorer reads: the names and each figure's dollar value.
    const flow = (figures: Array<number | null>) =>
      ({
        properties: {
          reporterName: 'United States',
          partnerName: 'Fiji',
          figures: figures.map((valueUsd) => ({ valueUsd })),
        },
      }) as unknown as FlowFeature;
    const drawn = drawnFlows({ flows: { type: 'FeatureCollection', features: [flow([25.9e9, 13.2e9, 12.7e9, 2e9])] } });
    expect(drawn.map((d) => d.usd)).toEqual([25.9e9, 13.2e9, 12.7e9, 2e9]);
    const score = scoreFlows([...flows, { from: 'United States', to: 'Fiji', usd: 25.9e9 }], drawn);
    expect(score).toMatchObject({ found: 3, missed: 0, extra: 1, extraFlows: ['United States–Fiji $2bn'] });
  });

  it('reads names the way the texts and the gazetteer write them', () => {
    expect(sameName('State House (Ikulu), Dar es Salaam', 'Ikulu')).toBe(true);
    expect(sameName('National Institute of Hygiene and Epidemiology', 'National Institutes of Hygiene')).toBe(true);
    expect(sameName('State House, Lusaka', 'Government House')).toBe(false);
  });
});

/** A route of legs over places, as the build writes them. */
function outputs(): StoryOutputs {
  const place = (
    id: string,
    name: string,
    at: { lat: number; lon: number },
    basis: 'stated' | 'inferred',
    dates: string[],
  ) => ({
    type: 'Feature' as const,
    id,
    geometry: { type: 'Point' as const, coordinates: [at.lon, at.lat] as [number, number] },
    properties: {
      id,
      name,
      kind: 'city' as const,
      role: 'stop' as const,
      country: null,
      mentionCount: 1,
      outletCount: 1,
      excerpts: [],
      basis,
      why: null,
      dateClaims: dates.map((date) => ({ date, articles: ['a'] })),
    },
  });
  const leg = (order: number, from: string, to: string, fromName: string, toName: string, date: string | null) => ({
    type: 'Feature' as const,
    id: `leg-${order}`,
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [1, 1],
      ] as Array<[number, number]>,
    },
    properties: {
      id: `leg-${order}`,
      order,
      from,
      to,
      fromName,
      toName,
      date,
      dateClaims: [],
      labelAt: [0, 0] as [number, number],
      evidence: [],
      basis: 'stated' as const,
      why: null,
    },
  });
  return {
    places: {
      type: 'FeatureCollection',
      features: [place('suva', 'Suva', SUVA, 'stated', ['2030-05-01']), place('apia', 'Apia', APIA, 'stated', [])],
    },
    route: {
      type: 'FeatureCollection',
      features: [
        leg(2, 'apia', 'suva', 'Apia', 'Suva', '2030-05-06'),
        leg(1, 'suva', 'apia', 'Suva', 'Apia', '2030-05-04'),
      ],
    },
    sites: { type: 'FeatureCollection', features: [] },
    flows: { type: 'FeatureCollection', features: [] },
  };
}

describe('a story row', () => {
  it('reads the stops from the legs in order, the origin dated by its own claims', () => {
    expect(routeStops(outputs()).map((s) => `${s.name} ${s.arrive}`)).toEqual([
      'Suva 2030-05-01',
      'Apia 2030-05-04',
      'Suva 2030-05-06',
    ]);
  });

  it('reads a site as approximate from its `approximate` flag, not from words in its coordinate source', () => {
    const drawn = outputs();
    const suva = drawn.places.features[0]!;
    const site = (id: string, extra: object) => ({
      ...suva,
      id,
      properties: { ...suva.properties, id, name: id, role: 'site' as const, ...extra },
    });
    drawn.places.features.push(
      site('Flagged', { approximate: true, approximateWhy: 'No gazetteer places “Flagged”.' }),
      site('Placed', { coordSource: 'placed by hand; approximate to 150 m' }),
    );
    expect(drawnSites(drawn).map((d) => [d.name, d.approximate])).toEqual([
      ['Flagged', true],
      ['Placed', false],
    ]);
  });

  it('scores a refused story as built not, every key site and flow missed', () => {
    const storyKey = {
      traveller: 'A B',
      route: [key('Suva', SUVA, null)],
      sites: [{ name: 'X', ...SUVA, toleranceM: 100 }],
      flows: [{ from: 'Fiji', to: 'Samoa', usd: 1e9, year: null }],
    };
    const row = scoreStory('s', storyKey, { refused: 'a.md:2: bad' }, 0);
    expect([row.refused, row.route.exact, row.sites.missed, row.flows.missed]).toEqual(['a.md:2: bad', false, 1, 1]);
  });
});

describe('the floor', () => {
  const floor: Floor = {
    testOnly: [],
    stories: {
      s: {
        built: true,
        routeExact: true,
        sitesFound: 1,
        sitesMissed: 0,
        flowsFound: 0,
        flowsExtra: 0,
        sentencesDropped: 0,
      },
    },
    corpora: { c: { f1: 0.8, noPlace: 2 } },
  };
  const storyKey = {
    traveller: 'A B',
    route: [key('Suva', SUVA, null), key('Apia', APIA, '2030-05-04'), key('Suva', SUVA, null)],
    sites: [{ name: 'X', ...SUVA, toleranceM: 100 }],
    flows: [],
  };

  it('is met by rows at or above it, and names each shortfall otherwise', () => {
    const drawn = outputs();
    const suva = drawn.places.features[0]!;
    drawn.places.features.push({
      ...suva,
      id: 'x',
      properties: { ...suva.properties, id: 'x', name: 'X', role: 'site' },
    });
    const good = scoreStory('s', storyKey, { outputs: drawn, warnings: 0 }, 0);
    const corpus = corpusRow(
      'c',
      [{ id: 'd', toponyms: [] }],
      {
        docs: 1,
        overlap: {
          recognition: { precision: 0.9, recall: 0.8, f1: 0.85 },
          resolution: { acc161: 0.9 },
          e2e: { f1: 0.7 },
        },
      },
      false,
    );
    expect(belowFloor(floor, [good], [corpus])).toEqual([]);
    const bad = scoreStory('s', storyKey, { refused: 'no' }, 2);
    expect(belowFloor(floor, [bad], [{ ...corpus, f1: 0.7, noPlace: 3 }])).toEqual([
      's: built false, floor true',
      's: route exact false, floor true',
      's: sites found 0, floor ≥ 1',
      's: sites missed 1, floor ≤ 0',
      's: sentences dropped 2, floor ≤ 0',
      'c: f1 0.700, floor ≥ 0.800',
      'c: documents with no place 3, floor ≤ 2',
    ]);
    expect(belowFloor(floor, [], null)).toEqual(['s: in the floor but not among the stories']);
  });
});

describe('the committed floor', () => {
  it('is a valid floor that keeps the two test-only stories out of the default table', () => {
    const floor = Floor.parse(JSON.parse(readFileSync(new URL('../eval-floor.json', import.meta.url), 'utf8')));
    expect(floor.testOnly).toEqual(['harris-2021-guatemala-mexico', 'macron-2022-moscow-kyiv']);
    for (const story of floor.testOnly) expect(floor.stories).not.toHaveProperty(story);
    for (const min of Object.values(floor.stories)) expect(min.sentencesDropped).toBe(0);
  });
});
