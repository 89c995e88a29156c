// Every map layer, as typed data. Toggles reach the layers through the style's global state
// (`hidden`, `flowMax`, `stepOrder`), so the app changes them with one setter,
// map.setGlobalStateProperty, and the layers themselves never change. The selection is a feature
// state (`whenSelected`): a click changes paint only, and no source is cut into tiles again.
// Zoom bands, widths, radii and sizes are tokens (tokens.ts), which the legend draws from too.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CITY_LAYER, ROAD_CLASSES } from '../../geo/contract/names.ts';
import type { PlaceRole } from '../../geo/contract/schema';
import { color, dash, radius, stroke, textSize, zoomBand as band, type Palette } from './tokens.ts';
import { flowWidthExpression } from './scales.ts';
import { offsetSize } from './labels.ts';
import {
  all,
  any,
  byRole,
  cityLayer,
  haloed,
  hasRole,
  isGeometry,
  isHidden,
  isApproximate,
  isInferred,
  not,
  placedLabel,
  ringed,
  text,
  whenSelected,
  zoomRamp,
} from './expressions.ts';

/** The toggles a reader has; each flow is also a toggle of its own, `flow:<id>`. */
export const layerGroups = ['route', 'sites', 'mentioned', 'flows'] as const;
export type LayerGroup = (typeof layerGroups)[number];
export const flowToggle = (flowId: string): string => `flow:${flowId}`;

const shown = (group: LayerGroup) => not(isHidden(group));
/** The legs up to the step "Follow the trip" is at (global state `stepOrder`; every leg outside it). */
export const everyLeg = 1e9;
const drawnSoFar: ExpressionSpecification = ['<=', ['get', 'order'], ['global-state', 'stepOrder']];
const flowShown = all(shown('flows'), not(isHidden(['concat', flowToggle(''), ['get', 'id']])));
/** A place of `role`, while the reader shows `group`. */
const roleShown = (role: PlaceRole, group: LayerGroup) => all(hasRole(role), shown(group));
/** A mark's outer diameter in px, its ring included. */
const outer = (role: PlaceRole) => 2 * (radius[role] + stroke[role]);
const isCrowded: ExpressionSpecification = ['==', ['get', 'crowded'], true];
const name: ExpressionSpecification = ['get', 'name'];
const flowOffset: ExpressionSpecification = ['coalesce', ['get', 'offset'], 0];
/** "2. 20 June": the leg's order and its day; the order alone where no outlet gives a day (nothing made up). */
const legLabel: ExpressionSpecification = [
  'case',
  ['has', 'dateText'],
  ['concat', ['to-string', ['get', 'order']], '. ', ['get', 'dateText']],
  ['to-string', ['get', 'order']],
];

/**
 * A line label's anchors with their offsets (0.9 em from the point), in order of preference: `order`
 * with 'beside' the side toward the lines' middle (style.ts `labelPoints`), then the inward corners,
 * and outward last, where a label may leave a frame's edge.
 */
const anchorOffset = {
  top: [0, 0.9],
  bottom: [0, -0.9],
  left: [0.9, 0],
  right: [-0.9, 0],
  'top-left': [0.6, 0.6],
  'top-right': [-0.6, 0.6],
  'bottom-left': [0.6, -0.6],
  'bottom-right': [-0.6, -0.6],
} as const;
function inwardAnchors(order: readonly ('top' | 'bottom' | 'beside')[]): ExpressionSpecification {
  // A 'right' anchor puts the text's right end at the point: the text reads west of it.
  const collection = (side: 'left' | 'right', outward: 'left' | 'right') =>
    [
      ...order.map((a) => (a === 'beside' ? side : a)),
      `top-${side}` as const,
      `bottom-${side}` as const,
      outward,
    ].flatMap((a) => [a, [...anchorOffset[a]]]);
  return [
    'match',
    ['get', 'inward'],
    'west',
    ['literal', collection('right', 'left')],
    ['literal', collection('left', 'right')],
  ];
}

/** A road's width by its class at each zoom stop the class ramps share (stroke.road). */
const roadWidth = (): ExpressionSpecification => {
  const stops = stroke.road.minor.map(([zoom], i) => [
    zoom,
    ['match', ['get', 'class'], ...ROAD_CLASSES.flatMap((c) => [c, stroke.road[c][i]![1]]), stroke.road.minor[i]![1]],
  ]);
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
};

export const basemapLayers = [
  { id: 'background', type: 'background', paint: { 'background-color': color.ocean } },
  { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': color.land } },
  {
    id: 'rivers-line',
    type: 'line',
    source: 'rivers',
    ...band.worldRivers,
    paint: { 'line-color': color.water, 'line-width': zoomRamp(stroke.worldRiver) },
  },
  {
    id: 'borders-line',
    type: 'line',
    source: 'borders',
    paint: { 'line-color': color.border, 'line-width': stroke.border },
  },
  {
    id: 'city-park-fill',
    type: 'fill',
    source: 'city',
    ...band.cityDetail,
    filter: cityLayer(CITY_LAYER.park),
    paint: { 'fill-color': color.park },
  },
  {
    id: 'city-aeroway-fill',
    type: 'fill',
    source: 'city',
    ...band.cityDetail,
    filter: cityLayer(CITY_LAYER.aeroway),
    paint: { 'fill-color': color.aeroway, 'fill-outline-color': color.aerowayLine },
  },
  {
    id: 'city-aeroway-line',
    type: 'line',
    source: 'city',
    ...band.cityDetail,
    filter: cityLayer(CITY_LAYER.aeroway),
    paint: { 'line-color': color.aerowayLine, 'line-width': stroke.aeroway, 'line-dasharray': [2, 1] },
  },
  {
    id: 'city-river-line',
    type: 'line',
    source: 'city',
    ...band.cityWater,
    filter: all(cityLayer(CITY_LAYER.water, CITY_LAYER.river), isGeometry('LineString')),
    paint: { 'line-color': color.water, 'line-width': zoomRamp(stroke.cityRiver) },
  },
  {
    id: 'city-water-fill',
    type: 'fill',
    source: 'city',
    ...band.cityWater,
    filter: all(cityLayer(CITY_LAYER.water), isGeometry('Polygon')),
    paint: { 'fill-color': color.water },
  },
  // Roads over the water (bridges cross the river), thin and uncased: the city is the setting.
  {
    id: 'city-road-line',
    type: 'line',
    source: 'city',
    ...band.roads,
    filter: cityLayer(CITY_LAYER.road),
    layout: {
      'line-cap': 'round',
      'line-join': 'round',
      'line-sort-key': ['-', ['index-of', ['get', 'class'], ['literal', ROAD_CLASSES]]],
    },
    paint: { 'line-color': color.road, 'line-width': roadWidth() },
  },
  {
    id: 'country-labels',
    type: 'symbol',
    source: 'country-labels',
    ...band.countryLabels,
    // A country the story marks is named by its own label: never twice. A small island is named
    // only once zoomed in, so the world view keeps 1:110m's names.
    filter: all(
      not(['in', ['get', 'code'], ['global-state', 'markedCountries']]),
      any(not(['has', 'small']), ['>=', ['zoom'], band.smallCountryLabels.minzoom]),
    ),
    layout: { ...text(name, textSize.countryLabel), 'symbol-sort-key': ['get', 'rank'], 'text-max-width': 7 },
    paint: haloed(color.textMuted),
  },
  {
    id: 'city-water-label',
    type: 'symbol',
    source: 'city',
    ...band.waterLabels,
    filter: all(cityLayer(CITY_LAYER.water), isGeometry('Polygon'), ['!=', name, '']),
    layout: text(name, textSize.waterLabel),
    paint: haloed(color.waterText),
  },
  // A river is many named pieces: its name follows the line, so it is not stamped on each piece.
  {
    id: 'city-waterway-label',
    type: 'symbol',
    source: 'city',
    ...band.waterLabels,
    filter: all(cityLayer(CITY_LAYER.water), isGeometry('LineString'), ['!=', name, '']),
    layout: { ...text(name, textSize.waterLabel), 'symbol-placement': 'line', 'symbol-spacing': 400 },
    paint: haloed(color.waterText),
  },
  {
    id: 'city-road-label',
    type: 'symbol',
    source: 'city',
    ...band.roadLabels,
    filter: all(cityLayer(CITY_LAYER.road), ['!=', name, '']),
    layout: { ...text(name, textSize.roadLabel), 'symbol-placement': 'line', 'text-max-angle': 30 },
    paint: haloed(color.roadText),
  },
  {
    id: 'city-airport-label',
    type: 'symbol',
    source: 'city',
    ...band.airportLabels,
    // An airfield the story visits is named once, by its site's label (map.ts `nameAirfieldsOnce`).
    filter: all(cityLayer(CITY_LAYER.aeroway), not(['in', ['get', 'name_en'], ['global-state', 'namedAirfields']])),
    layout: { ...text(['get', 'name_en'], textSize.airportLabel), 'text-max-width': 9 },
    paint: haloed(color.aerowayLine),
  },
  {
    id: 'city-town-label',
    type: 'symbol',
    source: 'city',
    ...band.townLabels,
    filter: cityLayer(CITY_LAYER.town),
    layout: text(name, textSize.townLabel),
    paint: haloed(color.textMuted),
  },
] as const satisfies readonly LayerSpecification[];

/** The story's own layers, in its palette (the tokens with the story's colours over them). */
export const storyLayers = (palette: Palette) =>
  [
    // An unseen box over each drawn mark. MapLibre's label collision knows text, not circles, so a
    // basemap name could run across a stop's ring; placed after the story's labels and before the
    // basemap's, these boxes keep basemap names off the story's marks.
    {
      id: 'mark-keepout',
      type: 'symbol',
      source: 'places',
      filter: any(
        roleShown('stop', 'route'),
        roleShown('partner', 'flows'),
        all(roleShown('site', 'sites'), ['>=', ['zoom'], band.sites.minzoom]),
        all(roleShown('mentioned', 'mentioned'), not(isCrowded)),
      ),
      layout: {
        // "O" is about as wide as it is tall: sized to the mark's outer diameter.
        ...text(
          'O',
          byRole({ stop: outer('stop'), site: outer('site'), partner: outer('partner') }, outer('mentioned')),
        ),
        'text-allow-overlap': true,
        'text-padding': 0,
      },
      paint: { 'text-opacity': 0 },
    },
    // The open flow is ringed in the selection colour, as an open place is.
    {
      id: 'flow-selected',
      type: 'line',
      source: 'flows',
      ...band.flows,
      filter: flowShown,
      paint: {
        'line-opacity': whenSelected(1, 0),
        'line-color': color.selected,
        'line-width': stroke.selected,
        'line-gap-width': flowWidthExpression,
        'line-offset': flowOffset,
      },
    },
    // A flow ends on its partner's dot, in the partner's colours: a leg ends on a stop's ring.
    {
      id: 'flow-line',
      type: 'line',
      source: 'flows',
      ...band.flows,
      filter: flowShown,
      // Smaller flows on top, so a thick one never covers a thin one where they leave together.
      layout: { 'line-cap': 'butt', 'line-sort-key': ['-', 0, ['coalesce', ['get', 'valueUsd'], ['get', 'value']]] },
      // Beside the flows that share its way out, not under them (scales.ts `flowOffsets`).
      paint: {
        'line-color': palette.flow,
        'line-opacity': 0.7,
        'line-width': flowWidthExpression,
        'line-offset': flowOffset,
      },
    },
    {
      id: 'route-line',
      type: 'line',
      source: 'route',
      filter: all(shown('route'), drawnSoFar, not(isInferred)),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': palette.route, 'line-width': stroke.route },
    },
    // A leg no outlet states (from an origin inferred from the traveller's home) is dashed.
    {
      id: 'route-line-inferred',
      type: 'line',
      source: 'route',
      filter: all(shown('route'), drawnSoFar, isInferred),
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': palette.route, 'line-width': stroke.route, 'line-dasharray': [...dash.inferred] },
    },
    // The arrowheads are a glyph laid along the line, so they point the way the leg was flown.
    // Leg and flow labels sit beside their line's middle, on whichever side is free.
    {
      id: 'route-arrows',
      type: 'symbol',
      source: 'route',
      filter: all(shown('route'), drawnSoFar),
      layout: {
        ...text('›', textSize.routeArrow),
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'text-keep-upright': false,
        'text-allow-overlap': true,
        'text-offset': [0, -0.1],
      },
      paint: haloed(palette.route, stroke.arrowHalo),
    },
    {
      id: 'route-label',
      type: 'symbol',
      source: 'route-labels',
      filter: all(shown('route'), drawnSoFar),
      layout: {
        ...text(legLabel, textSize.label),
        'text-variable-anchor-offset': inwardAnchors(['beside', 'top', 'bottom']),
      },
      paint: haloed(palette.route),
    },
    {
      id: 'place-selected',
      type: 'circle',
      source: 'places',
      paint: {
        ...ringed(radius.selected, 'rgba(0,0,0,0)', color.selected, stroke.selected),
        'circle-stroke-opacity': whenSelected(1, 0),
      },
    },
    {
      id: 'mentioned-circle',
      type: 'circle',
      source: 'places',
      // Not where labels.ts finds it crowded out by a larger mark in this view.
      filter: all(roleShown('mentioned', 'mentioned'), not(isCrowded)),
      paint: ringed(radius.mentioned, color.surface, palette.mentioned, stroke.mentioned),
    },
    {
      id: 'partner-circle',
      type: 'circle',
      source: 'places',
      filter: roleShown('partner', 'flows'),
      paint: ringed(radius.partner, palette.partner, color.surface, stroke.partner),
    },
    {
      id: 'stop-circle',
      type: 'circle',
      source: 'places',
      filter: all(roleShown('stop', 'route'), not(isInferred)),
      paint: ringed(radius.stop, color.surface, palette.route, stroke.stop),
    },
    // A stop no sentence states is hollow: a thin ring the map shows through.
    {
      id: 'stop-inferred-circle',
      type: 'circle',
      source: 'places',
      filter: all(roleShown('stop', 'route'), isInferred),
      paint: ringed(radius.stop, 'rgba(0,0,0,0)', palette.route, stroke.inferredStop),
    },
    // Sites are squares-in-spirit: filled in their own colour, shown from city zoom, labelled in it.
    {
      id: 'site-circle',
      type: 'circle',
      source: 'places',
      ...band.sites,
      filter: all(roleShown('site', 'sites'), not(isApproximate)),
      paint: ringed(radius.site, palette.site, color.surface, stroke.site),
    },
    // A site no gazetteer places sits at its city's point: hollow, so it does not claim a spot.
    {
      id: 'site-approximate-circle',
      type: 'circle',
      source: 'places',
      ...band.sites,
      filter: all(roleShown('site', 'sites'), isApproximate),
      paint: ringed(radius.site, 'rgba(0,0,0,0)', palette.site, stroke.approximateSite),
    },
    {
      id: 'site-label',
      type: 'symbol',
      source: 'places',
      ...band.siteLabels,
      filter: roleShown('site', 'sites'),
      // Each label on the side labels.ts planned for it, never on whichever side is free.
      layout: placedLabel(textSize.label, offsetSize('site')),
      paint: haloed(palette.site),
    },
    {
      id: 'place-label',
      type: 'symbol',
      source: 'places',
      filter: any(roleShown('partner', 'flows'), roleShown('mentioned', 'mentioned')),
      layout: {
        ...placedLabel(textSize.smallLabel, offsetSize('partner')),
        'symbol-sort-key': byRole({ partner: 0 }, 1),
      },
      paint: haloed(color.textMuted),
    },
    // Flow labels above the other place labels: a value is never hidden by a country's name.
    {
      id: 'flow-label',
      type: 'symbol',
      source: 'flow-labels',
      ...band.flows,
      filter: flowShown,
      layout: {
        ...text(['concat', ['get', 'partnerName'], ' ', ['get', 'label']], textSize.label),
        'text-variable-anchor-offset': inwardAnchors(['bottom', 'beside', 'top']),
      },
      paint: haloed(color.flowText),
    },
    // Stop names above everything: placed first, the route's stops are always named (flow labels
    // move to a free side around them).
    {
      id: 'stop-label',
      type: 'symbol',
      source: 'places',
      filter: roleShown('stop', 'route'),
      layout: placedLabel(textSize.stopLabel, offsetSize('stop')),
      paint: haloed(color.text),
    },
    // A "!" at the top right of a stop or site whose date the outlets give differently (the
    // pipeline's `datesDiffer`); a site's only from city zoom, where the site itself appears.
    {
      id: 'disagreement-badge',
      type: 'symbol',
      source: 'places',
      filter: all(['==', ['get', 'datesDiffer'], true], any(roleShown('stop', 'route'), roleShown('site', 'sites'))),
      layout: {
        ...text('!', textSize.stopLabel),
        'text-offset': [0.9, -0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        ...haloed(color.text, textSize.stopLabel / 4),
        'text-halo-color': color.highlight,
        'text-opacity': ['step', ['zoom'], byRole({ site: 0 }, 1), band.sites.minzoom, 1],
      },
    },
  ] as const satisfies readonly LayerSpecification[];

/** The layers that draw a site's mark: the review mode lets an editor drag a site by them. */
export const siteMarkLayers = ['site-circle', 'site-approximate-circle'] as const satisfies readonly ReturnType<
  typeof storyLayers
>[number]['id'][];

/** Layers a click or tap opens a place or a flow from, top first. */
export const clickableLayers = [
  'site-circle',
  'site-approximate-circle',
  'site-label',
  'stop-circle',
  'stop-inferred-circle',
  'partner-circle',
  'mentioned-circle',
  'stop-label',
  'place-label',
  'flow-label',
  'flow-line',
] as const satisfies readonly ReturnType<typeof storyLayers>[number]['id'][];
