// Small builders for the expressions the layers repeat, in the manner of svelte-maplibre's
// expressions.ts, so each layer in layers.ts reads as a short declaration.
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { CityLayer } from '../../geo/contract/names.ts';
import type { PlaceRole } from '../../geo/contract/schema';
import { color, mapFont, stroke, type ZoomRamp } from './tokens.ts';
import { labelAnchors, labelMaxWidth, labelOffset } from './labels.ts';

type Value = ExpressionSpecification | string | number | boolean;

export const all = (...conditions: ExpressionSpecification[]): ExpressionSpecification => ['all', ...conditions];
export const any = (...conditions: ExpressionSpecification[]): ExpressionSpecification => ['any', ...conditions];
export const not = (condition: ExpressionSpecification): ExpressionSpecification => ['!', condition];

/** True while the reader has hidden this toggle (the style's global state `hidden`). */
export const isHidden = (toggle: string | ExpressionSpecification): ExpressionSpecification => [
  'in',
  toggle,
  ['global-state', 'hidden'],
];

/**
 * `on` for the place or flow the reader opened, else `off`: the feature's state `selected`, set by
 * Map.svelte. A feature state changes paint alone; a filter or global state would have the worker
 * cut the source's tiles again and lay out its labels anew at every click.
 */
export const whenSelected = (on: number, off: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  on,
  off,
];

/** True when the feature's `key` property is one of `values`. */
export const oneOf = (key: string, values: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', key],
  ['literal', [...values]],
];

/** True for a mark no sentence states (an origin inferred from the traveller's home). */
export const isInferred: ExpressionSpecification = ['==', ['get', 'basis'], 'inferred'];

/** True for a site no gazetteer places, drawn at its city's point (the pipeline's `approximate`). */
export const isApproximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];

export const hasRole = (...roles: PlaceRole[]): ExpressionSpecification => oneOf('role', roles);

/** A value per place role, `otherwise` for the roles not named. */
export function byRole(values: Partial<Record<PlaceRole, Value>>, otherwise: Value): ExpressionSpecification {
  const cases = Object.entries(values).flat();
  // The spec's type spells out one label-output pair; a list of them cannot be checked statically.
  return ['match', ['get', 'role'], ...cases, otherwise] as unknown as ExpressionSpecification;
}

/** A value interpolated linearly with zoom between [zoom, value] stops. */
export const zoomRamp = (stops: ZoomRamp): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;

/** A city-detail feature from the basemap's layer of that name; with several names, any of them. */
export const cityLayer = (...names: CityLayer[]): ExpressionSpecification =>
  names.length === 1 ? ['==', ['get', 'layer'], names[0]!] : oneOf('layer', names);

export const isGeometry = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => [
  '==',
  ['geometry-type'],
  type,
];

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;

type Text = Required<Pick<SymbolLayout, 'text-field' | 'text-font' | 'text-size'>>;

/** A label's text and size, in the map's font. */
export const text = (field: Text['text-field'], size: Text['text-size']): Text => ({
  'text-field': field,
  'text-font': [mapFont],
  'text-size': size,
});

/** A label's paint: its colour, on a white halo that keeps it legible over lines and land. */
export const haloed = (textColor: string | ExpressionSpecification, haloWidth: number = stroke.labelHalo) =>
  ({ 'text-color': textColor, 'text-halo-color': color.halo, 'text-halo-width': haloWidth }) as const;

/** A circle's paint: `radius` px of `fill`, ringed outside by `width` px of `ring`. */
export const ringed = (radius: number, fill: string, ring: string, width: number) =>
  ({
    'circle-radius': radius,
    'circle-color': fill,
    'circle-stroke-color': ring,
    'circle-stroke-width': width,
  }) as const;

/**
 * A place label where labels.ts put it for the current view: its text ('' where it would sit nearer
 * another mark), on the side planned, `size` px; offsets are in ems of `emSize` (labels.ts offsetSize).
 */
export function placedLabel(size: Text['text-size'], emSize: number) {
  const offsets = labelAnchors.flatMap((a) => [a, ['literal', labelOffset(a, emSize)]]);
  return {
    ...text(['get', 'label'], size),
    'text-anchor': ['get', 'anchor'] as SymbolLayout['text-anchor'],
    'text-offset': ['match', ['get', 'anchor'], ...offsets, ['literal', [0, 0]]] as unknown as ExpressionSpecification,
    'text-justify': 'auto',
    'text-max-width': labelMaxWidth,
  } satisfies SymbolLayout;
}
