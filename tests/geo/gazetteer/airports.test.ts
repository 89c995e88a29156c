// Airports from the package become landmarks of the city they serve; the real gazetteer finds
// one by the names running text gives it.
import { describe, expect, it } from 'vitest';
import { airportColumns, airportLookup } from '../../../geo/gazetteer/airport-index.ts';
import { airportPlaces, type CityPoint } from '../../../geo/gazetteer/airports.ts';
import { foldName } from '../../../geo/gazetteer/names.ts';
import type { GazetteerEntry } from '../../../geo/gazetteer/types.ts';
import { gazetteer } from '../gazetteer.ts';

const cities: CityPoint[] = [
  { id: 'city:1', name: 'Ostrava', country: 'CZ', lat: 49.83, lon: 18.28, population: 290_000 },
  { id: 'city:2', name: 'Mošnov', country: 'CZ', lat: 49.69, lon: 18.12, population: 700 },
  { id: 'city:3', name: 'Katowice', country: 'PL', lat: 50.26, lon: 19.02, population: 300_000 },
];
const record = (airport: string, icao: string, lat: number, lon: number, country = 'CZ') => ({
  airport,
  iata: '',
  icao,
  country_code: country,
  latitude: String(lat),
  longitude: lon,
});

describe('airportPlaces', () => {
  const places = airportPlaces(
    [
      record('Ostrava Leoš Janáček International Airport', 'LKMT', 49.696, 18.111),
      record('Mošnov', 'XXXX', 49.7, 18.1),
      record('Frýdek Heliport (mil)', 'LKFR', 49.68, 18.35),
    ],
    cities,
    [],
  );

  it('keeps only names that say they are airfields, without a parenthesis', () => {
    expect(places.map((p) => p.entry.name)).toEqual(['Ostrava Leoš Janáček International Airport', 'Frýdek Heliport']);
  });

  it('gives each the city it serves: a big city near beats the village at the fence, never one across a border', () => {
    expect(places.map((p) => p.entry.city)).toEqual(['city:1', 'city:1']);
    expect(places[0]!.entry).toMatchObject({ id: 'airport:lkmt', kind: 'landmark', country: 'CZ', lat: 49.696 });
    expect(places[0]!.entry.coordSource).toBe('airport-data-js (CC BY 4.0), ICAO LKMT');
  });

  it('names it also without “International” and without its city in front', () => {
    expect(places[0]!.names.map(foldName)).toEqual([
      'ostrava leos janacek international airport',
      'ostrava leos janacek airport',
      'leos janacek international airport',
      'leos janacek airport',
    ]);
  });

  it('leaves an airport a curated landmark places to the curated entry', () => {
    const curated = { id: 'landmark:x', name: 'Ostrava Airport', kind: 'landmark', lat: 49.7, lon: 18.11 };
    const left = airportPlaces([record('Ostrava Leoš Janáček International Airport', 'LKMT', 49.696, 18.111)], cities, [
      curated as GazetteerEntry,
    ]);
    expect(left).toEqual([]);
  });
});

describe('the airports in the real gazetteer', () => {
  it('finds an airport by its short name, in its city, apart from the names the geoparser reads', async () => {
    const g = await gazetteer();
    const [airport] = g.airportsNamed(foldName('Kotoka airport'));
    expect(airport).toMatchObject({ id: 'airport:dgaa', name: 'Kotoka International Airport', kind: 'landmark' });
    expect(g.entry(airport!.city!)!.name).toBe('Accra');
    expect(g.airportsNamed(foldName('Heathrow Airport')).map((a) => a.name)).toEqual(['London Heathrow Airport']);
    expect(g.lookup(foldName('Kotoka airport'))).toBeUndefined();
  });
});

describe('airportColumns and airportLookup', () => {
  it('give back the entries they were given, by each of their names', () => {
    const places = airportPlaces(
      [record('Ostrava Leoš Janáček International Airport', 'LKMT', 49.696, 18.111)],
      cities,
      [],
    );
    const lookup = airportLookup(airportColumns(places));
    expect(lookup('leos janacek airport')).toEqual([places[0]!.entry]);
    expect(lookup('ostrava')).toEqual([]);
  });
});
