// The names the pipeline and the app must agree on, defined once. The app imports these
// values, so renaming one here, or using a name not here, fails the build on both sides.
// Plain values only: this module ships in the app bundle.

/** The files `npm run data` writes into the story folder (public/data/story/). */
export const STORY_FILES = {
  places: 'places.geojson',
  route: 'route.geojson',
  sites: 'sites.geojson',
  flows: 'flows.geojson',
  story: 'story.json',
} as const;

/** The files `npm run basemap` writes into public/data/basemap/. */
export const BASEMAP_FILES = {
  countries: 'countries.geojson',
  borders: 'borders.geojson',
  countryLabels: 'country-labels.geojson',
  rivers: 'rivers.geojson',
  city: 'city.geojson',
  /** One box per file of city detail: where OpenStreetMap detail is drawn (the city view zooms in there). */
  cityExtents: 'city-extents.geojson',
} as const;

/**
 * The `layer` values of the city detail file: the OpenStreetMap and Natural Earth layers the
 * basemap keeps and the city view draws, each of them.
 */
export const CITY_LAYER = {
  water: 'water',
  road: 'road',
  park: 'park',
  aeroway: 'aeroway',
  river: 'river_ne',
  town: 'place_ne',
} as const;
export type CityLayer = (typeof CITY_LAYER)[keyof typeof CITY_LAYER];

/** The `class` of a city road, widest first: the map draws each class at its own width. */
export const ROAD_CLASSES = ['motorway', 'primary', 'secondary', 'tertiary', 'minor'] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];

/** Live rebuild in `npm run dev`: what the dev server tells the page over the HMR socket. */
export const LIVE_EVENTS = {
  updated: 'dateline:data-updated',
  failed: 'dateline:data-failed',
} as const;

/** The payload of LIVE_EVENTS.failed: where the pipeline stopped and why. */
export type DataError = { file: string; line: number | null; message: string };
