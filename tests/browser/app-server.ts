// Builds the app (vite build) against the pipeline's outputs and serves it with vite
// preview on a free localhost port. Shared by the browser tests and the bench.
import { build, preview } from 'vite';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { bundleClis, cliBundle } from '../cli-bundles.ts';

export const distDir = resolve('node_modules/.dateline-test-dist');

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

/** Runs the pipeline's CLIs (bundled once per run), so the app is tested on what `npm run data` makes of data/ now. */
export async function buildData(): Promise<void> {
  await bundleClis();
  for (const cli of ['basemap', 'build'] as const)
    execFileSync(process.execPath, [cliBundle(cli)], { stdio: 'inherit' });
}

export async function buildAndServe(): Promise<{ url: string; close: () => Promise<void> }> {
  await buildData();
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
