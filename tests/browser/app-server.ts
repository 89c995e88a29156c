// Builds the app (vite build) against the pipeline's outputs and serves it with vite
// preview on a free localhost port. Shared by the browser tests and the bench.
import { build, preview } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const distDir = resolve('node_modules/.dateline-test-dist');
const storyDir = resolve('public/data/story');
const basemapDir = resolve('public/data/basemap');
const fixtureDir = resolve('tests/app/fixtures/story');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Runs the pipeline's CLIs when their outputs are missing; without the pipeline, ships the fixture story. */
export function ensureData(): 'pipeline' | 'fixture' {
  if (!existsSync(resolve(basemapDir, 'countries.geojson'))) execFileSync('npx', ['tsx', 'geo/cli/basemap.ts'], { stdio: 'inherit' });
  if (!existsSync(resolve(storyDir, 'story.json')) && existsSync('geo/cli/build.ts')) execFileSync('npx', ['tsx', 'geo/cli/build.ts'], { stdio: 'inherit' });
  return existsSync(resolve(storyDir, 'story.json')) ? 'pipeline' : 'fixture';
}

export async function buildAndServe(): Promise<{ url: string; data: 'pipeline' | 'fixture'; close: () => Promise<void> }> {
  const data = ensureData();
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  if (data === 'fixture') {
    mkdirSync(resolve(distDir, 'data/story'), { recursive: true });
    cpSync(fixtureDir, resolve(distDir, 'data/story'), { recursive: true });
  }
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', build: { outDir: distDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return { url: `http://127.0.0.1:${port}/`, data, close: () => server.close() };
}
