// Where the basemap has OpenStreetMap detail: one box per extract, Natural Earth's context left out.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { cityDetailExtents } from '../../../geo/basemap/city-detail.ts';
import { geojsonProblems } from '../../../geo/geometry/rfc7946.ts';

const line = (properties: Record<string, unknown>, coordinates: number[][]) => ({
  type: 'Feature' as const,
  properties,
  geometry: { type: 'LineString' as const, coordinates },
});

describe('cityDetailExtents', () => {
  it('boxes each extract’s roads, water, parks and airports, and no file that brings only Natural Earth', () => {
    const extract: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [
        line({ highway: 'primary', name: 'High Street' }, [
          [10.1, 20.1],
          [10.3, 20.2],
        ]),
        line({ waterway: 'river' }, [
          [10.2, 20.05],
          [10.25, 20.4],
        ]),
        // Natural Earth's river reaches far beyond the extract: context, not detail.
        line({ layer: 'river_ne' }, [
          [5, 15],
          [15, 25],
        ]),
      ],
    };
    const contextOnly: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [line({ layer: 'place_ne', name: 'Town' }, [[40, 40]])],
    };
    const extents = cityDetailExtents([extract, contextOnly]);
    expect(extents.features).toHaveLength(1);
    expect(extents.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [10.1, 20.05],
          [10.3, 20.05],
          [10.3, 20.4],
          [10.1, 20.4],
          [10.1, 20.05],
        ],
      ],
    });
    expect(geojsonProblems(extents)).toEqual([]);
  });
});
