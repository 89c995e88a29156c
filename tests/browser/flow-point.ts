// Where a reader would click a flow: a point of its line, well away from both ends, where the
// flow itself is the topmost thing drawn and no other dot or label is near (its own label may be).
import type { Page } from 'playwright-core';
import type { FlowCollection } from '../../geo/contract/schema.ts';

type Flow = FlowCollection['features'][number];

/** Page coordinates of such a point, or null where the flow shows none. */
export function pointOnFlow(page: Page, flow: Flow): Promise<{ x: number; y: number } | null> {
  const lines = flow.geometry.type === 'LineString' ? [flow.geometry.coordinates] : flow.geometry.coordinates;
  return page.evaluate(
    ({ lines, id }) => {
      const map = window.__datelineMap!;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const marks = ['circle', 'symbol'];
      const story = new Set(['places', 'route', 'flows', 'flow-labels', 'route-labels']);
      const storyLayers = map.getStyle().layers.filter((l) => 'source' in l && story.has(l.source as string));
      // Not the unseen boxes that keep basemap names off the marks: the marks themselves are here.
      const near = storyLayers.filter((l) => marks.includes(l.type) && l.id !== 'mark-keepout').map((l) => l.id);
      const drawn = storyLayers.map((l) => l.id);
      // The selection's rings are drawn for every place and flow, unseen but for the one chosen (its feature state).
      const seen = (f: { layer: { id: string }; state: Record<string, unknown> }) =>
        !f.layer.id.endsWith('-selected') || f.state.selected === true;
      const clear = (x: number, y: number) => {
        if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) return false;
        const [top] = map.queryRenderedFeatures([x, y], { layers: drawn }).filter(seen);
        // A click's slack (6 px in placeIdAt) and one more: a dot or label that close rightly wins.
        const reach = 7;
        const marksNear = map.queryRenderedFeatures(
          [
            [x - reach, y - reach],
            [x + reach, y + reach],
          ],
          { layers: near },
        );
        const others = marksNear.filter((f) => seen(f) && f.properties.id !== id);
        return top?.layer.id === 'flow-line' && top.properties.id === id && others.length === 0;
      };
      const vertices = lines.flat();
      const from = Math.floor(vertices.length * 0.25);
      const to = Math.ceil(vertices.length * 0.75);
      const centre = Math.floor((from + to) / 2);
      // From the middle outwards; across the line too, where a thinner flow is drawn along its centre.
      const order = Array.from({ length: to - from }, (_, i) => centre + (i % 2 ? 1 : -1) * Math.ceil(i / 2));
      for (const index of order) {
        const at = vertices[index];
        const next = vertices[index + 1] ?? vertices[index - 1];
        if (!at || !next) continue;
        const p = map.project(at as [number, number]);
        const q = map.project(next as [number, number]);
        const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const normal = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
        for (const offset of [0, 2, -2, 3, -3, 4, -4, 5, -5]) {
          const x = p.x + normal.x * offset;
          const y = p.y + normal.y * offset;
          if (clear(x, y)) return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    },
    { lines: lines as number[][][], id: flow.properties.id },
  );
}
