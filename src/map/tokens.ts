// The design tokens: colours, zoom bands and sizes, shared by the CSS (colours, as custom
// properties), the map layers and the legend, so the legend, the list and the map can never
// disagree. Text colours meet WCAG AA on white.
import type { StoryColors } from '../../geo/contract/schema';

export const color = {
  ocean: '#c9dce6',
  land: '#f3f0e8',
  border: '#a59f91',
  water: '#92bdd6',
  waterText: '#245a7a',
  park: '#cfe5c1',
  aeroway: '#ddd7e6',
  aerowayLine: '#7b6f93',
  /** City roads: light enough that the sites and the route read over them, no casing. */
  road: '#d9cfbd',
  roadText: '#5f5a4f',
  route: '#b3261e',
  site: '#6a1b9a',
  mentioned: '#4d5862',
  partner: '#1d5e75',
  flow: '#2a7f9e',
  flowText: '#134a5c',
  text: '#1d232a',
  textMuted: '#4d5862',
  halo: '#ffffff',
  surface: '#ffffff',
  surfaceAlt: '#f5f6f7',
  rule: '#d5d9dd',
  focus: '#0b57d0',
  highlight: '#ffe08a',
  selected: '#f2a900',
} as const;

export type ColorName = keyof typeof color;
/** The colours one story is drawn in: the tokens, with the story's settings over them. */
export type Palette = Record<ColorName, string>;

export function storyPalette(colors: StoryColors): Palette {
  // A colour the settings accept but the tokens lack would be validated, then ignored: this fails the build.
  const overrides: { [K in keyof StoryColors]: K extends ColorName ? StoryColors[K] : never } = colors;
  return { ...color, ...overrides };
}

/** Where the city view starts: the globe is flat by then, sites appear and flows give way. */
const cityZoom = 7;

/** Zoom bands, as a layer's `minzoom`/`maxzoom`: what appears when. */
export const zoomBand = {
  /** The globe turns into flat Mercator over this band, so the city view is not bent. */
  globeToFlat: { minzoom: cityZoom - 1, maxzoom: cityZoom },
  countryLabels: { maxzoom: 6 },
  /** The small islands the basemap adds from 1:50m are named from here, so the world view keeps 1:110m's names. */
  smallCountryLabels: { minzoom: 4 },
  /** World rivers give way to the city's own, drawn in more detail. */
  worldRivers: { minzoom: 2.5, maxzoom: 9 },
  cityWater: { minzoom: cityZoom },
  cityDetail: { minzoom: 8 },
  townLabels: { minzoom: 8, maxzoom: 11 },
  airportLabels: { minzoom: 9 },
  waterLabels: { minzoom: 10 },
  roads: { minzoom: 9 },
  /** Street names only once a street is long enough on screen to carry one. */
  roadLabels: { minzoom: 14 },
  /** Trade flows are a world-scale story: in the city view they would only cover the sites. */
  flows: { maxzoom: cityZoom },
  sites: { minzoom: cityZoom },
  siteLabels: { minzoom: 9 },
} as const;

/** A width that grows with zoom: [zoom, width] stops, interpolated linearly between. */
export type ZoomRamp = readonly (readonly [zoom: number, value: number])[];

/** Line and outline widths, px. */
export const stroke = {
  border: 0.7,
  worldRiver: [
    [3, 0.6],
    [8, 1.6],
  ],
  /** Rivers, canals and streams of the city as lines; the wide ones are water polygons too. */
  cityRiver: [
    [8, 1],
    [13, 2.5],
    [16, 4],
  ],
  aeroway: 1.2,
  /** City roads by class (geo/contract ROAD_CLASSES), [zoom, width]: the hierarchy is in the width. */
  road: {
    motorway: [
      [10, 1.2],
      [16, 6],
    ],
    primary: [
      [10, 0.9],
      [16, 5],
    ],
    secondary: [
      [10, 0.6],
      [16, 3.5],
    ],
    tertiary: [
      [10, 0.4],
      [16, 2.5],
    ],
    minor: [
      [10, 0.2],
      [16, 1.4],
    ],
  },
  route: 3,
  /** Flow widths follow the square root of the value; the floor keeps a small flow visible. */
  flowMin: 2.5,
  flowMax: 16,
  stop: 3,
  /** The ring of a stop no sentence states: thinner, around nothing. */
  inferredStop: 2,
  site: 2,
  /** The ring of a site no gazetteer places: around nothing, in the site's colour. */
  approximateSite: 2.5,
  partner: 1.5,
  mentioned: 1.5,
  selected: 4,
  labelHalo: 1.6,
  arrowHalo: 1,
} as const;

/** Dash patterns, in line widths: a leg no outlet states is dashed. */
export const dash = {
  inferred: [1.5, 1.5],
} as const;

/** Circle radii, px. */
export const radius = {
  stop: 7,
  site: 7,
  partner: 5,
  mentioned: 4.5,
  /** The ring around the open place, outside the largest symbol. */
  selected: 13,
} as const;

/** Label sizes, px. */
export const textSize = {
  label: 13,
  stopLabel: 14,
  smallLabel: 11.5,
  countryLabel: 11,
  townLabel: 11,
  airportLabel: 11.5,
  waterLabel: 12,
  roadLabel: 10.5,
  /** The `›` glyph laid along the route as its arrowheads. */
  routeArrow: 34,
} as const;

/** From this width up the excerpts sit beside the map; below it, a phone, they are a bottom sheet. */
export const sheetBreakpoint = 640;
/** The media query for a phone, for matchMedia: CSS cannot read a token in `@media`. */
export const phoneQuery = `(max-width: ${sheetBreakpoint - 1}px)`;

/** The font stack name used in the style's `font-faces` and every symbol layer. */
export const mapFont = 'Noto Sans Map';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A colour token as CSS reads it: `var(--color-route)`, which follows the story's palette. */
export const cssColor = (name: ColorName): string => `var(--color-${kebab(name)})`;

/** `--color-route: #b3261e; …` for the app's root element. */
export function cssVariables(palette: Palette): string {
  return Object.entries(palette)
    .map(([k, v]) => `--color-${kebab(k)}: ${v}`)
    .join('; ');
}
