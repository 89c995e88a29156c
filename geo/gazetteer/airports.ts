// Every airport of the world as a landmark of its city, from the airport-data-js package
// (IATA and ICAO codes, names, coordinates): "Kotoka International Airport" is found and
// placed like a curated landmark, without anyone typing its coordinates.
import type { GazetteerEntry, GazetteerSources } from './types.ts';
import { kmBetween } from './distance.ts';
import { foldName, isLatin } from './names.ts';

export type AirportRecord = GazetteerSources['airports'][number];

/** A name that says it is an airfield: a bare town name ("Arapoti") would hide the town. */
const AIRFIELD = /\b(?:airport|airfield|aerodrome|air ?base|air force base|air station|airstrip|heliport)\b/i;
/** "International" is often left out in running text: "Kotoka airport". */
const INTERNATIONAL = /\s+international(?=\s)/i;
/** A curated airport this near a package one is the same airport: the curated one wins. */
const SAME_AIRPORT_KM = 5;
/** How far from its city an airport may lie (Narita lies some 60 km from central Tokyo). */
const CITY_RADIUS_KM = 60;

export interface AirportPlace {
  entry: GazetteerEntry;
  names: string[];
}

export interface CityPoint {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
}

/**
 * One landmark per airport the package names as an airfield, with the city it serves: of the
 * cities of its country within 60 km, the one with the most people for its distance. An
 * airport a curated landmark already places is left to the curated entry.
 */
export function airportPlaces(
  airports: readonly AirportRecord[],
  cities: readonly CityPoint[],
  curated: readonly GazetteerEntry[],
): AirportPlace[] {
  const near = cityGrid(cities);
  const curatedAirports = curated.filter((c) => c.kind === 'landmark' && /airport/i.test(c.name));
  const places: AirportPlace[] = [];
  const seen = new Set<string>();
  for (const record of airports) {
    const a = { iata: text(record.iata), icao: text(record.icao), country: text(record.country_code) };
    const name = text(record.airport)
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .trim();
    const [lat, lon] = [Number(record.latitude), Number(record.longitude)];
    const code = a.icao || a.iata;
    if (!code || !AIRFIELD.test(name) || !isLatin(name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const id = `airport:${code.toLowerCase()}`;
    if (seen.has(id) || curatedAirports.some((c) => kmBetween(c, { lat, lon }) < SAME_AIRPORT_KM)) continue;
    seen.add(id);
    const city = near(lat, lon, a.country);
    const codes = [a.iata && `IATA ${a.iata}`, a.icao && `ICAO ${a.icao}`].filter(Boolean).join(', ');
    places.push({
      entry: {
        id,
        name,
        kind: 'landmark',
        country: a.country || null,
        lat,
        lon,
        population: 0,
        area: 0,
        capital: false,
        city: city?.id ?? null,
        members: [],
        seatOfGovernment: false,
        sovereign: false,
        coordSource: `airport-data-js (CC BY 4.0), ${codes}`,
      },
      names: namesOf(name, city?.name ?? null),
    });
  }
  return places;
}

/**
 * The name, without "International" ("Kotoka Airport"), and without the city it starts with
 * ("London Heathrow Airport" → "Heathrow Airport"), where a name is left.
 */
function namesOf(name: string, city: string | null): string[] {
  const short = name.replace(INTERNATIONAL, '');
  const names = [name, short];
  for (const n of [name, short])
    if (
      city &&
      n.startsWith(`${city} `) &&
      AIRFIELD.test(n.slice(city.length)) &&
      /\S+\s+\S+/.test(n.slice(city.length).trim())
    )
      names.push(n.slice(city.length + 1));
  return names.filter((n, i) => names.findIndex((m) => foldName(m) === foldName(n)) === i);
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The city an airport serves: a big city a little farther beats a village at the fence. */
function cityGrid(cities: readonly CityPoint[]) {
  const cells = new Map<string, CityPoint[]>();
  const cell = (lat: number, lon: number) => `${Math.floor(lat)}:${Math.floor(lon)}`;
  for (const c of cities) {
    const list = cells.get(cell(c.lat, c.lon)) ?? [];
    list.push(c);
    cells.set(cell(c.lat, c.lon), list);
  }
  return (lat: number, lon: number, country: string): CityPoint | null => {
    let best: { city: CityPoint; score: number } | null = null;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const c of cells.get(cell(lat + dy, lon + dx)) ?? []) {
          const km = kmBetween(c, { lat, lon });
          if (c.country !== country || km > CITY_RADIUS_KM) continue;
          const score = Math.max(c.population, 1) / (1 + km / 10) ** 2;
          if (!best || score > best.score) best = { city: c, score };
        }
    return best?.city ?? null;
  };
}
