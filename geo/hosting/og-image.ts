// The link preview (Open Graph image, 1200×630) as SVG, from the world view's data: the countries,
// the route (a leg no outlet states dashed, as on the map), the stops and their names, and the
// story's title. A plain equirectangular projection (cosine-scaled at the middle latitude) fitted
// to the story's bounds: at a preview's size it reads as the map does, with no map library.
import type { FeatureCollection, Geometry, Position } from 'geojson';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export type OgColors = { ocean: string; land: string; border: string; route: string; text: string; surface: string };
export type OgInput = {
  title: string;
  subtitle: string;
  bounds: [number, number, number, number];
  countries: FeatureCollection<Geometry | null>;
  route: FeatureCollection<Geometry | null>;
  stops: Array<{ name: string; at: Position; inferred: boolean }>;
  colors: OgColors;
};

/** Room around the journey, and the band the title takes at the top. */
const MARGIN = 70;
const TITLE_BAND = 180;

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function lines(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** Words to lines of at most `max` characters (Noto Sans averages about half an em a character). */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Longitude and latitude to pixels, fitting the bounds below the title band; a view across ±180° is unwrapped. */
function projection([west, south, east0, north]: OgInput['bounds']) {
  const east = east0 < west ? east0 + 360 : east0;
  const unwrap = (lon: number) => (east0 < west && lon < west - 90 ? lon + 360 : lon);
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const w = OG_WIDTH - 2 * MARGIN;
  const h = OG_HEIGHT - TITLE_BAND - MARGIN;
  const scale = Math.min(w / Math.max((east - west) * cos, 1e-6), h / Math.max(north - south, 1e-6));
  const x0 = MARGIN + (w - (east - west) * cos * scale) / 2;
  const y0 = TITLE_BAND + (h - (north - south) * scale) / 2;
  return ([lon = 0, lat = 0]: Position): [number, number] => [
    Math.round((x0 + (unwrap(lon) - west) * cos * scale) * 10) / 10,
    Math.round((y0 + (north - lat) * scale) * 10) / 10,
  ];
}

export function ogImageSvg(input: OgInput): string {
  const project = projection(input.bounds);
  const path = (g: Geometry | null, close: boolean) =>
    lines(g)
      .map((l) => `M${l.map((p) => project(p).join(' ')).join('L')}${close ? 'Z' : ''}`)
      .join('');
  const c = input.colors;
  const countries = input.countries.features.map((f) => path(f.geometry, true)).join('');
  const legs = input.route.features.map((f) => {
    const dashed = (f.properties as { basis?: string } | null)?.basis === 'inferred' ? ' stroke-dasharray="12 10"' : '';
    return `<path d="${path(f.geometry, false)}" fill="none" stroke="${c.route}" stroke-width="6" stroke-linecap="round"${dashed}/>`;
  });
  const stops = input.stops.map(({ name, at, inferred }) => {
    const [x, y] = project(at);
    const fill = inferred ? 'none' : c.surface;
    return (
      `<circle cx="${x}" cy="${y}" r="11" fill="${fill}" stroke="${c.route}" stroke-width="${inferred ? 3 : 5}"/>` +
      `<text x="${x}" y="${y + 42}" text-anchor="middle" font-size="28" fill="${c.text}" stroke="${c.surface}" stroke-width="6" paint-order="stroke">${escape(name)}</text>`
    );
  });
  const subtitle = wrap(input.subtitle, 80).slice(0, 2);
  // A long title is set smaller rather than cut: bold Noto Sans is about 0.58 em a character.
  const titleSize = Math.min(50, Math.floor((OG_WIDTH - 96) / (0.58 * Math.max(input.title.length, 1))));
  const title = `<text x="48" y="74" font-size="${titleSize}" font-weight="700" fill="${c.text}">${escape(input.title)}</text>`;
  const sub = subtitle.map(
    (l, i) => `<text x="48" y="${116 + i * 32}" font-size="26" fill="${c.text}">${escape(l)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="Noto Sans">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${c.ocean}"/>`,
    `<path d="${countries}" fill="${c.land}" stroke="${c.border}" stroke-width="1"/>`,
    ...legs,
    ...stops,
    `<rect width="${OG_WIDTH}" height="${TITLE_BAND - 10}" fill="${c.surface}" fill-opacity="0.92"/>`,
    title,
    ...sub,
    '</svg>',
  ].join('\n');
}
