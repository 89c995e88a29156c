// The boxes of the basemap's city detail, as the app reads them from city-extents.geojson.
import { describe, expect, it } from 'vitest';
import { detailBoxes } from '../../../src/map/city-detail.ts';
import { cityDetailExtents } from '../../../geo/basemap/city-detail.ts';

describe('detailBoxes', () => {
  it('reads back the box the basemap wrote for each extract, and nothing from a file of another shape', () => {
    const written = cityDetailExtents([
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { leisure: 'park' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [1, 2],
                  [3, 2],
                  [3, 4],
                  [1, 2],
                ],
              ],
            },
          },
        ],
      },
    ]);
    expect(detailBoxes(JSON.parse(JSON.stringify(written)))).toEqual([[1, 2, 3, 4]]);
    expect(detailBoxes({})).toEqual([]);
    expect(detailBoxes({ features: [{ geometry: { type: 'Point' } }] })).toEqual([]);
  });
});
