// City detail for the host-city view: major roads, lakes, rivers, parks, airport outlines and
// nearby towns from OpenStreetMap and Natural Earth (every file of data/basemap/cities), rounded
// to ~1 m and wound as RFC 7946 asks. What each feature is comes from its tags (osm-tags.ts).
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { area } from '@turf/area';
import { simplify } from '@turf/simplify';
import { roundGeometry } from '../geometry/round.ts';
import { rewindGeometry } from '../geometry/rewind.ts';
import { CITY_LAYER } from '../contract/names.ts';
import { cityKindOf, osmKey, type CityKind, type OsmTags } from './osm-tags.ts';

/** Douglas–Peucker tolerance for roads in degrees: ~1 m, below a pixel at the city view's zoom. */
const ROAD_TOLERANCE = 0.00001;
const CITY_DECIMALS = 5;
/** A pond's name would crowd the sites' labels: lakes under 10 ha go unnamed (Hoàn Kiếm is 12 ha). */
const MIN_NAMED_WATER_M2 = 100_000;

const isLine = (g: Geometry): g is LineString | MultiLineString =>
  g.type === 'LineString' || g.type === 'MultiLineString';

/** Only what the map reads: a road's class and name; other features' names in both languages. */
function drawnProperties(kind: CityKind, tags: OsmTags, geometry: Geometry): Record<string, string> {
  const polygonal = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const small = kind.layer === CITY_LAYER.water && polygonal && area(geometry) < MIN_NAMED_WATER_M2;
  const name = typeof tags.name === 'string' && !small ? tags.name : '';
  if (kind.layer === CITY_LAYER.road) return { layer: kind.layer, class: kind.roadClass ?? 'minor', name };
  const nameEn = tags['name:en'] ?? tags.name_en;
  return { layer: kind.layer, name, name_en: typeof nameEn === 'string' && !small ? nameEn : name };
}

/**
 * A lake's shore as an open line is a piece of a multipolygon whose other pieces the extract cut
 * off: drawn, it would be a river where there is none. Rivers and canals carry `waterway`.
 */
const isShoreFragment = (kind: CityKind, tags: OsmTags, geometry: Geometry) =>
  kind.layer === CITY_LAYER.water && isLine(geometry) && tags.waterway === undefined && tags.layer !== kind.layer;

function cityFeature(geometry: Geometry, tags: OsmTags): Feature | null {
  const kind = cityKindOf(tags);
  if (!kind || isShoreFragment(kind, tags, geometry)) return null;
  const simplified =
    kind.layer === CITY_LAYER.road && isLine(geometry)
      ? simplify(geometry, { tolerance: ROAD_TOLERANCE, highQuality: false })
      : geometry;
  const rounded = roundGeometry(simplified, CITY_DECIMALS);
  if (!rounded) return null;
  return { type: 'Feature', geometry: rewindGeometry(rounded), properties: drawnProperties(kind, tags, rounded) };
}

export function selectCityDetail(cities: Array<FeatureCollection<Geometry | null>>): FeatureCollection {
  const features: Feature[] = [];
  const seen = new Set<string>();
  for (const f of cities.flatMap((city) => city.features)) {
    const tags = (f.properties ?? {}) as OsmTags;
    const key = osmKey(tags);
    if (!f.geometry || (key && seen.has(key))) continue;
    const feature = cityFeature(f.geometry, tags);
    if (!feature) continue;
    if (key) seen.add(key);
    features.push(feature);
  }
  return { type: 'FeatureCollection', features };
}

/** The layers an OpenStreetMap extract brings; Natural Earth's rivers and towns are context, not detail. */
const DETAIL_LAYERS = new Set<string>([CITY_LAYER.water, CITY_LAYER.road, CITY_LAYER.park, CITY_LAYER.aeroway]);

/** Every position of a geometry, of any type. */
function positionsOf(geometry: Geometry): number[][] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString' || geometry.type === 'MultiPoint') return geometry.coordinates;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiLineString') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

/**
 * Where each file of city detail draws OpenStreetMap's roads, water, parks or airports: one box
 * per file (west, south, east, north, as an RFC 7946 polygon), so the app knows which cities of a
 * story have detail to zoom into, and frames the others on the Natural Earth context instead.
 */
export function cityDetailExtents(cities: Array<FeatureCollection<Geometry | null>>): FeatureCollection {
  const features: Feature[] = [];
  for (const city of cities) {
    const positions = city.features.flatMap((f) => {
      const kind = f.geometry ? cityKindOf((f.properties ?? {}) as OsmTags) : null;
      return f.geometry && kind && DETAIL_LAYERS.has(kind.layer) ? positionsOf(f.geometry) : [];
    });
    if (positions.length === 0) continue;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    // A loop, not Math.min(...): an extract's millions of points would overflow the call stack.
    for (const [lon = 0, lat = 0] of positions) {
      [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
    }
    [w, s, e, n] = [w, s, e, n].map((v) => Number(v.toFixed(CITY_DECIMALS))) as [number, number, number, number];
    const ring = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features };
}
