// Where a site is: the gazetteer's landmark of that name near its city (a curated landmark, an
// airport), else the city's own point, marked approximate with why, for an editor to place.
import { kmBetween } from '../../gazetteer/distance.ts';
import { foldName } from '../../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { CITY_REACH_KM } from './host-cities.ts';

export interface PlacedSite {
  place: GazetteerEntry;
  /** Why the point is only its city's; null when a gazetteer places the site. */
  approximate: string | null;
}

/** Null when the gazetteer knows the name only far from the city: that site is elsewhere ("Hamid Karzai International Airport" seen from Lima). */
export function placeSite(name: string, city: GazetteerEntry, gazetteer: Gazetteer): PlacedSite | null {
  const key = foldName(name);
  const known = [
    ...(gazetteer.lookup(key) ?? []).flatMap((hit) => gazetteer.entry(hit.id) ?? []),
    ...gazetteer.airportsNamed(key),
  ]
    .filter((e) => e.kind === 'landmark')
    .sort((a, b) => kmBetween(a, city) - kmBetween(b, city))[0];
  if (known) return kmBetween(known, city) <= CITY_REACH_KM ? { place: known, approximate: null } : null;
  const source = city.geonames ? `GeoNames ${city.geonames}` : city.id;
  return {
    place: {
      id: `site:${slug(city.name)}-${slug(name)}`,
      name,
      kind: 'landmark',
      country: city.country,
      lon: city.lon,
      lat: city.lat,
      population: 0,
      area: 0,
      capital: false,
      city: city.id,
      members: [],
      seatOfGovernment: false,
      sovereign: false,
      coordSource: `approximate: the point of ${city.name} (${source}); no gazetteer places “${name}” yet`,
    },
    approximate: `No gazetteer places “${name}”, so it is drawn at the point of ${city.name}.`,
  };
}

export const slug = (name: string): string =>
  foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
