// The flow-width scale, once as a MapLibre expression and once as a plain function for
// the legend, from the same constants. Square root, so a $3.5bn flow stays visible
// beside $175bn; the floor stops the smallest from vanishing at low zoom.
import type { ExpressionSpecification } from 'maplibre-gl';
import { stroke } from './tokens.ts';

export function flowWidth(value: number, maxValue: number): number {
  if (maxValue <= 0) return stroke.flowMin;
  return Math.max(stroke.flowMin, stroke.flowMax * Math.sqrt(value / maxValue));
}

const flowValue: ExpressionSpecification = ['coalesce', ['get', 'valueUsd'], ['get', 'value']];

/** Reads the largest flow value from the style's global state `flowMax`. */
export const flowWidthExpression: ExpressionSpecification = [
  'max',
  stroke.flowMin,
  ['*', stroke.flowMax, ['sqrt', ['/', flowValue, ['max', 1, ['global-state', 'flowMax']]]]],
];

/** Px between the bands of flows laid side by side. */
const flowGap = 1;
/** Flows that leave one place within this many degrees of bearing of a neighbour share a corridor. */
const corridor = 40;

type FlowLine = { id: string; value: number; coordinates: number[][][] };

/** The compass bearing (degrees clockwise from north) a line leaves its first point in. */
function leaving(coordinates: number[][][]): number {
  const [[lng1, lat1] = [0, 0], [lng2, lat2] = [0, 0]] = coordinates[0] ?? [];
  const rad = Math.PI / 180;
  const dλ = (lng2! - lng1!) * rad;
  const y = Math.sin(dλ) * Math.cos(lat2! * rad);
  const x =
    Math.cos(lat1! * rad) * Math.sin(lat2! * rad) - Math.sin(lat1! * rad) * Math.cos(lat2! * rad) * Math.cos(dλ);
  return Math.atan2(y, x) / rad;
}

/**
 * How far each flow is drawn beside its line (MapLibre `line-offset`, px, + to the right of its way):
 * flows that leave one place in one corridor lie side by side in the order of their bearings,
 * each band next to the other, so none hides another along the way they share; a flow alone is
 * drawn on its line.
 */
export function flowOffsets(flows: readonly FlowLine[], maxValue: number): Map<string, number> {
  const offsets = new Map<string, number>();
  const byOrigin = new Map<string, FlowLine[]>();
  for (const f of flows) {
    const key = JSON.stringify(f.coordinates[0]?.[0]);
    byOrigin.set(key, [...(byOrigin.get(key) ?? []), f]);
  }
  for (const group of byOrigin.values()) {
    const sorted = group.map((f) => ({ f, bearing: leaving(f.coordinates) })).sort((a, b) => a.bearing - b.bearing);
    // Runs of neighbours within the corridor's angle of each other.
    const runs: (typeof sorted)[] = [];
    for (const item of sorted) {
      const run = runs.at(-1);
      if (run && item.bearing - run.at(-1)!.bearing <= corridor) run.push(item);
      else runs.push([item]);
    }
    for (const run of runs) {
      const widths = run.map(({ f }) => flowWidth(f.value, maxValue));
      const total = widths.reduce((s, w) => s + w, 0) + flowGap * (run.length - 1);
      let left = -total / 2;
      run.forEach(({ f }, i) => {
        offsets.set(f.id, run.length > 1 ? left + widths[i]! / 2 : 0);
        left += widths[i]! + flowGap;
      });
    }
  }
  return offsets;
}
