import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import * as turf from '@turf/turf';
import { buildCountries, buildCountryLabels } from '../../geo/basemap/world.ts';
import { splitLines, splitPolygon } from '../../geo/basemap/antimeridian.ts';
import { roundGeometry } from '../../geo/basemap/round.ts';
import { selectCityDetail } from '../../geo/basemap/city-detail.ts';

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
    const lons = rings(name).flat().map((p) => p[0] ?? 0);
    expect(Math.max(...lons)).toBeCloseTo(180, 5);
    expect(Math.min(...lons)).toBeLessThan(-170);
  });

  it('keeps Russia’s area within 1% once cut', () => {
    const country = countries.features.find((f) => f.properties.name === 'Russia');
    // turf.area measures on the sphere; a ring that steps across ±180° is measured the short way
    // too, so the split pieces must add up to the same area.
    expect(country).toBeDefined();
    const cutArea = turf.area(country!);
    expect(cutArea / 1e12).toBeGreaterThan(16);
    expect(cutArea / 1e12).toBeLessThan(17.5);
  });

  it('closes every ring', () => {
    for (const ring of [...rings('Russia'), ...rings('Fiji')]) expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('leaves a polygon that does not cross unchanged', () => {
    const square = [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]];
    expect(splitPolygon(square)).toEqual([square]);
  });

  it('cuts a square straddling 180° into two halves meeting on the line', () => {
    const square = [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]];
    const pieces = splitPolygon(square);
    expect(pieces).toHaveLength(2);
    const xs = pieces.map((p) => (p[0] ?? []).map((q) => q[0]));
    expect(xs.some((x) => x.every((v) => v !== undefined && v >= 170))).toBe(true);
    expect(xs.some((x) => x.every((v) => v !== undefined && v <= -170))).toBe(true);
  });

  it('splits a line that crosses 180° into two lines ending on it', () => {
    const split = splitLines({ type: 'LineString', coordinates: [[170, 0], [-170, 10]] });
    expect(split.coordinates).toEqual([[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]]);
  });
});

describe('basemap detail', () => {
  it('puts each country label inside its country', () => {
    const labels = buildCountryLabels(countries);
    expect(labels.features).toHaveLength(countries.features.length);
    const russia = labels.features.find((f) => f.properties?.name === 'Russia');
    expect(russia?.properties?.rank).toBeLessThan(3);
  });

  it('drops the points that rounding makes repeat', () => {
    const line = roundGeometry({ type: 'LineString', coordinates: [[1.001, 2.001], [1.002, 2.002], [3, 4]] }, 2);
    expect(line).toEqual({ type: 'LineString', coordinates: [[1, 2], [3, 4]] });
  });

  it('keeps the city layers and their English names', () => {
    const city = selectCityDetail([{
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { layer: 'water', name: 'Hồ Tây', 'name:en': 'West Lake' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { layer: 'urban_ne' } },
      ],
    }]);
    expect(city.features.map((f) => f.properties)).toEqual([{ layer: 'water', name: 'Hồ Tây', name_en: 'West Lake' }]);
  });
});
