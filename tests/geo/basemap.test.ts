import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { LineString, Position } from 'geojson';
import { area } from '@turf/area';
import { countryCodes } from '../app/country-codes.ts';
import { buildCountries, buildCountryLabels } from '../../geo/basemap/world.ts';
import { selectCityDetail } from '../../geo/basemap/city-detail.ts';
import { buildBasemap } from '../../geo/basemap/build.ts';
import { ringArea } from '../../geo/geometry/rfc7946.ts';

const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology;
const detail = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
const countries = buildCountries(topology, countryCodes, detail);

function rings(name: string): Position[][] {
  const country = countries.features.find((f) => f.properties.name === name);
  if (!country) throw new Error(`${name} missing`);
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  return polygons.flat();
}

const widestStep = (ring: Position[]) =>
  Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0))));

describe('countries at the antimeridian', () => {
  it.each(['Russia', 'Fiji'])('no ring of %s steps across ±180°', (name) => {
    for (const ring of rings(name)) expect(widestStep(ring)).toBeLessThanOrEqual(180);
  });

  it.each(['Russia', 'Fiji'])('%s keeps land on both sides of ±180°', (name) => {
    const lons = rings(name)
      .flat()
      .map((p) => p[0] ?? 0);
    expect(Math.max(...lons)).toBeCloseTo(180, 5);
    expect(Math.min(...lons)).toBeLessThan(-170);
  });

  it('keeps Russia’s area within 1% once cut', () => {
    const country = countries.features.find((f) => f.properties.name === 'Russia');
    // Turf's area measures on the sphere; a ring that steps across ±180° is measured the short way
    // too, so the split pieces must add up to the same area.
    expect(country).toBeDefined();
    const cutArea = area(country!);
    expect(cutArea / 1e12).toBeGreaterThan(16);
    expect(cutArea / 1e12).toBeLessThan(17.5);
  });

  it('closes every ring', () => {
    for (const ring of [...rings('Russia'), ...rings('Fiji')]) expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});

describe('small islands 1:110m leaves out', () => {
  const coarse = buildCountries(topology, countryCodes);
  const named = (name: string) => countries.features.find((f) => f.properties.name === name);

  it.each(['Tonga', 'Samoa', 'Malta', 'Maldives', 'Bahrain', 'Cook Is.'])(
    'draws %s from 1:50m, with its code',
    (name) => {
      expect(coarse.features.some((f) => f.properties.name === name)).toBe(false);
      expect(named(name)?.properties.code).toMatch(/^[A-Z]{2}$/);
    },
  );

  it('keeps every 1:110m country as it was and adds each unit once, by its own id', () => {
    expect(countries.features.slice(0, coarse.features.length)).toEqual(coarse.features);
    const ids = countries.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(countries.features.length - coarse.features.length).toBeGreaterThan(40);
  });

  it('marks the added units, and only them, small, on their shapes and labels', () => {
    const small = countries.features.filter((f) => f.properties.small).map((f) => f.properties.id);
    expect(small).toEqual(countries.features.slice(coarse.features.length).map((f) => f.properties.id));
    const labels = buildCountryLabels(countries).features;
    expect(labels.find((l) => l.properties?.name === 'Tonga')?.properties?.small).toBe(true);
    expect(labels.find((l) => l.properties?.name === 'Fiji')?.properties).not.toHaveProperty('small');
  });

  it.each(['Vatican', 'Monaco', 'Siachen Glacier', 'Singapore'])(
    'leaves out %s, whose land 1:110m already draws as a neighbour’s',
    (name) => {
      expect(named(name)).toBeUndefined();
    },
  );

  it('cuts the islands that straddle ±180° there', () => {
    for (const name of ['Kiribati', 'Fr. Polynesia', 'Wallis and Futuna Is.']) {
      for (const ring of rings(name)) expect(widestStep(ring)).toBeLessThanOrEqual(180);
    }
    const lons = rings('Kiribati')
      .flat()
      .map((p) => p[0] ?? 0);
    expect(Math.max(...lons)).toBeGreaterThan(170);
    expect(Math.min(...lons)).toBeLessThan(-150);
  });
});

describe('countries wound as RFC 7946 asks', () => {
  it('turns every exterior ring counter-clockwise and every hole clockwise, Lesotho in South Africa included', () => {
    const polygons = countries.features.flatMap((f) =>
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    );
    expect(polygons.length).toBeGreaterThan(280);
    for (const [outer, ...holes] of polygons) {
      expect(ringArea(outer!)).toBeGreaterThan(0);
      for (const hole of holes) expect(ringArea(hole)).toBeLessThan(0);
    }
    expect(polygons.some((rings) => rings.length > 1)).toBe(true);
  });

  it('closes Antarctica down the antimeridian and along the South Pole, with no edge spanning 180°', () => {
    const ring = rings('Antarctica').find((r) => r.some((p) => p[1] === -90));
    expect(ring).toBeDefined();
    expect(widestStep(ring!)).toBeLessThanOrEqual(90);
    expect(ring!.filter((p) => p[1] === -90).map((p) => p[0])).toEqual([-180, -90, 0, 90, 180]);
  });

  it('refuses to build a basemap from a city extract that breaks RFC 7946, naming where to look', () => {
    const broken = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [21.03, 105.85] },
          properties: { layer: 'water' },
        },
      ],
    };
    expect(() =>
      buildBasemap({
        countries: topology,
        detailCountries: detail,
        countryCodes,
        rivers: { type: 'FeatureCollection', features: [] },
        cities: [broken],
      }),
    ).toThrow(
      /city\.geojson would not be valid RFC 7946 GeoJSON: features\[0\]\.geometry\.coordinates: latitude 105\.85 .*data\/basemap\/cities/,
    );
  });
});

describe('basemap detail', () => {
  it('puts each country label inside its country', () => {
    const labels = buildCountryLabels(countries);
    expect(labels.features).toHaveLength(countries.features.length);
    const russia = labels.features.find((f) => f.properties?.name === 'Russia');
    expect(russia?.properties?.rank).toBeLessThan(3);
  });

  it('keeps the city layers and their English names', () => {
    const city = selectCityDetail([
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [105.8, 21] },
            properties: { layer: 'water', name: 'Hồ Tây', 'name:en': 'West Lake' },
          },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { layer: 'urban_ne' } },
        ],
      },
    ]);
    expect(city.features.map((f) => f.properties)).toEqual([{ layer: 'water', name: 'Hồ Tây', name_en: 'West Lake' }]);
  });

  const road = (highway: string, coordinates: Position[], extra: Record<string, unknown> = {}) => ({
    type: 'Feature' as const,
    geometry: { type: 'LineString' as const, coordinates },
    properties: {
      osm_id: coordinates.length,
      highway,
      name: 'Phố Tràng Tiền',
      'name:en': 'Trang Tien',
      lanes: '2',
      ...extra,
    },
  });

  it('keeps a road with only its class and name, links in the class of their road, minor streets as minor', () => {
    const city = selectCityDetail([
      {
        type: 'FeatureCollection',
        features: [
          road('primary_link', [
            [105.8512345678, 21.0245],
            [105.853, 21.025],
          ]),
          road('trunk', [
            [105.8, 21],
            [105.81, 21],
            [105.82, 21.001],
          ]),
          road('residential', [
            [105.8, 21],
            [105.8, 21.01],
            [105.8, 21.02],
            [105.8, 21.03],
          ]),
          road('footway', [
            [105.8, 21],
            [105.8, 21.01],
            [105.8, 21.02],
            [105.8, 21.03],
            [105.8, 21.04],
          ]),
        ],
      },
    ]);
    expect(city.features.map((f) => f.properties)).toEqual([
      { layer: 'road', class: 'primary', name: 'Phố Tràng Tiền' },
      { layer: 'road', class: 'motorway', name: 'Phố Tràng Tiền' },
      { layer: 'road', class: 'minor', name: 'Phố Tràng Tiền' },
    ]);
    expect(city.features[0]!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [105.85123, 21.0245],
        [105.853, 21.025],
      ],
    });
  });

  it('simplifies a road: points within a metre of the line are dropped', () => {
    const straight = Array.from({ length: 50 }, (_, i) => [105.8 + i * 0.0002, 21 + (i % 2) * 0.000001]);
    const [kept] = selectCityDetail([{ type: 'FeatureCollection', features: [road('secondary', straight)] }]).features;
    expect((kept!.geometry as LineString).coordinates.length).toBeLessThan(5);
  });

  it('keeps a feature two extracts both hold once, and drops a lake shore cut open by its extract', () => {
    const lake = {
      type: 'Feature' as const,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [105.8, 21],
            [105.83, 21],
            [105.83, 21.03],
            [105.8, 21],
          ],
        ],
      },
      properties: { osm_type: 'way', osm_id: 7, natural: 'water', name: 'Hồ Tây' },
    };
    const shore = {
      type: 'Feature' as const,
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [105.8, 21],
          [105.81, 21.01],
        ],
      },
      properties: { osm_type: 'way', osm_id: 8, natural: 'water', name: 'Hồ Hoàn Kiếm' },
    };
    const river = { ...shore, properties: { osm_type: 'way', osm_id: 9, waterway: 'river', name: 'Sông Tô Lịch' } };
    const city = selectCityDetail([
      { type: 'FeatureCollection', features: [lake] },
      { type: 'FeatureCollection', features: [lake, shore, river] },
    ]);
    expect(city.features.map((f) => f.properties?.name)).toEqual(['Hồ Tây', 'Sông Tô Lịch']);
  });

  it('leaves a pond unnamed, so its name does not crowd the sites’ labels', () => {
    const pond = {
      type: 'Feature' as const,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [105.8, 21],
            [105.801, 21],
            [105.801, 21.001],
            [105.8, 21],
          ],
        ],
      },
      properties: { natural: 'water', name: 'Hồ Ngọc Hà' },
    };
    const [kept] = selectCityDetail([{ type: 'FeatureCollection', features: [pond] }]).features;
    expect(kept!.properties).toEqual({ layer: 'water', name: '', name_en: '' });
  });
});
