import { describe, expect, it } from 'vitest';
import { arc, bounds, splitAtAntimeridian } from '../../geo/story/geometry.ts';

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
    for (const part of line.coordinates) for (let i = 1; i < part.length; i++) expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
  });

  it('keeps a line that does not cross as one LineString', () => {
    expect(arc(HANOI, [37.61556, 55.75222]).type).toBe('LineString');
  });

  it('handles a line that ends exactly on the antimeridian', () => {
    expect(splitAtAntimeridian([[170, 0], [180, 1], [-170, 2]])).toEqual({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 1]], [[-180, 1], [-170, 2]]] });
  });

  it('pads bounds and keeps them on the globe', () => {
    expect(bounds([[-179, -89], [179, 89]])).toEqual([-180, -90, 180, 90]);
    expect(bounds([[105, 21], [106, 22]], 0.5)).toEqual([104.5, 20.5, 106.5, 22.5]);
  });
});
