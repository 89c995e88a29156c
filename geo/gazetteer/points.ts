// Where the gazetteer puts a country or a first-level region: one point each, derived from
// Natural Earth's shapes where the packages' own points are known to mislead.
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { buildCountries, buildCountryLabels, largestPieceMiddle } from '../basemap/world.ts';
import { splitPolygonal } from '../geometry/antimeridian.ts';
import { foldName } from './names.ts';
import type { GazetteerSources } from './types.ts';

type LonLat = [number, number];

/**
 * ISO2 → the middle of the country's largest piece of land (Natural Earth 1:110m), as the
 * basemap labels it: a reader puts "the United States" in Kansas, not in the middle of Alaska,
 * Hawaii and the rest. world-countries' own points (the Factbook's) stand for an archipelago,
 * whose largest island says little of it (Indonesia, the Philippines), and for the small
 * countries 1:110m leaves out.
 */
export function countryMiddles(sources: GazetteerSources): Map<string, LonLat> {
  const countries = buildCountries(sources.countryShapes, sources.countries);
  const mainlands = new Set(countries.features.filter(isMainland).map((f) => f.properties.code));
  return new Map(
    buildCountryLabels(countries).features.flatMap((f) => {
      const code = f.properties?.code as string | null | undefined;
      return code && mainlands.has(code) ? [[code, f.geometry.coordinates as LonLat]] : [];
    }),
  );
}

/** A country whose largest piece holds most of its land: the share an archipelago's does not reach. */
const MAINLAND_SHARE = 0.7;

function isMainland(country: Feature<Polygon | MultiPolygon>): boolean {
  if (country.geometry.type === 'Polygon') return true;
  const areas = country.geometry.coordinates.map((rings) => area(polygon(rings)));
  return Math.max(...areas) >= MAINLAND_SHARE * areas.reduce((sum, a) => sum + a, 0);
}

/**
 * How far off its country's land (Natural Earth 1:10m) a region's given point may lie: a
 * coast or an atoll drawn coarsely. country-state-city geocoded some regions to a namesake
 * abroad (Norfolk to Virginia, Punjab to India's, Hunan to Oklahoma): those lie far beyond.
 */
const LAND_TOLERANCE_KM = 50;
const KM_PER_DEGREE = 111.2;

/**
 * "CC-CODE" (a country-state-city region) → its point, or no entry where no source places it.
 * Natural Earth's shape, where it draws the country's regions (Australia, Brazil, Canada, the
 * US), gives the middle of the region's largest piece: country-state-city's point is often its
 * capital's (New York's is the city's). Elsewhere its own point stands, unless it lies off its
 * country: then the middle of its towns on that land, or the town it is named after.
 */
export function regionPoints(sources: GazetteerSources): Map<string, LonLat> {
  const land = landByCountry(sources);
  const points = new Map<string, LonLat>();
  const abroad: Array<GazetteerSources['states'][number]> = [];
  for (const state of sources.states) {
    if (state.latitude == null || state.longitude == null) continue;
    const given: LonLat = [Number(state.longitude), Number(state.latitude)];
    const pieces = land.get(state.countryCode);
    if (!pieces || onLand(given, pieces)) points.set(`${state.countryCode}-${state.isoCode}`, given);
    else abroad.push(state);
  }
  const towns = townsOf(new Set(abroad.map((s) => `${s.countryCode}-${s.isoCode}`)), sources.regionTowns);
  const namesakes = namesakeTowns(new Set(abroad.map((s) => foldName(s.name))), sources.cities);
  for (const state of abroad) {
    const key = `${state.countryCode}-${state.isoCode}`;
    const pieces = land.get(state.countryCode) ?? [];
    const onItsLand = (towns.get(key) ?? []).filter((t) => onLand(t, pieces));
    const namesake = namesakes.get(`${state.countryCode} ${foldName(state.name)}`);
    const point = onItsLand.length > 0 ? median(onItsLand) : namesake;
    if (point) points.set(key, point);
  }
  for (const [key, middle] of naturalEarthRegions(sources, points)) points.set(key, middle);
  return points;
}

interface Piece {
  shape: Feature<Polygon>;
  west: number;
  south: number;
  east: number;
  north: number;
}

function landByCountry(sources: GazetteerSources): Map<string, Piece[]> {
  const land = new Map<string, Piece[]>();
  const alpha2 = new Map(sources.countries.map((c) => [c.ccn3, c.cca2]));
  const topology = sources.countryLand;
  for (const country of feature(topology, topology.objects.countries as GeometryCollection).features) {
    const code = alpha2.get(String(country.id));
    if (!code || (country.geometry.type !== 'Polygon' && country.geometry.type !== 'MultiPolygon')) continue;
    const g = splitPolygonal(country.geometry);
    const pieces = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((rings) => {
      const piece = { shape: polygon(rings), west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
      for (const [lon = 0, lat = 0] of rings[0] ?? []) {
        piece.west = Math.min(piece.west, lon);
        piece.east = Math.max(piece.east, lon);
        piece.south = Math.min(piece.south, lat);
        piece.north = Math.max(piece.north, lat);
      }
      return piece;
    });
    land.set(code, (land.get(code) ?? []).concat(pieces));
  }
  return land;
}

function onLand(p: LonLat, pieces: Piece[]): boolean {
  const [lon, lat] = p;
  const dLat = LAND_TOLERANCE_KM / KM_PER_DEGREE;
  const cos = Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
  const dLon = dLat / cos;
  const near = pieces.filter(
    (b) => lon >= b.west - dLon && lon <= b.east + dLon && lat >= b.south - dLat && lat <= b.north + dLat,
  );
  if (near.some((b) => booleanPointInPolygon(p, b.shape))) return true;
  // Off its coast by less than the tolerance: an equirectangular distance is close enough at this range.
  return near.some((b) =>
    b.shape.geometry.coordinates.some((ring) =>
      ring.some(([x = 0, y = 0]) => Math.hypot((x - lon) * cos, y - lat) <= dLat),
    ),
  );
}

/** The towns country-state-city gives each of these regions ("CC-CODE"). */
function townsOf(regions: Set<string>, towns: GazetteerSources['regionTowns']): Map<string, LonLat[]> {
  const byRegion = new Map<string, LonLat[]>();
  for (const t of towns) {
    const key = `${t.countryCode}-${t.stateCode}`;
    if (t.latitude == null || t.longitude == null || !regions.has(key)) continue;
    const list = byRegion.get(key) ?? [];
    list.push([Number(t.longitude), Number(t.latitude)]);
    byRegion.set(key, list);
  }
  return byRegion;
}

/** The middle of a set of towns, coordinate by coordinate: one misplaced town does not move it. */
function median(points: LonLat[]): LonLat {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return [mid(points.map((p) => p[0])), mid(points.map((p) => p[1]))];
}

/** "CC name" → the most populous town of that country with that name (folded), for these names. */
function namesakeTowns(names: Set<string>, cities: GazetteerSources['cities']): Map<string, LonLat> {
  const best = new Map<string, GazetteerSources['cities'][number]>();
  for (const c of cities) {
    const name = foldName(c.name);
    if (!names.has(name)) continue;
    const key = `${c.country} ${name}`;
    if ((best.get(key)?.population ?? -1) < c.population) best.set(key, c);
  }
  return new Map([...best].map(([key, c]) => [key, [c.loc.coordinates[0] ?? 0, c.loc.coordinates[1] ?? 0]]));
}

/**
 * Natural Earth's regions: each is the region of its country with its code (US, Canadian and
 * Brazilian codes are ISO's), or else the one whose point it holds (Australia's are postal: QL).
 */
function naturalEarthRegions(sources: GazetteerSources, points: Map<string, LonLat>): Map<string, LonLat> {
  const alpha2 = new Map(sources.countries.map((c) => [c.cca3, c.cca2]));
  const collection = sources.regionShapes.objects.subunits as GeometryCollection<{ gu: string }>;
  const regions = new Map<string, LonLat>();
  for (const shape of feature(sources.regionShapes, collection).features) {
    const country = alpha2.get(shape.properties.gu);
    const geometry = shape.geometry;
    if (!country || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const byCode = `${country}-${String(shape.id)}`;
    const key = points.has(byCode)
      ? byCode
      : [...points].find(([k, p]) => k.startsWith(`${country}-`) && booleanPointInPolygon(p, geometry))?.[0];
    if (!key) continue;
    const middle = largestPieceMiddle(splitPolygonal(geometry)).geometry.coordinates;
    regions.set(key, [middle[0] ?? 0, middle[1] ?? 0]);
  }
  return regions;
}
