// Countries, borders and country label points for the world view, from world-atlas
// TopoJSON (Natural Earth 1:110m, plus the 1:50m units it leaves out: small islands), cut at the
// antimeridian, rounded and wound as RFC 7946 asks.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { polygon } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import { splitLines, splitPolygonal } from '../geometry/antimeridian.ts';
import { roundGeometry } from '../geometry/round.ts';
import { rewindGeometry } from '../geometry/rewind.ts';

/** Two decimals (~1 km) is finer than 1:110m data and halves the file. */
const WORLD_DECIMALS = 2;

/**
 * `code` is the ISO 3166-1 alpha-2 code the gazetteer gives the country (a country place's
 * `country`), so the map matches a story's country to its basemap label by code, never by name;
 * null for the few Natural Earth units world-countries does not list. `small` marks a unit
 * added from 1:50m (an island 1:110m leaves out): the map names it only once zoomed in.
 */
export type CountryProperties = { id: string; name: string; code: string | null; small?: true };

/** The fields of world-countries (the gazetteer's source of countries) that name a country's codes. */
export type CountryCodeSource = { ccn3: string; cca2: string; name: { common: string } };

/**
 * world-atlas ids are ISO 3166-1 numeric codes; a unit without one (Kosovo) is matched by its common name.
 */
function alpha2Lookup(sources: readonly CountryCodeSource[]): (id: string | undefined, name: string) => string | null {
  const byNumeric = new Map(sources.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
  const byName = new Map(sources.map((c) => [c.name.common, c.cca2]));
  return (id, name) => (id ? byNumeric.get(id) : undefined) ?? byName.get(name) ?? null;
}

export function buildCountries(
  topology: Topology,
  codes: readonly CountryCodeSource[],
  detail?: Topology,
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const alpha2 = alpha2Lookup(codes);
  const features = countryFeatures(topology, alpha2);
  if (detail)
    for (const unit of unitsLeftOut(features, countryFeatures(detail, alpha2)))
      features.push({ ...unit, properties: { ...unit.properties, small: true } });
  return { type: 'FeatureCollection', features };
}

function countryFeatures(
  topology: Topology,
  alpha2: (id: string | undefined, name: string) => string | null,
): Feature<Polygon | MultiPolygon, CountryProperties>[] {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, collection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const country of countries.features) {
    if (!country.geometry) continue;
    const rounded = roundGeometry(splitPolygonal(country.geometry), WORLD_DECIMALS);
    if (!rounded || (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')) continue;
    const geometry = rewindGeometry(rounded);
    const id = String(country.id ?? country.properties.name);
    features.push({
      type: 'Feature',
      id: Number(country.id) || undefined,
      geometry,
      properties: { id, name: country.properties.name, code: alpha2(country.id?.toString(), country.properties.name) },
    });
  }
  return features;
}

/**
 * The units of a finer file (world-atlas 1:50m) that the coarse one leaves out, small island
 * countries and territories mostly: those whose id (name, without one) no coarse unit with land
 * has, and that add land, some point of theirs lying off every coarse unit. One wholly on coarse
 * land (an enclave, a disputed glacier, an island the coarse coast swallows) is already drawn
 * as part of a neighbour and stays out, so the world view only gains land it lacked.
 */
export function unitsLeftOut(
  coarse: readonly Feature<Polygon | MultiPolygon, CountryProperties>[],
  detail: readonly Feature<Polygon | MultiPolygon, CountryProperties>[],
): Feature<Polygon | MultiPolygon, CountryProperties>[] {
  const drawn = new Set(coarse.map((c) => c.properties.id));
  const onCoarseLand = (point: Position) => coarse.some((c) => booleanPointInPolygon(point, c));
  return detail.filter((unit) => {
    if (drawn.has(unit.properties.id)) return false;
    const polygons = unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates;
    return polygons.some((rings) => rings[0]?.some((point) => !onCoarseLand(point)));
  });
}

/** Borders shared by two countries, drawn once each (coastlines come from the fill's edge). */
export function buildBorders(topology: Topology): FeatureCollection {
  const collection = topology.objects.countries as GeometryCollection;
  const lines = mesh(topology, collection, (a, b) => a !== b);
  const geometry = roundGeometry(splitLines(lines), WORLD_DECIMALS);
  return { type: 'FeatureCollection', features: geometry ? [{ type: 'Feature', geometry, properties: {} }] : [] };
}

/**
 * The middle of a shape's largest piece: its centre of mass, or a point inside it where that
 * falls outside (a crescent). A reader puts a country or a state there, not amid its islands.
 */
export function largestPieceMiddle(geometry: Polygon | MultiPolygon): Feature<Point> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.map((rings) => polygon(rings as Position[][])).reduce((a, b) => (area(b) > area(a) ? b : a));
  const point = centerOfMass(largest);
  return booleanPointInPolygon(point, largest) ? point : pointOnFeature(largest);
}

/** One label point per country, inside its largest piece, with a rank so big countries win collisions. */
export function buildCountryLabels(
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
): FeatureCollection<Point> {
  const sized = countries.features.map((country) => ({
    country,
    point: largestPieceMiddle(country.geometry),
    area: area(country),
  }));
  sized.sort((a, b) => b.area - a.area);
  const features = sized.map(({ country, point }, rank): Feature<Point> => ({
    type: 'Feature',
    geometry: roundGeometry(point.geometry, WORLD_DECIMALS) as Point,
    properties: {
      name: country.properties.name,
      code: country.properties.code,
      rank,
      ...(country.properties.small ? { small: true } : {}),
    },
  }));
  return { type: 'FeatureCollection', features };
}
