import { describe, expect, it } from 'vitest';
import { spreadMarks } from '../../../src/map/spread.ts';
import type { ScreenMark } from '../../../src/map/labels.ts';

const site = (id: string, x: number, y: number): ScreenMark => ({ id, name: id, role: 'site', x, y });
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('spreading marks at one spot', () => {
  it('leaves marks already apart where they are', () => {
    expect(spreadMarks([site('a', 0, 0), site('b', 40, 0)], 20).size).toBe(0);
  });

  it('puts two overlapping marks a gap apart around their middle, each on its own side', () => {
    const moved = spreadMarks([site('a', 100, 100), site('b', 103, 100)], 20);
    const [a, b] = [moved.get('a')!, moved.get('b')!];
    expect(apart(a, b)).toBeCloseTo(20);
    expect(a.x).toBeLessThan(b.x);
    expect((a.x + b.x) / 2).toBeCloseTo(101.5);
  });

  it('spreads marks at exactly one spot, the same way whatever order they come in', () => {
    const marks = [site('a', 50, 50), site('b', 50, 50), site('c', 50, 50)];
    const moved = spreadMarks(marks, 20);
    const again = spreadMarks([...marks].reverse(), 20);
    for (const id of ['a', 'b', 'c']) expect(again.get(id)).toEqual(moved.get(id));
    const points = [...moved.values()];
    for (const p of points) for (const q of points) if (p !== q) expect(apart(p, q)).toBeGreaterThanOrEqual(20 - 1e-9);
  });
});
