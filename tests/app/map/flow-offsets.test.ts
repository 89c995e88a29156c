import { describe, expect, it } from 'vitest';
import { flowOffsets, flowWidth } from '../../../src/map/scales.ts';

const line = (id: string, value: number, to: [number, number]) => ({ id, value, coordinates: [[[0, 0], to]] });

describe('flows drawn beside each other', () => {
  it('lays flows that leave one place the same way side by side, in the order of their bearings, band next to band', () => {
    const flows = [line('north', 100, [0, 10]), line('east-of-north', 25, [2, 10]), line('west-of-north', 4, [-3, 10])];
    const offsets = flowOffsets(flows, 100);
    const [w, n, e] = ['west-of-north', 'north', 'east-of-north'].map((id) => offsets.get(id)!);
    expect(w).toBeLessThan(n!);
    expect(n).toBeLessThan(e!);
    // Neighbours' bands touch but do not overlap: the gap between centres is half of each width and more.
    expect(n! - w!).toBeGreaterThanOrEqual((flowWidth(100, 100) + flowWidth(4, 100)) / 2);
    expect(e! - n!).toBeGreaterThanOrEqual((flowWidth(100, 100) + flowWidth(25, 100)) / 2);
  });

  it('draws a flow with no neighbour on its way on its own line', () => {
    const offsets = flowOffsets([line('north', 100, [0, 10]), line('south', 50, [0, -10])], 100);
    expect(offsets.get('north')).toBe(0);
    expect(offsets.get('south')).toBe(0);
  });
});
