// Sites to place: each site no gazetteer knows, as a landmarks.json entry ready to paste, with
// its city's GeoNames id and point as a start and a coordinate source that says it needs one.
import type { SiteVisit } from './types.ts';
import { siteWordOf } from './facilities.ts';
import { slug } from './place-site.ts';

export interface SiteToPlace {
  name: string;
  cityName: string;
  /** The entry in the form data/gazetteer/landmarks.json uses. */
  entry: {
    id: string;
    name: string;
    aliases: string[];
    kind: string;
    /** The city's GeoNames id; null when the site's place is not a city (a province, an island). */
    city: number | null;
    country: string | null;
    lon: number;
    lat: number;
    wikidata: null;
    coordSource: string;
  };
}

export function sitesToPlace(sites: readonly SiteVisit[]): SiteToPlace[] {
  return sites
    .filter((s) => s.approximate)
    .map(({ place, city }) => ({
      name: place.name,
      cityName: city.name,
      entry: {
        // "State House" is in many capitals: the city's name keeps the id one of its own.
        id: slug(place.name).includes(slug(city.name)) ? slug(place.name) : `${slug(city.name)}-${slug(place.name)}`,
        name: place.name,
        aliases: [place.name],
        kind: siteWordOf(place.name) ?? 'site',
        city: city.geonames ?? null,
        country: place.country,
        lon: place.lon,
        lat: place.lat,
        wikidata: null,
        coordSource: `NEEDS A SOURCE: these are the point of ${city.name}; put the site's own point here and say where it comes from`,
      },
    }));
}

/** The list `npm run data` ends with, each entry indented to paste into the file's array. */
export function sitesToPlaceText(list: readonly SiteToPlace[]): string[] {
  if (list.length === 0) return [];
  return [
    `sites to place: ${list.length} site${list.length === 1 ? '' : 's'} no gazetteer knows, drawn hollow at their city's point. ` +
      'Add each to data/gazetteer/landmarks.json (or to the landmarks.json of --story-gazetteer) with its own coordinates and their source:',
    ...list.flatMap(({ name, cityName, entry }) => [
      `  ${name} (${cityName})${entry.city === null ? ': set `city` to the GeoNames id of the town it is in' : ''}`,
      `  ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ')},`,
    ]),
  ];
}
