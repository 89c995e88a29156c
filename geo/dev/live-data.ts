// The Vite plugin behind `npm run dev`'s live rebuild: when a file under data/ is saved it
// re-runs the pipeline and tells the page over the HMR socket, which re-fetches the JSON.
// A pipeline error goes to the page too (file, line, message); the last good outputs stay.
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildOptions } from '../build.ts';
import { LIVE_EVENTS, type DataError } from '../contract/names.ts';
import { watchedPaths } from './story-env.ts';

/** geo/build.ts, loaded through Vite so that an edit to the pipeline itself is picked up too. */
type Pipeline = typeof import('../build.ts');
type PipelineError = { file?: string; line?: number | null; message?: string };

export interface LiveDataOptions {
  /** The folder to watch (default data/); its basemap/ subfolder is left to `npm run basemap`. */
  dataDir?: string;
  /** What to build (default: the paths `npm run data` uses); its inputs are watched instead of data/. */
  build?: BuildOptions;
}

/** Whether a changed file is one of the watched paths or inside one of them. */
const within = (file: string, paths: string[]) => paths.some((p) => file === p || file.startsWith(p + sep));

export function liveStoryData(options: LiveDataOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? 'data');
  const basemapDir = resolve(dataDir, 'basemap') + sep;
  const watched = options.build ? watchedPaths(options.build).map((p) => resolve(p)) : [dataDir];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();

  async function rebuild(server: ViteDevServer, changed: string) {
    try {
      const pipeline = (await server.ssrLoadModule('/geo/build.ts')) as Pipeline;
      if (changed.includes(`${sep}gazetteer${sep}`)) pipeline.forgetGazetteers();
      const result = await pipeline.buildStory(options.build ?? pipeline.DEFAULTS, {
        report: (change) => server.config.logger.warn(`data: ${change}`),
      });
      for (const warning of result.warnings) server.config.logger.warn(`data: ${warning}`);
      server.ws.send({ type: 'custom', event: LIVE_EVENTS.updated, data: { file: relative(process.cwd(), changed) } });
      server.config.logger.info(`data: rebuilt after ${relative(process.cwd(), changed)}`, { timestamp: true });
    } catch (error) {
      const e = error as PipelineError;
      const file = relative(process.cwd(), e.file ? resolve(e.file) : changed);
      const line = typeof e.line === 'number' ? e.line : null;
      // InputError's message starts with "file:line: "; the overlay shows those on their own.
      const prefix = `${e.file ?? ''}${line === null ? '' : `:${line}`}: `;
      const detail: DataError = { file, line, message: (e.message ?? String(error)).replace(prefix, '') };
      server.ws.send({ type: 'custom', event: LIVE_EVENTS.failed, data: detail });
      server.config.logger.error(`data: ${detail.file}${line === null ? '' : `:${line}`} ${detail.message}`, {
        timestamp: true,
      });
    }
  }

  return {
    name: 'dateline-live-data',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(watched);
      server.watcher.on('all', (_event, path) => {
        const file = resolve(path);
        if (!within(file, watched) || file.startsWith(basemapDir)) return;
        // Editors save in bursts (write, rename, chmod): rebuild once per burst, one at a time.
        clearTimeout(timer);
        timer = setTimeout(() => {
          queue = queue.then(() => rebuild(server, file));
        }, 150);
      });
    },
  };
}
