/// <reference types="vitest/config" />
// The app's build, the live data rebuild for `npm run dev`, and the test projects.
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { relative, resolve, sep } from 'node:path';

// Must match src/lib/liveData.ts (the config cannot import app modules that read import.meta.hot).
const DATA_UPDATED = 'dateline:data-updated';
const DATA_FAILED = 'dateline:data-failed';

type BuildOptions = { articlesDir: string; gazetteerDir: string; settingsFile: string; outDir: string };
/** geo/build.ts, loaded through Vite so an edit to the pipeline itself is picked up too. */
type Pipeline = {
  buildStory: (options: BuildOptions) => Promise<{ files: string[]; warnings: string[] }>;
  /** The paths `npm run data` uses; the plugin rebuilds with the same ones. */
  DEFAULTS: BuildOptions;
  forgetGazetteers?: () => void;
};
type PipelineError = { file?: string; line?: number | null; message?: string };

/** Re-runs the pipeline when a file under data/ is saved and tells the page over the HMR socket. */
function liveStoryData(): Plugin {
  const dataDir = resolve('data') + sep;
  const basemapDir = resolve('data/basemap') + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();

  async function rebuild(server: ViteDevServer, changed: string) {
    try {
      const pipeline = (await server.ssrLoadModule('/geo/build.ts')) as Pipeline;
      if (changed.startsWith('data/gazetteer')) pipeline.forgetGazetteers?.();
      const result = await pipeline.buildStory(pipeline.DEFAULTS);
      for (const warning of result.warnings) server.config.logger.warn(`data: ${warning}`);
      server.ws.send({ type: 'custom', event: DATA_UPDATED, data: { file: changed } });
      server.config.logger.info(`data: rebuilt after ${changed}`, { timestamp: true });
    } catch (error) {
      const e = error as PipelineError;
      const file = e.file ? relative(process.cwd(), resolve(e.file)) : changed;
      const line = typeof e.line === 'number' ? e.line : null;
      // InputError's message starts with "file:line: "; the overlay shows those on their own.
      const prefix = `${e.file ?? ''}${line === null ? '' : `:${line}`}: `;
      const message = (e.message ?? String(error)).replace(prefix, '');
      const detail = { file, line, message };
      server.ws.send({ type: 'custom', event: DATA_FAILED, data: detail });
      server.config.logger.error(`data: ${detail.file}${detail.line === null ? '' : `:${detail.line}`} ${detail.message}`, { timestamp: true });
    }
  }

  return {
    name: 'dateline-live-data',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, path) => {
        const file = resolve(path);
        if (!file.startsWith(dataDir) || file.startsWith(basemapDir)) return;
        // Editors save in bursts (write, rename, chmod): rebuild once per burst, one at a time.
        clearTimeout(timer);
        timer = setTimeout(() => {
          queue = queue.then(() => rebuild(server, relative(process.cwd(), file)));
        }, 150);
      });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), liveStoryData()],
  server: { watch: { ignored: ['**/public/data/**', '**/tests/artifacts/**'] } },
  build: {
    chunkSizeWarningLimit: 1100,
    // MapLibre in a chunk of its own: cached across app releases, and the bench can weigh the app alone.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
