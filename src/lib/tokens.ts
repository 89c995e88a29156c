// Colours and sizes shared by the CSS (as custom properties) and the map layers, so the
// legend, the list and the map can never disagree. Text colours meet WCAG AA on white.
export const color = {
  ocean: '#c9dce6',
  land: '#f3f0e8',
  border: '#a59f91',
  water: '#92bdd6',
  waterText: '#245a7a',
  park: '#cfe5c1',
  aeroway: '#ddd7e6',
  aerowayLine: '#7b6f93',
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

export const size = {
  routeWidth: 3,
  /** Flow widths follow the square root of the value; the floor keeps a small flow visible. */
  flowMinWidth: 2.5,
  flowMaxWidth: 16,
  stopRadius: 7,
  siteRadius: 7,
  partnerRadius: 5,
  mentionedRadius: 4.5,
  labelSize: 13,
  smallLabelSize: 11.5,
  sheetBreakpoint: 640,
} as const;

/** The font stack name used in the style's `font-faces` and every symbol layer. */
export const mapFont = 'Noto Sans Map';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--color-route: #b3261e; …` for the app's root element. */
export function cssVariables(): string {
  const colors = Object.entries(color).map(([k, v]) => `--color-${kebab(k)}: ${v}`);
  const sizes = Object.entries(size).map(([k, v]) => `--size-${kebab(k)}: ${v}px`);
  return [...colors, ...sizes].join('; ');
}
