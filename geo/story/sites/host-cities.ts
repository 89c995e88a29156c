// The cities the traveller was in, whose sites count: the route's stops, and the place of each
// transcript's location header ("Accra, Ghana") in an article of the traveller's. The home
// capital is left out: "host you at the White House" is no site of this trip.
import { kmBetween } from '../../gazetteer/distance.ts';
import { foldName } from '../../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Placeline } from '../../article/placeline.ts';

/** How far from a city's point its sites may lie: an airport 25 km out is still Hanoi's. */
export const CITY_REACH_KM = 50;

/** The stops' places and the headers' places, each once, the traveller's home capital left out. */
export function hostCities(
  stops: readonly GazetteerEntry[],
  headerPlaces: ReadonlyArray<GazetteerEntry | null>,
  home: GazetteerEntry | null,
): GazetteerEntry[] {
  const cities = new Map<string, GazetteerEntry>();
  for (const place of [...stops, ...headerPlaces])
    if (place && place.id !== home?.city && place.kind !== 'country') cities.set(place.id, place);
  // A city-state's stop is its country ("Singapore"): its capital stands for it.
  return [...cities.values()];
}

/**
 * The place a location header gives: "Accra, Ghana" → Accra, the most populous of that name in
 * the country the last part names; "Bali, Indonesia" → the province when no city has the name.
 * A stop of that name is taken first. Null in flight ("En Route …") or when nothing fits.
 */
export function headerPlace(
  placeline: Placeline | null,
  stops: readonly GazetteerEntry[],
  gazetteer: Gazetteer,
): GazetteerEntry | null {
  if (!placeline || placeline.enRoute) return null;
  const parts = placeline.place.text.split(',').map((p) => p.trim());
  const country = entriesNamed(parts[parts.length - 1]!, gazetteer).find((e) => e.kind === 'country');
  const named = entriesNamed(parts[0]!, gazetteer).filter((e) => !country || e.country === country.country);
  const stop = stops.find((s) => named.some((e) => e.id === s.id));
  if (stop) return stop;
  const byPeople = (a: GazetteerEntry, b: GazetteerEntry) => b.population - a.population;
  const city = named.filter((e) => e.kind === 'city').sort(byPeople)[0];
  return (
    city ?? named.find((e) => e.kind === 'admin1') ?? (country?.city ? (gazetteer.entry(country.city) ?? null) : null)
  );
}

function entriesNamed(name: string, gazetteer: Gazetteer): GazetteerEntry[] {
  return (gazetteer.lookup(foldName(name)) ?? []).flatMap((h) => gazetteer.entry(h.id) ?? []);
}

/** The host city a point lies in: its own city when that is a host, else the nearest within reach. */
export function cityOf(
  place: Pick<GazetteerEntry, 'lat' | 'lon' | 'city'>,
  cities: readonly GazetteerEntry[],
): GazetteerEntry | null {
  const own = cities.find((c) => c.id === place.city);
  if (own) return own;
  const near = cities
    .map((c) => ({ c, km: kmBetween(c, place) }))
    .filter(({ km }) => km <= CITY_REACH_KM)
    .sort((a, b) => a.km - b.km)[0];
  return near?.c ?? null;
}
