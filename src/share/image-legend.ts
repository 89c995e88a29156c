// What the downloaded PNG's legend lists: the keys of what the reader's toggles leave on
// the map, in the map's own colours and widths (tokens and the flow scale), as plain data a
// 2D canvas can draw. The page's Legend.svelte says the same in SVG.
import type { Story } from '../story/story.ts';
import type { Palette } from '../map/tokens.ts';
import { radius, stroke, zoomBand } from '../map/tokens.ts';
import { flowWidth } from '../map/scales.ts';
import { flowShown, groupShown } from '../map/toggles.ts';

export type LegendKey =
  | { shape: 'line'; color: string; width: number; dashed: boolean; label: string }
  | { shape: 'circle'; fill: string; line: string; r: number; width: number; label: string };

const circle = (fill: string, line: string, r: number, width: number, label: string): LegendKey => ({
  shape: 'circle',
  fill,
  line,
  r,
  width,
  label,
});

type View = {
  hidden: readonly string[];
  zoom: number;
  flowMax: number;
  palette: Palette;
  /** Whether a point is in the image; every point is when absent. */
  inView?: (at: [number, number]) => boolean;
};

/**
 * Exactly what the image draws: sites only at city zoom and flows only below it, as the layers'
 * zoom bands say, and a kind of mark only when one of them is in view.
 */
export function legendKeys(story: Story, { hidden, zoom, flowMax, palette, inView = () => true }: View): LegendKey[] {
  const keys: LegendKey[] = [];
  const someInView = (role: string) =>
    story.places.features.some((f) => f.properties.role === role && inView(f.geometry.coordinates));
  if (groupShown(hidden, 'route')) {
    keys.push({ shape: 'line', color: palette.route, width: stroke.route, dashed: false, label: 'Route' });
    keys.push(circle(palette.surface, palette.route, radius.stop, stroke.stop, 'Stop'));
    if (story.route.features.some((leg) => leg.properties.basis === 'inferred' && inView(leg.properties.labelAt)))
      keys.push({ shape: 'line', color: palette.route, width: stroke.route, dashed: true, label: 'Inferred leg' });
  }
  if (groupShown(hidden, 'sites') && zoom >= zoomBand.sites.minzoom && someInView('site'))
    keys.push(circle(palette.site, palette.surface, radius.site, stroke.site, 'Site'));
  if (groupShown(hidden, 'mentioned') && someInView('mentioned'))
    keys.push(circle(palette.surface, palette.mentioned, radius.mentioned, stroke.mentioned, 'Place mentioned'));
  const flowsDrawn = zoom < zoomBand.flows.maxzoom;
  const flows = story.flows.features.filter((flow) => flowsDrawn && flowShown(hidden, flow.properties.id));
  if (flows.length)
    keys.push(circle(palette.partner, palette.surface, radius.partner, stroke.partner, 'Trade partner'));
  for (const { properties: flow } of flows) {
    const width = flowWidth(flow.valueUsd ?? flow.value, flowMax);
    keys.push({
      shape: 'line',
      color: palette.flow,
      width,
      dashed: false,
      label: `${flow.partnerName}: ${flow.label}`,
    });
  }
  return keys;
}

/** "Sources: A · B · C": each outlet once, in article order. */
export const sourcesLine = (story: Story): string =>
  `Sources: ${[...new Set(story.meta.articles.map((a) => a.outlet))].join(' · ')}`;
