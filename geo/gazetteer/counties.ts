// US counties (us-atlas: the Census Bureau's cartographic boundaries, 1:10m), each a
// second-level region named as news writes it ("Dallas County", "Orleans Parish", "Kenai
// Peninsula Borough"), at the middle of its largest piece, with the state it is in and the
// people of the town it is named after, where its state has one.
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { largestPieceMiddle } from '../basemap/world.ts';
import { foldName } from './names.ts';
import type { GazetteerSources } from './types.ts';

export interface County {
  /** "admin2:US-TX-48113": the state's postal code, then the county's FIPS code. */
  id: string;
  /** "Dallas County". */
  name: string;
  /** The state's id ("admin1:US-TX"). */
  region: string;
  lon: number;
  lat: number;
  /** The people of the biggest town of its state named as it is ("Dallas" for Dallas County, Texas), else 0: which of thirty namesakes news means alone. */
  population: number;
}

/** Louisiana's counties are parishes, Alaska's boroughs (by state FIPS code). */
const DIVISION_NAMES: Record<string, string> = { '22': 'Parish', '02': 'Borough' };
/** County codes from this one on are independent cities (Baltimore, St. Louis, Richmond): towns, which GeoNames has. */
const FIRST_CITY_CODE = 500;

export function usCounties(sources: Pick<GazetteerSources, 'usCounties' | 'states' | 'cities'>): County[] {
  const topology = sources.usCounties;
  const namesakes = new Map<string, number>();
  for (const c of sources.cities) {
    if (c.country !== 'US') continue;
    const key = `${c.adminCode ?? ''} ${foldName(c.name)}`;
    namesakes.set(key, Math.max(namesakes.get(key) ?? 0, c.population));
  }
  const stateNames = feature(topology, topology.objects.states as GeometryCollection<{ name: string }>).features;
  const postal = new Map(
    sources.states.filter((s) => s.countryCode === 'US').map((s) => [s.name.toLowerCase(), s.isoCode]),
  );
  const stateCode = new Map(
    stateNames.flatMap((s) => {
      const code = postal.get(s.properties.name.toLowerCase());
      return code ? [[String(s.id), code] as const] : [];
    }),
  );
  const shapes = feature(topology, topology.objects.counties as GeometryCollection<{ name: string }>).features;
  const counties: County[] = [];
  for (const shape of shapes) {
    const fips = String(shape.id);
    const state = stateCode.get(fips.slice(0, 2));
    const geometry = shape.geometry as Polygon | MultiPolygon | null;
    if (!state || !geometry || Number(fips.slice(2)) >= FIRST_CITY_CODE) continue;
    const [lon = 0, lat = 0] = largestPieceMiddle(geometry).geometry.coordinates;
    counties.push({
      id: `admin2:US-${state}-${fips}`,
      name: `${shape.properties.name} ${DIVISION_NAMES[fips.slice(0, 2)] ?? 'County'}`,
      region: `admin1:US-${state}`,
      lon,
      lat,
      population: namesakes.get(`${state} ${foldName(shape.properties.name)}`) ?? 0,
    });
  }
  return counties;
}
