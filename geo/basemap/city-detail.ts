// City detail for the host-city view: lakes, rivers, parks, airport outlines and nearby
// towns from OpenStreetMap and Natural Earth (every file of data/basemap/cities), rounded to ~1 m
// and wound as RFC 7946 asks.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { roundGeometry } from '../geometry/round.ts';
import { rewindGeometry } from '../geometry/rewind.ts';
import { CITY_LAYER, type CityLayer } from '../contract/names.ts';

/**
 * Only what the city view draws is kept: roads and urban areas would make the data large, and
 * Natural Earth's airport points would only repeat the OpenStreetMap airport outlines' labels.
 */
const isCityLayer = (layer: unknown): layer is CityLayer => (Object.values(CITY_LAYER) as unknown[]).includes(layer);

type ContextProperties = Record<string, unknown>;

export function selectCityDetail(cities: Array<FeatureCollection<Geometry | null>>): FeatureCollection {
  const features: Feature[] = [];
  for (const f of cities.flatMap((city) => city.features)) {
    const properties = (f.properties ?? {}) as ContextProperties;
    const layer = properties.layer;
    if (!f.geometry || !isCityLayer(layer)) continue;
    const rounded = roundGeometry(f.geometry, 5);
    if (!rounded) continue;
    const geometry = rewindGeometry(rounded);
    const name = typeof properties.name === 'string' ? properties.name : '';
    const nameEn = properties['name:en'] ?? properties.name_en;
    features.push({
      type: 'Feature',
      geometry,
      properties: { layer, name, name_en: typeof nameEn === 'string' ? nameEn : name },
    });
  }
  return { type: 'FeatureCollection', features };
}
