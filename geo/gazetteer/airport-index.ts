// The airports as plain columns beside the name index, unpacked only when a story asks for an
// airport by name: 18,000 entries in the main index would cost every run a quarter of a second
// to load, and the geoparser does not need them (the sites stage looks airports up).
import type { AirportPlace } from './airports.ts';
import { foldName } from './names.ts';
import type { AirportColumns, GazetteerEntry } from './types.ts';

export function airportColumns(places: readonly AirportPlace[]): AirportColumns {
  const keys: string[] = [];
  const of: number[] = [];
  places.forEach(({ names }, i) => {
    for (const key of new Set(names.map(foldName))) {
      keys.push(key);
      of.push(i);
    }
  });
  const joined = (pick: (p: AirportPlace) => string) => places.map(pick).join('\n');
  return {
    keys: keys.join('\n'),
    of: Uint32Array.from(of),
    ids: joined((p) => p.entry.id),
    names: joined((p) => p.entry.name),
    sources: joined((p) => p.entry.coordSource ?? ''),
    countries: joined((p) => (p.entry.country ?? '  ').slice(0, 2)).replace(/\n/g, ''),
    lat: Float64Array.from(places, (p) => p.entry.lat),
    lon: Float64Array.from(places, (p) => p.entry.lon),
    city: Int32Array.from(places, (p) => Number(p.entry.city?.slice(5) ?? 0)),
  };
}

/** Airports by folded name ("kotoka airport"), built on the first call. */
export function airportLookup(columns: AirportColumns): (key: string) => GazetteerEntry[] {
  let index: Map<string, number[]> | null = null;
  let lists: { ids: string[]; names: string[]; sources: string[] } | null = null;
  return (key) => {
    if (!index || !lists) {
      index = new Map();
      columns.keys.split('\n').forEach((k, i) => index!.set(k, [...(index!.get(k) ?? []), columns.of[i]!]));
      lists = { ids: columns.ids.split('\n'), names: columns.names.split('\n'), sources: columns.sources.split('\n') };
    }
    const { ids, names, sources } = lists;
    return (index.get(key) ?? []).map((i) => {
      const country = columns.countries.slice(2 * i, 2 * i + 2).trim();
      return {
        id: ids[i]!,
        name: names[i]!,
        kind: 'landmark',
        country: country || null,
        lat: columns.lat[i]!,
        lon: columns.lon[i]!,
        population: 0,
        area: 0,
        capital: false,
        city: columns.city[i] ? `city:${columns.city[i]}` : null,
        members: [],
        seatOfGovernment: false,
        sovereign: false,
        coordSource: sources[i]!,
      };
    });
  };
}
