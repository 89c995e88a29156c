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

export type CountryProperties = { id: string; name: string };

export function buildCountries(topology: Topology): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
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
      properties: { id, name: country.properties.name },
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

/** One label point per country, inside its largest piece, with a rank so big countries win collisions. */
export function buildCountryLabels(
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
): FeatureCollection<Point> {
  const sized = countries.features.map((country) => {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const largest = polygons
      .map((rings) => polygon(rings as Position[][]))
      .reduce((a, b) => (area(b) > area(a) ? b : a));
    let point = centerOfMass(largest);
    if (!booleanPointInPolygon(point, largest)) point = pointOnFeature(largest);
    return { country, point, area: area(country) };
  });
  sized.sort((a, b) => b.area - a.area);
  const features = sized.map(({ country, point }, rank): Feature<Point> => ({
    type: 'Feature',
    geometry: roundGeometry(point.geometry, WORLD_DECIMALS) as Point,
    properties: { name: country.properties.name, rank },
  }));
  return { type: 'FeatureCollection', features };
}
