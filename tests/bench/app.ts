// The app's weight and speed for BENCHMARKS.md: bytes shipped (gzip), time to first idle
// against a bare MapLibre page drawing the same GeoJSON, and click-to-panel latency.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildAndServe, distDir } from '../browser/app-server.ts';
import { contextOptions, launch } from '../browser/chromium.ts';
import type { PlaceCollection, StoryMeta } from '../../geo/contract/schema.ts';
import { bareHtml, bareMain } from './bare-page.ts';

// Software WebGL on two cores is noisy (±30% from one load to the next): many loads, alternated.
const RUNS = 15;
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n)) : [join(dir, n)]));

// Records the first `idle` of whichever map the page exposes, from the moment it is created.
export const firstIdleProbe = () => {
  const w = window as unknown as Record<string, unknown>;
  Object.defineProperty(window, '__datelineMap', {
    configurable: true,
    set(map: { once: (e: string, f: () => void) => void }) {
      Object.defineProperty(window, '__datelineMap', { value: map, writable: true, configurable: true });
      map.once('idle', () => (w.__firstIdle = performance.now()));
    },
  });
};

async function firstIdle(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (window as unknown as { __firstIdle?: number }).__firstIdle === 'number',
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window as unknown as { __firstIdle: number }).__firstIdle);
}

export async function buildBarePage(): Promise<void> {
  const root = resolve('node_modules/.dateline-bench-bare');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), bareHtml);
  writeFileSync(join(root, 'main.ts'), bareMain(resolve('src')));
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    base: '/bare/',
    build: { outDir: join(distDir, 'bare'), emptyOutDir: true, target: 'es2022' },
  });
}

/**
 * What one frame of the map costs on this machine with nothing to change: from a repaint asked of
 * the idle map to its `render`. No click can be answered by a drawn frame sooner than this.
 */
async function redrawTimes(page: Page, runs = 9): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const map = window.__datelineMap!;
            map.once('idle', () => {
              const asked = performance.now();
              map.once('render', () => done(performance.now() - asked));
              map.triggerRepaint();
            });
            map.triggerRepaint();
          }),
      ),
    );
  }
  return times;
}

/**
 * Click-to-panel: from the mouse press on a drawn stop to the panel's heading in the DOM; and
 * click-to-frame: to the map's first drawn frame after it (the next animation frame if the map draws none).
 * `page` has the app loaded at `url`, its map idle.
 */
export async function clickLatency(page: Page, url: string, runs = 9): Promise<{ clicks: number[]; frames: number[] }> {
  const meta = (await (await fetch(`${url}data/story/story.json`)).json()) as StoryMeta;
  const places = (await (await fetch(`${url}data/story/places.geojson`)).json()) as PlaceCollection;
  const stop =
    places.features.find((f) => f.properties.role === 'stop' && f.properties.id !== meta.hostCity) ??
    places.features[0]!;
  const clicks: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i < runs; i++) {
    const at = await page.evaluate((lngLat) => {
      const map = (
        window as unknown as {
          __datelineMap: {
            project: (p: [number, number]) => { x: number; y: number };
            getCanvas: () => HTMLCanvasElement;
            once: (event: 'render', listener: () => void) => void;
          };
        }
      ).__datelineMap;
      const p = map.project(lngLat);
      const box = map.getCanvas().getBoundingClientRect();
      const w = window as unknown as { __panelAt: Promise<number>; __frameAt: Promise<number>; __pressedAt: number };
      addEventListener('mousedown', () => (w.__pressedAt = performance.now()), { once: true, capture: true });
      w.__panelAt = new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (document.getElementById('excerpt-heading')) {
            observer.disconnect();
            done(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      w.__frameAt = w.__panelAt.then(
        () =>
          new Promise((done) => {
            let drawn = false;
            map.once('render', () => ((drawn = true), done(performance.now())));
            requestAnimationFrame(() => requestAnimationFrame(() => drawn || done(performance.now())));
          }),
      );
      return { x: box.left + p.x, y: box.top + p.y };
    }, stop.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    const [panel, frame] = await page.evaluate(async () => {
      const w = window as unknown as { __panelAt: Promise<number>; __frameAt: Promise<number>; __pressedAt: number };
      return [(await w.__panelAt) - w.__pressedAt, (await w.__frameAt) - w.__pressedAt];
    });
    clicks.push(panel);
    frames.push(frame);
    await page.keyboard.press('Escape');
  }
  return { clicks, frames };
}

export async function benchApp(): Promise<string> {
  const server = await buildAndServe();
  await buildBarePage();
  const browser = await launch();
  try {
    const assets = filesIn(join(distDir, 'assets'));
    const js = (test: (f: string) => boolean) =>
      assets
        .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
        .filter(test)
        .reduce((s, f) => s + gz(f), 0);
    const appJs = js((f) => !/maplibre/.test(f));
    // What the first view loads: the scripts the page names (entry and preloads), not the chunks
    // imported on first use (steps, ledger, share and export).
    const named = new Set(
      [...readFileSync(join(distDir, 'index.html'), 'utf8').matchAll(/assets\/([^"']+\.js)/g)].map((m) => m[1]),
    );
    const firstViewJs = js((f) => !/maplibre/.test(f) && named.has(f.split(/[\\/]/).pop()!));
    const maplibreJs = js((f) => /maplibre/.test(f));
    const basemap = filesIn(join(distDir, 'data/basemap')).reduce((s, f) => s + gz(f), 0);
    const story = filesIn(join(distDir, 'data/story')).reduce((s, f) => s + gz(f), 0);

    const context = await browser.newContext(contextOptions);
    await context.addInitScript(firstIdleProbe);
    const page = await context.newPage();
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      appTimes.push(await firstIdle(page, server.url));
      // The bare map gets the app map's size, so both draw the same view and tiles.
      const [w, h] = await page.evaluate(() => {
        const c = window.__datelineMap!.getContainer();
        return [c.clientWidth, c.clientHeight];
      });
      bareTimes.push(await firstIdle(page, `${server.url}bare/?w=${w}&h=${h}`));
    }

    await page.goto(server.url);
    await page.waitForFunction(() => typeof (window as unknown as { __firstIdle?: number }).__firstIdle === 'number');
    // Redraws and clicks alternate, so a load that comes and goes weighs on both alike.
    const redraws: number[] = [];
    const clicks: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < 9; i++) {
      redraws.push(...(await redrawTimes(page, 1)));
      const one = await clickLatency(page, server.url, 1);
      clicks.push(...one.clicks);
      frames.push(...one.frames);
    }
    const frameRatio = median(frames) / median(redraws);

    const ratio = median(appTimes) / median(bareTimes);
    const clickMedian = median(clicks);
    const frameMedian = median(frames);
    return [
      '## Map app',
      '',
      `Built with \`vite build\`, served by \`vite preview\`, measured in Chromium with software WebGL (SwiftShader) on this machine; story data: the pipeline's output for data/. Medians of ${RUNS} loads.`,
      '',
      '| measure | value | target |',
      '|---|---|---|',
      `| app JS beyond maplibre-gl, first view (gzip) | ${kb(firstViewJs)} | ≤ 40 KB ${firstViewJs <= 40 * 1024 ? '✓' : '✗'} |`,
      `| app JS beyond maplibre-gl, with every chunk loaded on first use (gzip) | ${kb(appJs)} | ≤ 40 KB ${appJs <= 40 * 1024 ? '✓' : '✗'} |`,
      `| maplibre-gl JS incl. worker (gzip) | ${kb(maplibreJs)} | — |`,
      `| basemap data (gzip) | ${kb(basemap)} | — |`,
      `| story data (gzip) | ${kb(story)} | — |`,
      `| basemap + story data (gzip) | ${kb(basemap + story)} | ≤ 250 KB ${basemap + story <= 250 * 1024 ? '✓' : '✗'} |`,
      `| time to first idle, app (median; fastest) | ${median(appTimes).toFixed(0)} ms; ${Math.min(...appTimes).toFixed(0)} ms | — |`,
      `| time to first idle, bare MapLibre page, same GeoJSON (median; fastest) | ${median(bareTimes).toFixed(0)} ms; ${Math.min(...bareTimes).toFixed(0)} ms | — |`,
      `| app / bare, medians (fastest loads: ${(Math.min(...appTimes) / Math.min(...bareTimes)).toFixed(2)}×) | ${ratio.toFixed(2)}× | ≤ 1.10× ${ratio <= 1.1 ? '✓' : '✗'} |`,
      `| click on a stop → excerpt panel (median of ${clicks.length}) | ${clickMedian.toFixed(1)} ms | ≤ 50 ms ${clickMedian <= 50 ? '✓' : '✗'} |`,
      `| click on a stop → next drawn frame (median of ${frames.length}) | ${frameMedian.toFixed(1)} ms | ≤ 100 ms ${frameMedian <= 100 ? '✓' : '✗'} |`,
      `| one redraw of the idle map, nothing changed: the least any drawn frame costs here (median of ${redraws.length}, alternated with the clicks) | ${median(redraws).toFixed(1)} ms | — |`,
      `| click → next drawn frame, as a ratio to one idle redraw in the same run (medians) | ${frameRatio.toFixed(2)}× | ≤ 1.2× ${frameRatio <= 1.2 ? '✓' : '✗'} |`,
      '',
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/bench/app.ts')) console.log(await benchApp());
