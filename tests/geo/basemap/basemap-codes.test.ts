// A country the story marks must find its basemap label, so the map never names it twice: the
// basemap's labels carry the same ISO code the gazetteer gives the story's country places.
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildCountries, buildCountryLabels, type CountryCodeSource } from '../../../geo/basemap/world.ts';
import { packageFile, readJsonFile } from '../../../geo/io/io.ts';
import type { GazetteerEntry } from '../../../geo/gazetteer/types.ts';
import { gazetteer } from '../gazetteer.ts';

/** Natural Earth 1:110m draws every sovereign state down to this size (Cape Verde, 4,033 km², is left out). */
const DRAWN_FROM_KM2 = 5000;

describe('the basemap’s country labels and the gazetteer’s countries', async () => {
  const topology = (await readJsonFile(packageFile('world-atlas/countries-110m.json'))) as Topology;
  const detail = (await readJsonFile(packageFile('world-atlas/countries-50m.json'))) as Topology;
  const worldCountries = (await readJsonFile(packageFile('world-countries/countries.json'))) as Array<
    CountryCodeSource & { cca3: string }
  >;
  const labels = buildCountryLabels(buildCountries(topology, worldCountries, detail)).features.map(
    (f) => f.properties as { name: string; code: string | null },
  );
  const places = await gazetteer();
  const countries = worldCountries
    .map((c) => places.entry(`country:${c.cca3}`))
    .filter((e): e is GazetteerEntry => e?.kind === 'country');

  it('finds every country of the gazetteer among its own entries', () => {
    expect(countries).toHaveLength(worldCountries.length);
  });

  it('gives every sovereign country the map draws a label carrying the gazetteer’s code for it', () => {
    const drawn = countries.filter((c) => c.sovereign && c.area >= DRAWN_FROM_KM2);
    expect(drawn.length).toBeGreaterThan(150);
    const codes = new Set(labels.map((l) => l.code));
    expect(drawn.filter((c) => !codes.has(c.country)).map((c) => c.name)).toEqual([]);
  });

  it('labels the small island countries 1:110m leaves out, leaving only those 1:50m lacks or draws on a neighbour’s land', () => {
    const codes = new Set(labels.map((l) => l.code));
    const unlabelled = countries.filter((c) => c.sovereign && !codes.has(c.country)).map((c) => c.country);
    // Tuvalu is not in 1:50m; Singapore and the enclaves lie wholly on 1:110m Malaysia, Italy, France, Spain, Switzerland.
    expect(unlabelled.sort()).toEqual(['AD', 'LI', 'MC', 'SG', 'SM', 'TV', 'VA']);
  });

  it('labels the United States with the code of the story’s "United States", not by its Natural Earth name', () => {
    const us = places.entry('country:USA')!;
    expect(labels.find((l) => l.name === 'United States of America')?.code).toBe(us.country);
    expect(us.name).not.toBe('United States of America');
  });

  it('gives no two labels one code, and a code only to units the gazetteer lists', () => {
    const coded = labels.flatMap((l) => (l.code ? [l.code] : []));
    expect(new Set(coded).size).toBe(coded.length);
    const known = new Set(countries.map((c) => c.country));
    expect(coded.filter((code) => !known.has(code))).toEqual([]);
    const uncoded = labels.filter((l) => !l.code).map((l) => l.name);
    expect(uncoded.length).toBeLessThanOrEqual(3);
    for (const name of uncoded) expect(worldCountries.some((c) => c.name.common === name)).toBe(false);
  });
});
