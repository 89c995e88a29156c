// The gazetteer the stages use, over its column data: a name map built from one string,
// and city entries made only when a stage asks for one.
import type { Gazetteer, GazetteerData, GazetteerEntry, NameForm, NameHit } from './types.ts';

export const NAME_FORMS: NameForm[] = ['name', 'alias', 'demonym', 'code'];

export function openGazetteer(data: GazetteerData): Gazetteer {
  const keys = data.keys.split('\n');
  const keyIndex = new Map<string, number>();
  keys.forEach((key, i) => keyIndex.set(key, i));
  const placeIndex = new Map(data.places.map((p, i) => [p.id, i]));
  const cityNames = data.cityNames.split('\n');
  const cities = new Map<number, GazetteerEntry>();

  const city = (i: number): GazetteerEntry => {
    let made = cities.get(i);
    if (!made) {
      made = {
        id: `city:${data.cityIds[i]}`, name: cityNames[i]!, kind: 'city', country: data.cityCountries.slice(2 * i, 2 * i + 2),
        lon: data.cityLon[i]!, lat: data.cityLat[i]!, population: data.cityPopulation[i]!, capital: data.cityCapital[i] === 1,
        city: null, members: [], seatOfGovernment: false, sovereign: false,
      };
      cities.set(i, made);
    }
    return made;
  };
  const cityByGeonameId = (id: number): number => {
    let lo = 0;
    let hi = data.cityIds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = data.cityIds[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const hitId = (n: number) => (n >= 0 ? data.places[n]!.id : `city:${data.cityIds[-n - 1]}`);

  return {
    maxWords: data.maxWords,
    commonWords: new Set(data.commonWords),
    entry(id) {
      if (id.startsWith('city:')) {
        const i = cityByGeonameId(Number(id.slice(5)));
        return i < 0 ? undefined : city(i);
      }
      const i = placeIndex.get(id);
      return i === undefined ? undefined : data.places[i];
    },
    hasPrefix(prefix) {
      // Keys are sorted: the first key not below the prefix starts with it, or none does.
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keys[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo < keys.length && keys[lo]!.startsWith(prefix);
    },
    lookup(key) {
      const i = keyIndex.get(key);
      if (i === undefined) return undefined;
      const hits: NameHit[] = [];
      for (let h = data.hitStart[i]!; h < data.hitStart[i + 1]!; h++) hits.push({ id: hitId(data.hitEntry[h]!), form: NAME_FORMS[data.hitForm[h]!]! });
      return hits;
    },
  };
}
