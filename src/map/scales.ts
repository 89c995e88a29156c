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
