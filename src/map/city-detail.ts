// Where the basemap has OpenStreetMap detail of a city (`npm run basemap` writes one box per
// extract): the city view zooms to the street there, and stops on the Natural Earth context
// elsewhere (camera.ts cityView).
import { BASEMAP_FILES } from '../../geo/contract/names.ts';
import type { Bounds } from './camera.ts';

type Extents = { features?: Array<{ geometry?: { type?: string; coordinates?: number[][][] } }> };

/** The boxes of a city-extents file: [west, south, east, north] of each polygon's ring. */
export function detailBoxes(extents: Extents): Bounds[] {
  const boxes: Bounds[] = [];
  for (const f of extents.features ?? []) {
    const ring = f.geometry?.type === 'Polygon' ? f.geometry.coordinates?.[0] : undefined;
    if (!ring?.length) continue;
    const lons = ring.map((p) => p[0] ?? 0);
    const lats = ring.map((p) => p[1] ?? 0);
    boxes.push([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
  }
  return boxes;
}

/** The basemap's detail boxes; none when the file is missing or unreadable (every city then gets its context view). */
export async function loadCityDetail(): Promise<Bounds[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}data/basemap/${BASEMAP_FILES.cityExtents}`);
    return response.ok ? detailBoxes((await response.json()) as Extents) : [];
  } catch {
    return [];
  }
}
