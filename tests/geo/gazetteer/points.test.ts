// Where the gazetteer puts a first-level region, on invented shapes and records.
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regionPoints } from '../../../geo/gazetteer/points.ts';
import type { GazetteerSources } from '../../../geo/gazetteer/types.ts';

/** An untransformed topology of squares, each [west, south, size], under one object name. */
function squares(object: string, shapes: Array<{ id: string; box: number[]; gu?: string }>): Topology {
  return {
    type: 'Topology',
    arcs: shapes.map(({ box: [w = 0, s = 0, size = 0] }) => [
      [w, s],
      [w, s + size],
      [w + size, s + size],
      [w + size, s],
      [w, s],
    ]),
    objects: {
      [object]: {
        type: 'GeometryCollection',
        geometries: shapes.map(({ id, gu }, i) => ({ type: 'Polygon', arcs: [[i]], id, properties: gu ? { gu } : {} })),
      },
    },
  };
}

const country = (cca2: string, cca3: string, ccn3: string) =>
  ({ cca2, cca3, ccn3 }) as GazetteerSources['countries'][0];
const state = (countryCode: string, isoCode: string, name: string, lat: number, lon: number) => ({
  countryCode,
  isoCode,
  name,
  latitude: String(lat),
  longitude: String(lon),
});
const town = (countryCode: string, stateCode: string, lat: number, lon: number) => ({
  countryCode,
  stateCode,
  latitude: String(lat),
  longitude: String(lon),
});

function sources(parts: Partial<GazetteerSources>): GazetteerSources {
  return {
    // Two invented countries: Westland (a 10° square at 0°, 0°) and Eastland (at 40° E).
    countries: [country('WL', 'WLD', '901'), country('EL', 'ELD', '902')],
    countryLand: squares('countries', [
      { id: '901', box: [0, 0, 10] },
      { id: '902', box: [40, 0, 10] },
    ]),
    regionShapes: squares('subunits', []),
    states: [],
    regionTowns: [],
    cities: [],
    ...parts,
  } as GazetteerSources;
}

describe('first-level regions’ points', () => {
  it('keep the point their source gives when it lies on their country’s land', () => {
    const points = regionPoints(sources({ states: [state('WL', 'N', 'Northshire', 8, 5)] }));
    expect(points.get('WL-N')).toEqual([5, 8]);
  });

  it('take the middle of their towns on their land when their own point lies abroad', () => {
    const points = regionPoints(
      sources({
        states: [state('WL', 'S', 'Southshire', 5, 45)],
        // Three towns in Westland and one, misplaced, in Eastland: the middle stays in Westland.
        regionTowns: [town('WL', 'S', 1, 2), town('WL', 'S', 2, 3), town('WL', 'S', 3, 4), town('WL', 'S', 5, 45)],
      }),
    );
    expect(points.get('WL-S')).toEqual([3, 2]);
  });

  it('take the town they are named after where they have no town on their land, and are left out otherwise', () => {
    const cities = [
      {
        cityId: 1,
        name: 'Portmere',
        altName: '',
        country: 'WL',
        featureCode: 'PPL',
        population: 900,
        loc: { coordinates: [7, 7] },
      },
      {
        cityId: 2,
        name: 'Portmere',
        altName: '',
        country: 'EL',
        featureCode: 'PPL',
        population: 5000,
        loc: { coordinates: [41, 1] },
      },
    ];
    const points = regionPoints(
      sources({ states: [state('WL', 'PM', 'Portmere', 4, 44), state('WL', 'LO', 'Lostshire', 4, 44)], cities }),
    );
    expect(points.get('WL-PM')).toEqual([7, 7]);
    expect(points.has('WL-LO')).toBe(false);
  });

  it('stand in the middle of Natural Earth’s shape where it draws them, matched by code or by the point it holds', () => {
    const points = regionPoints(
      sources({
        states: [state('WL', 'AB', 'Abshire', 1, 1), state('WL', 'CDE', 'Cdeshire', 6, 6)],
        regionShapes: squares('subunits', [
          { id: 'AB', box: [0, 0, 4], gu: 'WLD' },
          { id: 'CD', box: [5, 5, 4], gu: 'WLD' },
        ]),
      }),
    );
    expect(points.get('WL-AB')).toEqual([2, 2]);
    expect(points.get('WL-CDE')).toEqual([7, 7]);
  });
});
