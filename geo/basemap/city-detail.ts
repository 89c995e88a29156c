// City detail for the host-city view: lakes, rivers, parks, airport outlines and nearby
// towns from OpenStreetMap and Natural Earth (every file of data/basemap/cities), rounded to ~1 m
// and wound as RFC 7946 asks.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { roundGeometry } from '../geometry/round.ts';
import { rewindGeometry } from '../geometry/rewind.ts';

/** What the city view draws; roads and urban areas are left out to keep the data small. */
export const CITY_LAYERS = ['water', 'park', 'aeroway', 'river_ne', 'airport_ne', 'place_ne'] as const;
export type CityLayer = (typeof CITY_LAYERS)[number];

type ContextProperties = Record<string, unknown> & { layer?: string };

export function selectCityDetail(cities: Array<FeatureCollection<Geometry | null>>): FeatureCollection {
  const features: Feature[] = [];
  for (const f of cities.flatMap((city) => city.features)) {
    const properties = (f.properties ?? {}) as ContextProperties;
    const layer = properties.layer;
    if (!f.geometry || !CITY_LAYERS.includes(layer as CityLayer)) continue;
    const rounded = roundGeometry(f.geometry, 5);
    if (!rounded) continue;
    const geometry = rewindGeometry(rounded);
    const name = typeof properties.name === 'string' ? properties.name : '';
    const nameEn = properties['name:en'] ?? properties.name_en;
    features.push({
      type: 'Feature',
      geometry,
      properties: { layer: layer as string, name, name_en: typeof nameEn === 'string' ? nameEn : name },
    });
  }
  return { type: 'FeatureCollection', features };
}
