// The flow-width scale, once as a MapLibre expression and once as a plain function for
// the legend, from the same constants. Square root, so a $3.5bn flow stays visible
// beside $175bn; the floor stops the smallest from vanishing at low zoom.
import type { ExpressionSpecification } from 'maplibre-gl';
import { size } from './tokens.ts';

export function flowWidth(value: number, maxValue: number): number {
  if (maxValue <= 0) return size.flowMinWidth;
  return Math.max(size.flowMinWidth, size.flowMaxWidth * Math.sqrt(value / maxValue));
}

/** Reads the largest flow value from the style's global state `flowMax`. */
export const flowWidthExpression: ExpressionSpecification = [
  'max',
  size.flowMinWidth,
  ['*', size.flowMaxWidth, ['sqrt', ['/', ['coalesce', ['get', 'valueUsd'], ['get', 'value']], ['max', 1, ['global-state', 'flowMax']]]]],
];
