// Countries, borders and country label points for the world view, from world-atlas
// TopoJSON (Natural Earth 1:110m), cut at the antimeridian, rounded and wound as RFC 7946 asks.
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
 * null for the few Natural Earth units world-countries does not list.
 */
export type CountryProperties = { id: string; name: string; code: string | null };

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
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const alpha2 = alpha2Lookup(codes);
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, collection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const country of countries.features) {
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
  return { type: 'FeatureCollection', features };
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
    properties: { name: country.properties.name, code: country.properties.code, rank },
  }));
  return { type: 'FeatureCollection', features };
}
