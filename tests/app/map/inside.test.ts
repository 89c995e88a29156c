import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { pointInPolygon } from '../../../src/map/inside.ts';

// An outline with a hole, and a second part apart from it: an airfield split by a road.
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105.78, 21.2],
      [105.83, 21.2],
      [105.83, 21.23],
      [105.8, 21.25],
      [105.78, 21.23],
      [105.78, 21.2],
    ],
    [
      [105.8, 21.21],
      [105.81, 21.21],
      [105.81, 21.22],
      [105.8, 21.22],
      [105.8, 21.21],
    ],
  ],
};
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    withHole.coordinates,
    [
      [
        [105.85, 21.2],
        [105.86, 21.2],
        [105.86, 21.21],
        [105.85, 21.2],
      ],
    ],
  ],
};

describe('pointInPolygon', () => {
  it('counts a hole out and a second part in', () => {
    expect(pointInPolygon([105.79, 21.21], withHole)).toBe(true);
    expect(pointInPolygon([105.805, 21.215], withHole)).toBe(false);
    expect(pointInPolygon([105.79, 21.26], withHole)).toBe(false);
    expect(pointInPolygon([105.858, 21.203], twoParts)).toBe(true);
    expect(pointInPolygon([105.858, 21.203], withHole)).toBe(false);
  });

  it('agrees with Turf anywhere off the edges', () => {
    const point = fc.tuple(
      fc.double({ min: 105.77, max: 105.87, noNaN: true }),
      fc.double({ min: 21.19, max: 21.26, noNaN: true }),
    );
    fc.assert(
      fc.property(point, (p) => {
        for (const shape of [withHole, twoParts])
          expect(pointInPolygon(p, shape)).toBe(booleanPointInPolygon(p, shape, { ignoreBoundary: true }));
      }),
      { numRuns: 2000 },
    );
  });
});
