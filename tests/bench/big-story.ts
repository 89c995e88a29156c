// The big story for BENCHMARKS.md: the synthetic tour (tests/bench/synthetic-story.ts: 12 stops,
// 40 sites, 15 flows) built by the pipeline's CLI, put in place of the default story in a copy
// of the built site; its time to first idle against the bare page on the same data, and the
// label planner's time per camera move (the bare page's ?moves=N).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { Page } from 'playwright-core';
import { bundleClis, cliBundle } from '../cli-bundles.ts';
import { distDir } from '../browser/app-server.ts';
import { contextOptions, launch } from '../browser/chromium.ts';
import { syntheticStory } from './synthetic-story.ts';
import { firstIdleProbe } from './app.ts';
import type { PlaceCollection, FlowCollection, RouteCollection } from '../../geo/contract/schema.ts';

const RUNS = 7;
const MOVES = 30;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function waitFor<T>(page: Page, key: string): Promise<T> {
  await page.waitForFunction((k) => (window as unknown as Record<string, unknown>)[k] !== undefined, key, {
    timeout: 120_000,
  });
  return page.evaluate((k) => (window as unknown as Record<string, unknown>)[k] as T, key);
}

/** Needs the site and the bare page built into distDir (benchApp does both first). */
export async function benchBigStory(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'dateline-big-story-'));
  const site = resolve('node_modules/.dateline-bench-big');
  try {
    const { articles, settings } = syntheticStory();
    mkdirSync(join(work, 'articles'));
    for (const a of articles) writeFileSync(join(work, 'articles', a.file), a.text);
    writeFileSync(join(work, 'story.json'), JSON.stringify(settings));
    await bundleClis();
    const out = join(work, 'out');
    execFileSync(
      process.execPath,
      [cliBundle('build'), '--articles', join(work, 'articles'), '--settings', join(work, 'story.json'), '--out', out],
      { stdio: 'ignore' },
    );
    const read = <T>(name: string) => JSON.parse(readFileSync(join(out, name), 'utf8')) as T;
    const places = read<PlaceCollection>('places.geojson');
    const counts = {
      stops: read<RouteCollection>('route.geojson').features.length,
      sites: places.features.filter((f) => f.properties.role === 'site').length,
      flows: read<FlowCollection>('flows.geojson').features.length,
    };
    rmSync(site, { recursive: true, force: true });
    cpSync(distDir, site, { recursive: true });
    rmSync(join(site, 'data', 'story'), { recursive: true });
    cpSync(out, join(site, 'data', 'story'), { recursive: true });
    const server = await preview({
      logLevel: 'warn',
      build: { outDir: site },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const url = server.resolvedUrls?.local[0] ?? '';
    const browser = await launch();
    try {
      const context = await browser.newContext(contextOptions);
      await context.addInitScript(firstIdleProbe);
      const page = await context.newPage();
      const app: number[] = [];
      const bare: number[] = [];
      let size = [0, 0];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url);
        app.push(await waitFor<number>(page, '__firstIdle'));
        size = await page.evaluate(() => {
          const c = window.__datelineMap!.getContainer();
          return [c.clientWidth, c.clientHeight];
        });
        await page.goto(`${url}bare/?w=${size[0]}&h=${size[1]}`);
        bare.push(await waitFor<number>(page, '__firstIdle'));
      }
      await page.goto(`${url}bare/?w=${size[0]}&h=${size[1]}&moves=${MOVES}`);
      const planner = await waitFor<number[]>(page, '__relabelTimes');
      const ratio = median(app) / median(bare);
      const plan = median(planner);
      return [
        '## A big story',
        '',
        `The synthetic tour of \`tests/bench/synthetic-story.ts\` (invented text, the same every run), built by the pipeline: ${counts.stops} legs, ${counts.sites} sites, ${counts.flows} flows; served in place of the default story. Medians of ${RUNS} alternated loads; the label planner (\`relabel\` in src/map/map.ts, run on every camera move's end) timed over ${MOVES} moves in the bare page.`,
        '',
        '| measure | value | target |',
        '|---|---|---|',
        `| time to first idle, app (median; fastest) | ${median(app).toFixed(0)} ms; ${Math.min(...app).toFixed(0)} ms | — |`,
        `| time to first idle, bare page, same data (median; fastest) | ${median(bare).toFixed(0)} ms; ${Math.min(...bare).toFixed(0)} ms | — |`,
        `| app / bare, medians | ${ratio.toFixed(2)}× | ≤ 1.2× ${ratio <= 1.2 ? '✓' : '✗'} |`,
        `| label planner per camera move (median; slowest of ${planner.length}) | ${plan.toFixed(1)} ms; ${Math.max(...planner).toFixed(1)} ms | ≤ 16 ms ${plan <= 16 ? '✓' : '✗'} |`,
        '',
      ].join('\n');
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
