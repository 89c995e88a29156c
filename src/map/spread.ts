// Marks of one kind that overlap on screen in the current view (two sites at one spot, as the city
// view draws them) are spread around their common middle, far enough apart to be seen, told apart
// and clicked one by one; they come back to their own points once zoomed apart. Pure screen maths
// on the positions map.ts projects; map.ts draws each spread mark where this puts it.
import type { ScreenMark } from './labels.ts';

export type ScreenPoint = { x: number; y: number };

/**
 * Where to draw each mark of a cluster closer than `gap` px (centre to centre): on a circle around
 * the cluster's middle, in the order they lie around it, neighbours `gap` apart. Marks already
 * apart are not in the answer.
 */
export function spreadMarks(marks: readonly ScreenMark[], gap: number): Map<string, ScreenPoint> {
  const moved = new Map<string, ScreenPoint>();
  for (const cluster of clustersOf(marks, gap)) {
    if (cluster.length < 2) continue;
    const cx = cluster.reduce((s, m) => s + m.x, 0) / cluster.length;
    const cy = cluster.reduce((s, m) => s + m.y, 0) / cluster.length;
    // Marks at one spot have no direction of their own: their ids order them, from straight up.
    const angle = (m: ScreenMark) =>
      Math.hypot(m.x - cx, m.y - cy) < 0.5 ? -Math.PI / 2 : Math.atan2(m.y - cy, m.x - cx);
    const ordered = [...cluster].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
    const radius = gap / (2 * Math.sin(Math.PI / ordered.length));
    const start = angle(ordered[0]!);
    ordered.forEach((m, i) => {
      const θ = start + (2 * Math.PI * i) / ordered.length;
      moved.set(m.id, { x: cx + radius * Math.cos(θ), y: cy + radius * Math.sin(θ) });
    });
  }
  return moved;
}

/** The marks in groups, each mark with every mark closer than `gap` to any of its group. */
function clustersOf(marks: readonly ScreenMark[], gap: number): ScreenMark[][] {
  const group = marks.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  marks.forEach((a, i) =>
    marks.forEach((b, j) => {
      if (j > i && Math.hypot(a.x - b.x, a.y - b.y) < gap) group[root(j)] = root(i);
    }),
  );
  const byRoot = new Map<number, ScreenMark[]>();
  marks.forEach((m, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), m]));
  return [...byRoot.values()];
}
