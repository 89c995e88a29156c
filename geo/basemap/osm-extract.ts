// An .osm.pbf extract as city detail: the roads, water, parks and airport outlines the city view
// draws, as GeoJSON features carrying their OSM tags, for selectCityDetail to keep, simplify and
// round like those of data/basemap/cities. Three passes over the bytes (relations, then the ways
// they and the tags ask for, then those ways' nodes), so only what is drawn is ever held.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { InputError } from '../io/errors.ts';
import { cityKindOf } from './osm-tags.ts';
import { multipolygonOf } from './osm-rings.ts';
import { OSM_EXTRACT_FIX, scanOsmPbf, type OsmRelation, type OsmWay } from './osm-pbf.ts';

type Tags = Record<string, string>;

/** A closed way is an area when it is water, a park or an airport, and not a road or a river's line. */
const isArea = (way: OsmWay, tags: Tags) =>
  way.refs.length >= 4 &&
  way.refs[0] === way.refs[way.refs.length - 1] &&
  tags.highway === undefined &&
  (tags.waterway === undefined || tags.waterway === 'riverbank') &&
  tags.area !== 'no';

const isMultipolygon = (r: OsmRelation) => r.tags?.type === 'multipolygon' && cityKindOf(r.tags) !== null;

export async function osmCityDetail(file: string, bytes: Uint8Array): Promise<FeatureCollection> {
  const relations: OsmRelation[] = [];
  await scanOsmPbf(file, bytes, (e) => {
    if (e.type === 'relation' && isMultipolygon(e)) relations.push(e);
  });
  const memberWays = new Set(relations.flatMap((r) => r.members.filter((m) => m.type === 'way').map((m) => m.ref)));

  const ways = new Map<number, OsmWay>();
  await scanOsmPbf(file, bytes, (e) => {
    if (e.type === 'way' && (memberWays.has(e.id) || (e.tags && cityKindOf(e.tags)))) ways.set(e.id, e);
  });
  const wanted = new Set([...ways.values()].flatMap((w) => w.refs));

  const nodes = new Map<number, Position>();
  await scanOsmPbf(file, bytes, (e) => {
    if (e.type !== 'node' || !wanted.has(e.id)) return;
    // Said here, naming the extract: past this point a bad point is only an invalid city layer.
    if (!(Math.abs(e.lat) <= 90 && Math.abs(e.lon) <= 180))
      throw new InputError(
        file,
        null,
        `node ${e.id} lies at longitude ${e.lon}, latitude ${e.lat}, outside the world (longitude -180..180, latitude -90..90), so the extract is damaged`,
        `Download or cut the extract again. ${OSM_EXTRACT_FIX}`,
      );
    nodes.set(e.id, [e.lon, e.lat]);
  });

  // A node the extract cut off is skipped: the line runs on to the next node it has.
  const line = (way: OsmWay | undefined) =>
    (way?.refs ?? []).flatMap((ref) => (nodes.has(ref) ? [nodes.get(ref)!] : []));
  const features: Feature[] = [];
  const add = (geometry: Geometry | null, tags: Tags, id: string) => {
    if (geometry) features.push({ type: 'Feature', geometry, properties: { ...tags, '@id': id } });
  };
  for (const way of ways.values()) {
    if (!way.tags || !cityKindOf(way.tags)) continue;
    const coordinates = line(way);
    if (coordinates.length < 2) continue;
    const closed = isArea(way, way.tags) && coordinates.length === way.refs.length;
    add(
      closed ? { type: 'Polygon', coordinates: [coordinates] } : { type: 'LineString', coordinates },
      way.tags,
      `way/${way.id}`,
    );
  }
  for (const relation of relations) {
    const rings = (role: string) =>
      relation.members.filter((m) => m.type === 'way' && m.role === role).map((m) => line(ways.get(m.ref)));
    add(
      multipolygonOf([...rings('outer'), ...rings('')], rings('inner')),
      relation.tags ?? {},
      `relation/${relation.id}`,
    );
  }
  if (features.length === 0)
    throw new InputError(
      file,
      null,
      'holds no roads, water, parks or airport outlines (no `highway`, `natural=water`, `waterway`, `leisure=park` or `aeroway=aerodrome` feature with its nodes)',
      `Check that the extract covers the city. ${OSM_EXTRACT_FIX}`,
    );
  return { type: 'FeatureCollection', features };
}
