// Every file of the offline basemap, by name, from its already-read inputs: pure, so
// the CLI only reads, calls this and writes. A file that would break RFC 7946 stops the build.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildBorders, buildCountries, buildCountryLabels, type CountryCodeSource } from './world.ts';
import { selectRivers } from './naturalearth.ts';
import { cityDetailExtents, selectCityDetail } from './city-detail.ts';
import { geojsonProblems } from '../geometry/rfc7946.ts';
import { BASEMAP_FILES } from '../contract/names.ts';

export type BasemapInputs = {
  countries: Topology;
  /** world-atlas 1:50m: the units `countries` (1:110m) leaves out are added from it. */
  detailCountries: Topology;
  /** world-countries, the gazetteer's own list: the countries' codes come from it. */
  countryCodes: readonly CountryCodeSource[];
  rivers: FeatureCollection<Geometry | null>;
  /** One collection per file of data/basemap/cities, in file-name order. */
  cities: Array<FeatureCollection<Geometry | null>>;
};

export function buildBasemap(inputs: BasemapInputs): Record<string, string> {
  const countries = buildCountries(inputs.countries, inputs.countryCodes, inputs.detailCountries);
  const files: Record<string, string> = {
    [BASEMAP_FILES.countries]: JSON.stringify(countries),
    [BASEMAP_FILES.borders]: JSON.stringify(buildBorders(inputs.countries)),
    [BASEMAP_FILES.countryLabels]: JSON.stringify(buildCountryLabels(countries)),
    [BASEMAP_FILES.rivers]: JSON.stringify(selectRivers(inputs.rivers)),
    [BASEMAP_FILES.city]: JSON.stringify(selectCityDetail(inputs.cities)),
    [BASEMAP_FILES.cityExtents]: JSON.stringify(cityDetailExtents(inputs.cities)),
  };
  for (const [name, text] of Object.entries(files)) refuseInvalid(name, text);
  return files;
}

/** Nothing is written that breaks RFC 7946: checked on the text as it will be written. */
function refuseInvalid(name: string, text: string): void {
  const problems = geojsonProblems(JSON.parse(text));
  if (problems.length === 0) return;
  const hint =
    name === BASEMAP_FILES.city || name === BASEMAP_FILES.cityExtents
      ? 'Check the extracts in data/basemap/cities'
      : 'This is a bug in geo/basemap';
  const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
  throw new Error(`basemap ${name} would not be valid RFC 7946 GeoJSON: ${shown}. ${hint}`);
}
