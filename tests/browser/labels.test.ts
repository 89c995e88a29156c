// Labels that cannot lie: at three viewports, in the world and the city view, every label the
// map draws is nearer its own mark than any other (measured on the rendered features, with the
// text's own width), and at the city view every site is named.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { contextOptions, launch, mapIdle, readStory, type StoryFiles } from './chromium.ts';
import { labelAnchors, labelCovers, labelMaxWidth, labelOffset, offsetSize } from '../../src/map/labels.ts';
import { textSize, zoomBand } from '../../src/map/tokens.ts';
import type { PlaceRole } from '../../geo/contract/schema.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let story: StoryFiles;
mkdirSync('tests/artifacts', { recursive: true });

beforeAll(async () => {
  story = await readStory(baseUrl);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const roles: PlaceRole[] = ['stop', 'site', 'partner', 'mentioned'];
/** Per role: its label's size and each anchor's offset in px, as the layers draw them. */
const geometry = Object.fromEntries(
  roles.map((role) => {
    const size = role === 'site' ? textSize.label : role === 'stop' ? textSize.stopLabel : textSize.smallLabel;
    const offsets = Object.fromEntries(
      labelAnchors.map((a) => [a, labelOffset(a, offsetSize(role)).map((v) => v * size)]),
    );
    return [role, { size, offsets }];
  }),
) as Record<PlaceRole, { size: number; offsets: Record<string, number[]> }>;

type Problem = { label: string; own: number; rival: string; other: number };

/** Every rendered place label whose text (at its anchor point or its middle) is nearer another mark than its own. */
type Args = {
  geometry: typeof geometry;
  covers: number;
  maxWidth: number;
  sitesFrom: number;
  places: Array<{ id: string; role: PlaceRole; at: [number, number] }>;
};
function labelProblems(args: Args) {
  const map = window.__datelineMap!;
  // Marks from the story, not from queryRenderedFeatures: on the globe it misses circles at world zoom.
  // A mark more than 80° of arc from the centre is behind the globe, or at its very rim.
  const centre = map.getCenter();
  const rad = Math.PI / 180;
  const occluded = ([lng, lat]: [number, number]) =>
    Math.sin(lat * rad) * Math.sin(centre.lat * rad) +
      Math.cos(lat * rad) * Math.cos(centre.lat * rad) * Math.cos((lng - centre.lng) * rad) <
    Math.cos(80 * rad);
  const canvas = map.getCanvas();
  // A place only mentioned that a larger mark crowds out of the view is not drawn: no one's rival.
  const crowded = new Set(
    map
      .querySourceFeatures('places')
      .filter((f) => f.properties.crowded === true)
      .map((f) => String(f.properties.id)),
  );
  const at = new Map(
    args.places
      .filter((m) => m.role !== 'site' || map.getZoom() >= args.sitesFrom)
      .filter((m) => !occluded(m.at) && !crowded.has(m.id))
      .map((m) => [m.id, map.project(m.at)] as const)
      .filter(([, q]) => q.x >= 0 && q.y >= 0 && q.x <= canvas.clientWidth && q.y <= canvas.clientHeight),
  );
  const context = document.createElement('canvas').getContext('2d')!;
  const problems: Problem[] = [];
  // A whole-map query finds nothing once the globe's rim is inside the map: query 16 px cells that lie
  // on the globe (as renderedIds does; this function runs in the page, so it cannot call that one).
  const labelLayers = ['site-label', 'stop-label', 'place-label'];
  const found = new Map<string, ReturnType<typeof map.queryRenderedFeatures>[number]>();
  const cell = 16;
  for (let x = 0; x < canvas.clientWidth; x += cell) {
    for (let y = 0; y < canvas.clientHeight; y += cell) {
      const box: [[number, number], [number, number]] = [
        [x, y],
        [Math.min(x + cell, canvas.clientWidth), Math.min(y + cell, canvas.clientHeight)],
      ];
      const corners: [number, number][] = [box[0], box[1], [box[0][0], box[1][1]], [box[1][0], box[0][1]]];
      const onGlobe = corners.every((c) => {
        const back = map.project(map.unproject(c));
        return Math.hypot(back.x - c[0], back.y - c[1]) < 1;
      });
      if (!onGlobe) continue;
      for (const f of map.queryRenderedFeatures(box, { layers: labelLayers }))
        found.set(`${f.layer.id}:${String(f.properties.id)}`, f);
    }
  }
  const labels = [...found.values()];
  for (const label of labels) {
    const p = label.properties;
    const text = String(p.label);
    const own = String(p.marks).split(' ');
    const { size, offsets } = args.geometry[p.role as PlaceRole];
    const anchor = String(p.anchor);
    const [ox, oy] = offsets[anchor]!;
    context.font = `${size}px "Noto Sans Map", sans-serif`;
    const widths = text.split('\n').map((line) => context.measureText(line).width);
    const width = Math.min(Math.max(...widths), args.maxWidth * size);
    const lines = widths.reduce((n, w) => n + Math.ceil(w / (args.maxWidth * size)), 0);
    const sx = anchor.includes('left') ? 1 : anchor.includes('right') ? -1 : 0;
    const sy = anchor.startsWith('top') ? 1 : anchor.startsWith('bottom') ? -1 : 0;
    const point = map.project(
      label.geometry.type === 'Point' ? (label.geometry.coordinates as [number, number]) : [0, 0],
    );
    const probes = [
      [point.x + ox!, point.y + oy!],
      [point.x + ox! + (sx * width) / 2, point.y + oy! + (sy * lines * 1.2 * size) / 2],
    ];
    // MapLibre hit-tests a label on its placed box: the middle worked out above must be inside it.
    const [cx, cy] = probes[1]!;
    const hits = map.queryRenderedFeatures(
      [
        [cx! - 2, cy! - 2],
        [cx! + 2, cy! + 2],
      ],
      { layers: [label.layer.id] },
    );
    if (!hits.some((f) => f.properties.id === p.id))
      problems.push({ label: text, own: 0, rival: 'not drawn where planned', other: 0 });
    for (const [x, y] of probes) {
      const distance = (id: string) => Math.hypot(at.get(id)!.x - x!, at.get(id)!.y - y!);
      const ownDistance = Math.min(...own.filter((id) => at.has(id)).map(distance));
      for (const [id, q] of at) {
        if (own.includes(id) || Math.hypot(q.x - point.x, q.y - point.y) <= args.covers) continue;
        if (distance(id) < ownDistance - 0.5)
          problems.push({ label: text, own: ownDistance, rival: id, other: distance(id) });
      }
    }
  }
  return {
    problems,
    named: labels.flatMap((l) => String(l.properties.marks).split(' ')),
    onScreen: [...at.keys()],
    crowdedRoles: args.places.filter((m) => crowded.has(m.id)).map((m) => m.role),
    // Basemap names drawn across a mark drawn now (a box of the smallest mark's size around it).
    basemapOnMarks: [...at].flatMap(([id, q]) =>
      map
        .queryRenderedFeatures(
          [
            [q.x - 4, q.y - 4],
            [q.x + 4, q.y + 4],
          ],
          { layers: ['country-labels'] },
        )
        .map((f) => `${String(f.properties.name)} on ${id}`),
    ),
    zoom: map.getZoom(),
  };
}

const viewports = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

describe.each(viewports)('labels at $width×$height', (viewport) => {
  it('sits every label nearer its own mark than any other, in the world and the city view; names every stop at the world view and every site in the city', async () => {
    const page = await (await browser.newContext({ ...contextOptions, viewport })).newPage();
    await page.goto(baseUrl);
    await mapIdle(page);
    const check = () =>
      page.evaluate(labelProblems, {
        geometry,
        covers: labelCovers,
        maxWidth: labelMaxWidth,
        sitesFrom: zoomBand.sites.minzoom,
        places: story.places.features.map((f) => ({
          id: f.properties.id,
          role: f.properties.role,
          at: f.geometry.coordinates,
        })),
      });
    const world = await check();
    await page.screenshot({ path: `tests/artifacts/b-labels-world-${viewport.width}x${viewport.height}.png` });
    expect(world.problems).toEqual([]);
    expect(world.crowdedRoles.filter((role) => role !== 'mentioned')).toEqual([]);
    expect(world.basemapOnMarks).toEqual([]);
    // The route's stops are named at the world view: far apart on the globe, nothing crowds them.
    const stops = story.places.features.filter((f) => f.properties.role === 'stop').map((f) => f.properties.id);
    expect(stops.filter((id) => world.onScreen.includes(id) && !world.named.includes(id))).toEqual([]);

    await page.getByTestId('host-view').click();
    await mapIdle(page);
    const city = await check();
    await page.screenshot({ path: `tests/artifacts/b-labels-city-${viewport.width}x${viewport.height}.png` });
    expect(city.problems).toEqual([]);
    const sites = story.places.features.filter((f) => f.properties.role === 'site').map((f) => f.properties.id);
    expect(sites.filter((id) => !city.named.includes(id))).toEqual([]);
    await page.close();
  });
});
