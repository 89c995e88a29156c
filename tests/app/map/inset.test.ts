// The inset locator's drawing, on the basemap's own countries (world-atlas, as the build cuts them).
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryCodes } from '../country-codes.ts';
import { buildCountries } from '../../../geo/basemap/world.ts';
import { drawInset, pieceHolding } from '../../../src/map/inset.ts';

const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology;
const countries = buildCountries(topology, countryCodes);
const country = (name: string) => countries.features.find((f) => f.properties.name === name)!;

describe('the inset locator', () => {
  it('finds the country a city is in, and none for a point at sea', () => {
    expect(drawInset(countries, [105.85, 21.03], 120, 96).home).toBe('Vietnam');
    expect(drawInset(countries, [-70.65, -33.45], 120, 96).home).toBe('Chile');
    expect(drawInset(countries, [-30, 30], 120, 96).home).toBeNull();
  });

  it('puts the city inside the box and draws its country apart from the neighbours it shows', () => {
    const drawing = drawInset(countries, [105.85, 21.03], 120, 96);
    const [x, y] = drawing.city;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(120);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(96);
    expect(drawing.countries.filter((c) => c.home).map((c) => c.name)).toEqual(['Vietnam']);
    const names = drawing.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'Laos', 'Cambodia']));
    // A country far from the box is not drawn at all.
    expect(names).not.toContain('Brazil');
  });

  it('frames the piece of land the city is on, not every overseas part of its country', () => {
    const paris = drawInset(countries, [2.35, 48.86], 120, 96);
    expect(paris.home).toBe('France');
    expect(paris.countries.map((c) => c.name)).not.toContain('Brazil');
    expect(pieceHolding(country('France'), [2.35, 48.86])).toBeDefined();
    expect(pieceHolding(country('France'), [105.85, 21.03])).toBeUndefined();
  });

  it('keeps the land’s shape: a degree of longitude is drawn cos(latitude) as wide as one of latitude', () => {
    const path = drawInset(countries, [105.85, 21.03], 120, 96).countries.find((c) => c.home)!.d;
    const xy = [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const span = (values: number[]) => Math.max(...values) - Math.min(...values);
    const ring = pieceHolding(country('Vietnam'), [105.85, 21.03])![0]!;
    const lats = ring.map((p) => p[1]!);
    const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
    const expected = (span(ring.map((p) => p[0]!)) * Math.cos((midLat * Math.PI) / 180)) / span(lats);
    expect(span(xy.map((p) => p[0]!)) / span(xy.map((p) => p[1]!))).toBeCloseTo(expected, 1);
    expect(path.endsWith('Z')).toBe(true);
  });
});
