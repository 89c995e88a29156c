// Every file of the offline basemap, by name, from its already-read inputs: pure, so
// the CLI only reads, calls this and writes.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildBorders, buildCountries, buildCountryLabels } from './world.ts';
import { selectRivers } from './naturalearth.ts';
import { selectCityDetail } from './city-detail.ts';

export type BasemapInputs = {
  countries: Topology;
  rivers: FeatureCollection<Geometry | null>;
  /** One collection per file of data/basemap/cities, in file-name order. */
  cities: Array<FeatureCollection<Geometry | null>>;
};

/** The files the app loads from data/basemap/, by name. */
export const BASEMAP_FILES = {
  countries: 'countries.geojson',
  borders: 'borders.geojson',
  countryLabels: 'country-labels.geojson',
  rivers: 'rivers.geojson',
  city: 'city.geojson',
} as const;

export function buildBasemap(inputs: BasemapInputs): Record<string, string> {
  const countries = buildCountries(inputs.countries);
  return {
    [BASEMAP_FILES.countries]: JSON.stringify(countries),
    [BASEMAP_FILES.borders]: JSON.stringify(buildBorders(inputs.countries)),
    [BASEMAP_FILES.countryLabels]: JSON.stringify(buildCountryLabels(countries)),
    [BASEMAP_FILES.rivers]: JSON.stringify(selectRivers(inputs.rivers)),
    [BASEMAP_FILES.city]: JSON.stringify(selectCityDetail(inputs.cities)),
  };
}
