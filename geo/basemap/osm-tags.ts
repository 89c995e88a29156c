// What an OpenStreetMap feature is on the city map, read from its tags: the same rules for the
// GeoJSON extracts in data/basemap/cities and for an .osm.pbf extract (`--osm`).
import { CITY_LAYER, type CityLayer, type RoadClass } from '../contract/names.ts';

export type OsmTags = Record<string, unknown>;
export type CityKind = { layer: CityLayer; roadClass?: RoadClass };

/** OSM `highway` values the city view draws, by class; links belong to the road they join. */
const ROAD_CLASS_OF: Record<string, RoadClass> = {
  motorway: 'motorway',
  trunk: 'motorway',
  primary: 'primary',
  secondary: 'secondary',
  tertiary: 'tertiary',
  residential: 'minor',
  unclassified: 'minor',
  living_street: 'minor',
  pedestrian: 'minor',
};

const WATERWAYS = new Set(['river', 'canal', 'stream', 'riverbank']);
const PARKS = new Set(['park', 'garden']);

function roadClass(highway: unknown): RoadClass | undefined {
  if (typeof highway !== 'string') return undefined;
  return ROAD_CLASS_OF[highway.replace(/_link$/, '')];
}

/**
 * A feature's layer from its tags, or null for what the city view does not draw. A `layer` tag
 * naming a city layer (the curated extracts) wins; OSM's own `layer` is a number and is ignored.
 */
export function cityKindOf(tags: OsmTags): CityKind | null {
  const given = tags.layer;
  if ((Object.values(CITY_LAYER) as unknown[]).includes(given)) {
    const layer = given as CityLayer;
    return layer === CITY_LAYER.road ? { layer, roadClass: roadClass(tags.highway) ?? 'minor' } : { layer };
  }
  const road = roadClass(tags.highway);
  if (road) return { layer: CITY_LAYER.road, roadClass: road };
  if (tags.natural === 'water' || tags.water !== undefined || WATERWAYS.has(String(tags.waterway)))
    return { layer: CITY_LAYER.water };
  if (PARKS.has(String(tags.leisure))) return { layer: CITY_LAYER.park };
  if (tags.aeroway === 'aerodrome') return { layer: CITY_LAYER.aeroway };
  return null;
}

/** The OSM element a feature came from (`way/123`), so one drawn in two extracts is kept once. */
export function osmKey(tags: OsmTags): string | null {
  if (typeof tags['@id'] === 'string') return tags['@id'];
  const id = tags.osm_id;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  return `${typeof tags.osm_type === 'string' ? tags.osm_type : 'way'}/${id}`;
}
