// The pipeline's command-line programs bundled once per test run, as `npm run data` bundles them
// (esbuild, packages left external), so the tests that start them as real processes pay Node's
// start-up only, not a TypeScript loader compiling the pipeline again in every process.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** Where the bundles are written; beside the npm scripts' own, under node_modules/.cache. */
export const CLI_BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'dateline', 'test-cli');
const CLIS = ['basemap', 'build', 'eval', 'geoparse'] as const;
export type Cli = (typeof CLIS)[number];
/** Set in the process that bundled them, and inherited by the test workers it starts. */
const READY = 'DATELINE_TEST_CLI_BUNDLES';

/** Bundles every CLI in one esbuild run, unless this run (this process or its parent) already has. */
export async function bundleClis(): Promise<void> {
  if (process.env[READY] === CLI_BUNDLE_DIR && CLIS.every((c) => existsSync(cliBundle(c)))) return;
  await build({
    entryPoints: Object.fromEntries(CLIS.map((c) => [c, join(ROOT, 'geo', 'cli', `${c}.ts`)])),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    outdir: CLI_BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
  });
  process.env[READY] = CLI_BUNDLE_DIR;
}

/** The bundle of a CLI (`bundleClis` first: the unit and browser projects' global setups call it). */
export const cliBundle = (cli: Cli): string => join(CLI_BUNDLE_DIR, `${cli}.mjs`);

/** vitest globalSetup of the unit project. */
export default async function setup(): Promise<void> {
  await bundleClis();
}
