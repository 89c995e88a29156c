// Every map layer, as typed data. Toggles and the selection reach the layers through the
// style's global state (`hidden`, `selected`, `flowMax`), so the app changes them with one
// setter, map.setGlobalStateProperty, and the layers themselves never change.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { color, mapFont, size } from './tokens.ts';
import { flowWidthExpression } from './scales.ts';
import { CITY_LAYER } from '../../geo/contract/names.ts';
import type { PlaceRole } from '../../geo/contract/schema';

/** The toggles a reader has; each flow is also a toggle of its own, `flow:<id>`. */
export const layerGroups = ['route', 'sites', 'mentioned', 'flows'] as const;
export type LayerGroup = (typeof layerGroups)[number];
export const flowToggle = (flowId: string): string => `flow:${flowId}`;

const shown = (group: LayerGroup): ExpressionSpecification => ['!', ['in', group, ['global-state', 'hidden']]];
const role = (...roles: PlaceRole[]): ExpressionSpecification => ['in', ['get', 'role'], ['literal', roles]];
const font = [mapFont];
const halo = { 'text-halo-color': color.halo, 'text-halo-width': 1.6 } as const;

/** Trade flows are a world-scale story: in the city view they would only cover the sites. */
const FLOW_MAX_ZOOM = 7;

const flowShown: FilterSpecification = ['all', shown('flows'), ['!', ['in', ['concat', 'flow:', ['get', 'id']], ['global-state', 'hidden']]]];

export const basemapLayers = [
  { id: 'background', type: 'background', paint: { 'background-color': color.ocean } },
  { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': color.land } },
  { id: 'rivers-line', type: 'line', source: 'rivers', minzoom: 2.5, maxzoom: 9, paint: { 'line-color': color.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6] } },
  { id: 'borders-line', type: 'line', source: 'borders', paint: { 'line-color': color.border, 'line-width': 0.7 } },
  { id: 'city-park-fill', type: 'fill', source: 'city', minzoom: 8, filter: ['==', ['get', 'layer'], CITY_LAYER.park], paint: { 'fill-color': color.park } },
  { id: 'city-aeroway-fill', type: 'fill', source: 'city', minzoom: 8, filter: ['==', ['get', 'layer'], CITY_LAYER.aeroway], paint: { 'fill-color': color.aeroway, 'fill-outline-color': color.aerowayLine } },
  { id: 'city-aeroway-line', type: 'line', source: 'city', minzoom: 8, filter: ['==', ['get', 'layer'], CITY_LAYER.aeroway], paint: { 'line-color': color.aerowayLine, 'line-width': 1.2, 'line-dasharray': [2, 1] } },
  { id: 'city-river-line', type: 'line', source: 'city', minzoom: 7, filter: ['all', ['in', ['get', 'layer'], ['literal', [CITY_LAYER.water, CITY_LAYER.river]]], ['==', ['geometry-type'], 'LineString']], paint: { 'line-color': color.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 13, 7] } },
  { id: 'city-water-fill', type: 'fill', source: 'city', minzoom: 7, filter: ['all', ['==', ['get', 'layer'], CITY_LAYER.water], ['==', ['geometry-type'], 'Polygon']], paint: { 'fill-color': color.water } },
  { id: 'country-labels', type: 'symbol', source: 'country-labels', maxzoom: 6, layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 11, 'symbol-sort-key': ['get', 'rank'], 'text-max-width': 7 }, paint: { 'text-color': color.textMuted, ...halo } },
  { id: 'city-water-label', type: 'symbol', source: 'city', minzoom: 10, filter: ['all', ['==', ['get', 'layer'], CITY_LAYER.water], ['!=', ['get', 'name'], '']], layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 12, 'symbol-placement': ['step', ['zoom'], 'point', 20, 'line'] }, paint: { 'text-color': color.waterText, ...halo } },
  { id: 'city-airport-label', type: 'symbol', source: 'city', minzoom: 9, filter: ['==', ['get', 'layer'], CITY_LAYER.aeroway], layout: { 'text-field': ['get', 'name_en'], 'text-font': font, 'text-size': 11.5, 'text-max-width': 9 }, paint: { 'text-color': color.aerowayLine, ...halo } },
  { id: 'city-town-label', type: 'symbol', source: 'city', minzoom: 8, maxzoom: 11, filter: ['==', ['get', 'layer'], CITY_LAYER.town], layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 11 }, paint: { 'text-color': color.textMuted, ...halo } },
] as const satisfies readonly LayerSpecification[];

export const storyLayers = [
  { id: 'flow-line', type: 'line', source: 'flows', maxzoom: FLOW_MAX_ZOOM, filter: flowShown, layout: { 'line-cap': 'round' }, paint: { 'line-color': color.flow, 'line-opacity': 0.7, 'line-width': flowWidthExpression } },
  { id: 'route-line', type: 'line', source: 'route', filter: shown('route'), layout: { 'line-cap': 'round' }, paint: { 'line-color': color.route, 'line-width': size.routeWidth } },
  // The arrowheads are a glyph laid along the line, so they point the way the leg was flown.
  // Leg and flow labels sit beside their line's middle, on whichever side is free.
  { id: 'route-arrows', type: 'symbol', source: 'route', filter: shown('route'), layout: { 'symbol-placement': 'line', 'symbol-spacing': 70, 'text-field': '›', 'text-font': font, 'text-size': 34, 'text-keep-upright': false, 'text-allow-overlap': true, 'text-offset': [0, -0.1] }, paint: { 'text-color': color.route, ...halo, 'text-halo-width': 1 } },
  { id: 'route-label', type: 'symbol', source: 'route-labels', filter: shown('route'), layout: { 'text-field': ['concat', ['to-string', ['get', 'order']], '. ', ['coalesce', ['get', 'date'], 'date not given']], 'text-font': font, 'text-size': size.labelSize, 'text-variable-anchor': ['top', 'left', 'right', 'bottom'], 'text-radial-offset': 0.9 }, paint: { 'text-color': color.route, ...halo } },
  { id: 'place-selected', type: 'circle', source: 'places', filter: ['==', ['get', 'id'], ['global-state', 'selected']], paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': color.selected, 'circle-stroke-width': 4 } },
  { id: 'mentioned-circle', type: 'circle', source: 'places', filter: ['all', role('mentioned'), shown('mentioned')], paint: { 'circle-radius': size.mentionedRadius, 'circle-color': color.surface, 'circle-stroke-color': color.mentioned, 'circle-stroke-width': 1.5 } },
  { id: 'partner-circle', type: 'circle', source: 'places', filter: ['all', role('partner'), shown('flows')], paint: { 'circle-radius': size.partnerRadius, 'circle-color': color.partner, 'circle-stroke-color': color.surface, 'circle-stroke-width': 1.5 } },
  { id: 'stop-circle', type: 'circle', source: 'places', filter: ['all', role('stop'), shown('route')], paint: { 'circle-radius': size.stopRadius, 'circle-color': color.surface, 'circle-stroke-color': color.route, 'circle-stroke-width': 3 } },
  // Sites are squares-in-spirit: filled purple, shown from city zoom, labelled in bold colour.
  { id: 'site-circle', type: 'circle', source: 'places', minzoom: 7, filter: ['all', role('site'), shown('sites')], paint: { 'circle-radius': size.siteRadius, 'circle-color': color.site, 'circle-stroke-color': color.surface, 'circle-stroke-width': 2 } },
  { id: 'site-label', type: 'symbol', source: 'places', minzoom: 9, filter: ['all', role('site'), shown('sites')], layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': size.labelSize, 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.9, 'text-max-width': 10, 'text-optional': true }, paint: { 'text-color': color.site, ...halo } },
  { id: 'place-label', type: 'symbol', source: 'places', filter: ['any', ['all', role('stop'), shown('route')], ['all', role('partner'), shown('flows')], ['all', role('mentioned'), shown('mentioned')]], layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': ['match', ['get', 'role'], 'stop', size.labelSize + 1, size.smallLabelSize], 'text-anchor': 'top', 'text-offset': [0, 0.8], 'symbol-sort-key': ['match', ['get', 'role'], 'stop', 0, 'partner', 1, 2] }, paint: { 'text-color': ['match', ['get', 'role'], 'stop', color.text, color.textMuted], ...halo } },
  // Flow labels last: placed before the place labels, a value is never hidden by a country's name.
  { id: 'flow-label', type: 'symbol', source: 'flow-labels', maxzoom: FLOW_MAX_ZOOM, filter: flowShown, layout: { 'text-field': ['concat', ['get', 'partnerName'], ' ', ['get', 'label']], 'text-font': font, 'text-size': size.labelSize, 'text-variable-anchor': ['bottom', 'right', 'left', 'top'], 'text-radial-offset': 0.9 }, paint: { 'text-color': color.flowText, ...halo } },
] as const satisfies readonly LayerSpecification[];

/** Layers a click or tap opens a place from, top first. */
export const clickableLayers = ['site-circle', 'site-label', 'stop-circle', 'partner-circle', 'mentioned-circle', 'place-label'] as const;
