import { describe, expect, it } from 'vitest';
import { arc, arcLabelPoint, arcMiddle } from '../../geo/geometry/arc.ts';
import { closeAroundPole, splitLines, splitPolygon } from '../../geo/geometry/antimeridian.ts';
import { bounds } from '../../geo/geometry/bounds.ts';
import { rewindGeometry } from '../../geo/geometry/rewind.ts';
import { round, roundGeometry } from '../../geo/geometry/round.ts';

const HANOI: [number, number] = [105.84117, 21.0245];
const WASHINGTON: [number, number] = [-77.03637, 38.89511];

describe('great-circle arcs', () => {
  it('splits Hanoi → Washington at the antimeridian instead of jumping across the map', () => {
    const line = arc(HANOI, WASHINGTON);
    expect(line.type).toBe('MultiLineString');
    if (line.type !== 'MultiLineString') return;
    const [east, west] = line.coordinates as unknown as [number[][], number[][]];
    expect(east[0]).toEqual(HANOI);
    expect(east[east.length - 1]![0]).toBe(180);
    expect(west[0]![0]).toBe(-180);
    expect(west[0]![1]).toBe(east[east.length - 1]![1]);
    expect(west[west.length - 1]).toEqual(WASHINGTON);
    for (const part of line.coordinates)
      for (let i = 1; i < part.length; i++) expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
  });

  it('labels an arc at its middle when it stays within the latitudes of its ends', () => {
    const beijing: [number, number] = [116.4, 39.9];
    expect(arcLabelPoint(HANOI, beijing)).toEqual(arcMiddle(HANOI, beijing));
  });

  it('labels an arc that bulges towards the pole on its way down to the far end, not near the pole', () => {
    const middle = arcMiddle(HANOI, WASHINGTON);
    const label = arcLabelPoint(HANOI, WASHINGTON);
    expect(middle[1]).toBeGreaterThan(75);
    expect(label[1]).toBeLessThanOrEqual(WASHINGTON[1] + 10);
    // On the far side of the antimeridian, i.e. between the middle and Washington.
    expect(label[0]).toBeLessThan(0);
    expect(label[0]).toBeGreaterThan(-180);
  });

  it('keeps a line that does not cross as one LineString', () => {
    expect(arc(HANOI, [37.61556, 55.75222]).type).toBe('LineString');
  });

  it('handles a line that ends exactly on the antimeridian, once rounded', () => {
    const split = roundGeometry(
      splitLines({
        type: 'LineString',
        coordinates: [
          [170, 0],
          [180, 1],
          [-170, 2],
        ],
      }),
      5,
    );
    expect(split).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 0],
          [180, 1],
        ],
        [
          [-180, 1],
          [-170, 2],
        ],
      ],
    });
  });

  it('pads bounds and keeps them on the globe', () => {
    expect(
      bounds([
        [-170, -89],
        [-50, 0],
        [70, 89],
      ]),
    ).toEqual([-180, -90, 94, 90]);
    expect(
      bounds(
        [
          [105, 21],
          [106, 22],
        ],
        0.5,
      ),
    ).toEqual([104.5, 20.5, 106.5, 22.5]);
  });

  it('frames points across ±180° the short way, west greater than east, as RFC 7946 writes it', () => {
    // Two towns either side of the antimeridian: a box 2° wide, not one round the world.
    expect(
      bounds([
        [174.76, -36.85],
        [-169.92, -19.05],
      ]),
    ).toEqual([173.228, -38.63, -168.388, -17.27]);
    expect(
      bounds([
        [179, 0],
        [-179, 1],
      ]),
    ).toEqual([178.8, -0.1, -178.8, 1.1]);
    // Spread round the world with the widest gap elsewhere: the frame leaves out that gap.
    expect(
      bounds([
        [-170, 0],
        [0, 0],
        [170, 0],
      ]),
    ).toEqual([-19, -0.005, -151, 0.005]);
  });
});

describe('lines and polygons cut at the antimeridian', () => {
  it('leaves a polygon that does not cross unchanged', () => {
    const square = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    expect(splitPolygon(square)).toEqual([square]);
  });

  it('cuts a square straddling 180° into two halves meeting on the line', () => {
    const square = [
      [
        [170, 0],
        [-170, 0],
        [-170, 10],
        [170, 10],
        [170, 0],
      ],
    ];
    const pieces = splitPolygon(square);
    expect(pieces).toHaveLength(2);
    const xs = pieces.map((p) => (p[0] ?? []).map((q) => q[0]));
    expect(xs.some((x) => x.every((v) => v !== undefined && v >= 170))).toBe(true);
    expect(xs.some((x) => x.every((v) => v !== undefined && v <= -170))).toBe(true);
  });

  it('splits a line that crosses 180° into two lines ending on it', () => {
    const split = splitLines({
      type: 'LineString',
      coordinates: [
        [170, 0],
        [-170, 10],
      ],
    });
    expect(split.coordinates).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
  });

  it('opens a ring round a pole where it crosses ±180° and closes it along the pole', () => {
    const arctic = [
      [0, 70],
      [90, 72],
      [170, 71],
      [-170, 71],
      [-90, 73],
      [0, 70],
    ];
    expect(closeAroundPole(arctic)).toEqual([
      [-180, 71],
      [-170, 71],
      [-90, 73],
      [0, 70],
      [90, 72],
      [170, 71],
      [180, 71],
      [180, 90],
      [90, 90],
      [0, 90],
      [-90, 90],
      [-180, 90],
      [-180, 71],
    ]);
  });

  it('refuses a ring round a pole that crosses ±180° three times instead of drawing it wrong', () => {
    const zigzag = [
      [0, -70],
      [170, -71],
      [-170, -71],
      [175, -72],
      [-175, -72],
      [-90, -70],
      [0, -70],
    ];
    expect(() => closeAroundPole(zigzag)).toThrow(/more than once/);
  });
});

describe('rounding and winding', () => {
  it('drops the points that rounding makes repeat', () => {
    const line = roundGeometry(
      {
        type: 'LineString',
        coordinates: [
          [1.001, 2.001],
          [1.002, 2.002],
          [3, 4],
        ],
      },
      2,
    );
    expect(line).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('reverses a clockwise exterior and a counter-clockwise hole, and leaves lines alone', () => {
    const cw = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const ccwHole = [
      [2, 2],
      [8, 2],
      [8, 8],
      [2, 8],
      [2, 2],
    ];
    const rewound = rewindGeometry({ type: 'Polygon', coordinates: [cw, ccwHole] });
    expect(rewound.coordinates).toEqual([[...cw].reverse(), [...ccwHole].reverse()]);
    expect(rewindGeometry(rewound)).toEqual(rewound);
    const line = { type: 'LineString' as const, coordinates: cw };
    expect(rewindGeometry(line)).toBe(line);
  });

  it('rounds -0 to 0, so equal coordinates compare equal', () => {
    expect(Object.is(round(-0.000001, 5), 0)).toBe(true);
  });
});
