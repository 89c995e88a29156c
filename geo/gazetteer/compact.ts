// The gazetteer the stages use, over its column data: a name map built from one string,
// and city entries made only when a stage asks for one.
import { airportLookup } from './airport-index.ts';
import { foldName } from './names.ts';
import type { Gazetteer, GazetteerData, GazetteerEntry, NameForm, NameHit } from './types.ts';

export const NAME_FORMS: NameForm[] = ['name', 'alias', 'demonym', 'code', 'abbreviation'];

export function openGazetteer(data: GazetteerData): Gazetteer {
  // Each name → its index; each leading run of whole words of a name → -1, so the matcher
  // can ask "could a longer name start here?" in one lookup.
  const index = new Map<string, number>();
  const keys = data.keys.split('\n');
  keys.forEach((key, i) => index.set(key, i));
  for (const key of keys) {
    for (let k = 1; k < key.length; k++) {
      if ((key[k] === ' ' || key[k] === "'") && key[k - 1] !== ' ' && !index.has(key.slice(0, k)))
        index.set(key.slice(0, k), -1);
    }
  }
  const placeIndex = new Map(data.places.map((p, i) => [p.id, i]));
  const cityNames = data.cityNames.split('\n');
  const cityRegions = data.cityRegions.split('\n');
  const englishWords = new Set(data.englishWords.split('\n'));
  // Given names compared without accents, so "Tomás" meets "Tomas".
  const givenNames = new Set(data.givenNames.split('\n').map(foldName));
  const cities = new Map<number, GazetteerEntry>();

  const city = (i: number): GazetteerEntry => {
    let made = cities.get(i);
    if (!made) {
      made = {
        id: `city:${data.cityIds[i]}`,
        geonames: data.cityIds[i]!,
        name: cityNames[i]!,
        kind: 'city',
        country: data.cityCountries.slice(2 * i, 2 * i + 2),
        lon: data.cityLon[i]!,
        lat: data.cityLat[i]!,
        population: data.cityPopulation[i]!,
        area: 0,
        capital: data.cityCapital[i] === 1,
        city: null,
        members: [],
        seatOfGovernment: false,
        sovereign: false,
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
  // The matcher asks hasPrefix(key) and then lookup(key) of the same key: one index read serves both.
  let probed: string | null = null;
  let probedIndex: number | undefined;
  const indexOf = (key: string): number | undefined => {
    if (key !== probed) [probed, probedIndex] = [key, index.get(key)];
    return probedIndex;
  };
  // Each name's hits are made once: a story asks for the same few hundred names over and over.
  const hitsMade = new Map<number, readonly NameHit[]>();

  return {
    maxWords: data.maxWords,
    airportsNamed: airportLookup(data.airports),
    isEnglishWord: (word) => englishWords.has(word),
    isGivenName: (word) => givenNames.has(foldName(word)),
    cityRegion(id) {
      const i = cityByGeonameId(Number(id.slice(5)));
      const code = i < 0 ? '' : cityRegions[i]!;
      return code ? `admin1:${data.cityCountries.slice(2 * i, 2 * i + 2)}-${code}` : '';
    },
    entry(id) {
      if (id.startsWith('city:')) {
        const i = cityByGeonameId(Number(id.slice(5)));
        return i < 0 ? undefined : city(i);
      }
      const i = placeIndex.get(id);
      return i === undefined ? undefined : data.places[i];
    },
    hasPrefix(prefix) {
      return indexOf(prefix) !== undefined;
    },
    lookup(key) {
      const i = indexOf(key);
      if (i === undefined || i < 0) return undefined;
      let hits = hitsMade.get(i);
      if (!hits) {
        const made: NameHit[] = [];
        for (let h = data.hitStart[i]!; h < data.hitStart[i + 1]!; h++)
          made.push(Object.freeze({ id: hitId(data.hitEntry[h]!), form: NAME_FORMS[data.hitForm[h]!]! }));
        hits = Object.freeze(made);
        hitsMade.set(i, hits);
      }
      return hits;
    },
  };
}
