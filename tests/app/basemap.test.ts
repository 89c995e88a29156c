import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { area } from '@turf/area';
import { buildCountries, buildCountryLabels } from '../../geo/basemap/world.ts';
import { selectCityDetail } from '../../geo/basemap/city-detail.ts';
import { buildBasemap } from '../../geo/basemap/build.ts';
import { ringArea } from '../../geo/geometry/rfc7946.ts';

const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology;
const countries = buildCountries(topology);

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
      buildBasemap({ countries: topology, rivers: { type: 'FeatureCollection', features: [] }, cities: [broken] }),
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
});
