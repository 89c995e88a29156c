import type { PlaceKind } from '../schema.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country the place is in (the country itself for a country). */
  country: string | null;
  lon: number;
  lat: number;
  population: number;
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
}

/** How a name reached the index; demonyms and short codes are weaker evidence. */
export type NameForm = 'name' | 'alias' | 'demonym' | 'code';

export interface NameHit {
  id: string;
  form: NameForm;
}

export interface Gazetteer {
  /** The entry with this id; cities are materialised on first use, there are 140,000 of them. */
  entry(id: string): GazetteerEntry | undefined;
  /** Folded name → the entries it can mean. */
  names: Map<string, NameHit[]>;
  /** The most words any name has: the matcher's n-gram limit. */
  maxWords: number;
  /** English words that are also town names ("Many", "Union"): never a city on their own. */
  commonWords: Set<string>;
}

/** The raw inputs, as read from packages and data/gazetteer by geo/io.ts. */
export interface GazetteerSources {
  countries: Array<{
    name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
    cca2: string; cca3: string; independent?: boolean; capital: string[]; altSpellings: string[]; latlng: number[]; area: number;
    demonyms?: { eng?: { m: string; f: string } };
  }>;
  cities: Array<{ cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: number[] } }>;
  states: Array<{ name: string; isoCode: string; countryCode: string; latitude?: string | null; longitude?: string | null }>;
  landmarks: { file: string; text: string };
  regions: { file: string; text: string };
  aliases: { file: string; text: string };
  commonWords: { file: string; text: string };
}
