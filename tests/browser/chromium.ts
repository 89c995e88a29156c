// Real Chromium from Debian with software WebGL, and helpers that wait on the map.
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Download,
  type Frame,
  type Page,
} from 'playwright-core';
import type { FlowCollection, PlaceCollection, StoryMeta } from '../../geo/contract/schema.ts';

const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};

/** Set by the browser projects' global setup (serve.ts) and inherited by their workers: one Chromium per worker. */
const SHARED = 'DATELINE_TEST_CHROMIUMS';

/**
 * Chromium's servers for a test run, one per worker (`launch` in a worker connects to its own, so two
 * files at a time never share a GPU process), their addresses left in the environment for the workers.
 */
export async function launchShared(count: number): Promise<() => Promise<void>> {
  const servers = await Promise.all(Array.from({ length: count }, () => chromium.launchServer(launchOptions)));
  process.env[SHARED] = servers.map((s) => s.wsEndpoint()).join(' ');
  return async () => {
    delete process.env[SHARED];
    await Promise.all(servers.map((s) => s.close()));
  };
}

/**
 * A Chromium: in a test worker, a connection to the worker's own (launched once per run; closing it
 * closes the contexts this file opened and leaves the browser to the next file), else one launched.
 */
export function launch(): Promise<Browser> {
  const shared = process.env[SHARED]?.split(' ');
  if (shared?.length) {
    const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
    return chromium.connect(shared[worker % shared.length]!);
  }
  return chromium.launch(launchOptions);
}

/** Reduced motion makes the app jump instead of fly, so tests never wait for an animation. */
export const contextOptions: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  reducedMotion: 'reduce',
};

export type OpenOptions = BrowserContextOptions & {
  /** The hash a shared link carries ("#place=…"). */
  hash?: string;
  /** A browser already launched, for a file that opens several pages; one is launched when absent. */
  browser?: Browser;
  /** Runs on the page before it loads: to record its requests, route them or answer its dialogs. */
  beforeLoad?: (page: Page) => unknown;
};

/**
 * The app opened at `baseUrl` (a desktop unless `options` says otherwise, in a context of its own),
 * its map idle, with the story it was built from and every console warning and error and
 * uncaught page error the page logs.
 */
export async function openApp(
  baseUrl: string,
  options: OpenOptions = {},
): Promise<{ browser: Browser; page: Page; story: StoryFiles; warnings: string[] }> {
  const { hash = '', browser = await launch(), beforeLoad, ...context } = options;
  const story = await readStory(baseUrl);
  const page = await (await browser.newContext({ ...contextOptions, ...context })).newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  page.on('pageerror', (error) => warnings.push(error.message));
  await beforeLoad?.(page);
  await page.goto(baseUrl + hash);
  await mapIdle(page);
  return { browser, page, story, warnings };
}

/**
 * Resolves once the map is idle: every source loaded, every tile drawn (in a page or an iframe). At
 * once when two frames after the call its last frame left nothing to do (it fired `idle` and asked
 * for no other frame), else at its next `idle`. A redrawn frame of a settled map (software WebGL:
 * a fifth of a second to seconds on the busy test machine) is not waited for.
 */
export async function mapIdle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => window.__datelineMap !== undefined, null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = window.__datelineMap!;
        // Whether the map's last frame found nothing left to do (it fires `idle` then, and requests no other).
        let settled = true;
        const rendered = () => (settled = false);
        const idled = () => (settled = true);
        map.on('render', rendered);
        map.on('idle', idled);
        // Two frames: a move or a repaint asked for before this call has drawn its frame by then.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            map.off('render', rendered);
            map.off('idle', idled);
            if (settled && map.loaded() && !map.isMoving()) return done();
            map.once('idle', () => done());
            // A no-op when a frame is already on its way.
            map.triggerRepaint();
          }),
        );
      }),
  );
}

/**
 * Jumps the map's camera (no animation). Nothing comes back from the page: an evaluate that returned
 * `jumpTo`'s result handed back the whole map, which Playwright serialised object by object (8 to
 * 11 s a call on the busy test machine).
 */
export async function jumpTo(page: Page | Frame, camera: { center: [number, number]; zoom: number }): Promise<void> {
  await page.evaluate((camera) => {
    window.__datelineMap!.jumpTo(camera);
  }, camera);
}

export type StoryFiles = { meta: StoryMeta; places: PlaceCollection; flows: FlowCollection };

export async function readStory(baseUrl: string): Promise<StoryFiles> {
  const get = async (name: string) => (await fetch(new URL(`data/story/${name}`, baseUrl))).json();
  return { meta: await get('story.json'), places: await get('places.geojson'), flows: await get('flows.geojson') };
}

/** Clicks the map where a coordinate is drawn. */
export async function clickLngLat(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate((at) => {
    const map = window.__datelineMap!;
    const p = map.project(at);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
  await page.mouse.click(point.x, point.y);
}

/**
 * Ids (or another property) of the features a layer draws now. MapLibre's globe misses features in a query box whose corners
 * fall off the globe (a whole-map query at a world view finds nothing), so the map is queried in cells,
 * leaving out those that reach past the globe's edge, as a click's small box never does.
 */
export function renderedIds(page: Page, layer: string, property = 'id'): Promise<string[]> {
  return page.evaluate(
    ([id, property]) => {
      const map = window.__datelineMap!;
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      const cell = 16;
      const ids = new Set<string>();
      for (let x = 0; x < width; x += cell) {
        for (let y = 0; y < height; y += cell) {
          const box: [[number, number], [number, number]] = [
            [x, y],
            [Math.min(x + cell, width), Math.min(y + cell, height)],
          ];
          const corners: [number, number][] = [box[0], box[1], [box[0][0], box[1][1]], [box[1][0], box[0][1]]];
          // A point off the globe unprojects onto its rim, and projects back somewhere else.
          const onGlobe = corners.every((c) => {
            const back = map.project(map.unproject(c));
            return Math.hypot(back.x - c[0], back.y - c[1]) < 1;
          });
          if (!onGlobe) continue;
          for (const f of map.queryRenderedFeatures(box, { layers: [id] })) ids.add(String(f.properties[property]));
        }
      }
      return [...ids];
    },
    [layer, property] as const,
  );
}

/**
 * A download's bytes. Read through its stream: the files connect to a Chromium their worker
 * launched (launchShared), and a download of a connected browser has no local path.
 */
export async function downloadedBytes(file: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
