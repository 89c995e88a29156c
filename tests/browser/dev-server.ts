// A Vite dev server as `npm run dev` runs it, over a scratch copy of a story: its articles and
// settings copied into data/, the basemap into public/, the story built, then the live rebuild
// (and, when asked, the corrections endpoint) serving it. Shared by the browser tests of the
// live rebuild and of the editor's desk.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type ViteDevServer } from 'vite';
import { buildStory, type BuildOptions } from '../../geo/build.ts';
import { correctionsEndpoint } from '../../geo/dev/corrections-endpoint.ts';
import { liveStoryData } from '../../geo/dev/live-data.ts';

export interface ScratchDev {
  /** The scratch folder: data/ (articles, story.json, corrections.json) and public/. */
  work: string;
  dataDir: string;
  publicDir: string;
  /** The build the live rebuild runs. */
  build: BuildOptions & { correctionsFile: string };
  server: ViteDevServer;
  url: string;
}

/**
 * Starts a dev server over a scratch copy of `articles` (a folder) and `settings` (a file), both
 * relative to the repository; `corrections` adds the endpoint that writes data/corrections.json.
 */
export async function scratchDevServer(options: {
  name: string;
  articles: string;
  settings: string;
  corrections?: boolean;
}): Promise<ScratchDev> {
  const work = mkdtempSync(join(tmpdir(), `dateline-${options.name}-`));
  const dataDir = join(work, 'data');
  const publicDir = join(work, 'public');
  const correctionsFile = join(dataDir, 'corrections.json');
  const build = {
    articlesDir: join(dataDir, 'articles'),
    gazetteerDir: resolve('data/gazetteer'),
    settingsFile: join(dataDir, 'story.json'),
    correctionsFile,
    outDir: join(publicDir, 'data', 'story'),
  };
  cpSync(resolve(options.articles), build.articlesDir, { recursive: true });
  cpSync(resolve(options.settings), build.settingsFile);
  cpSync(resolve('public/data/basemap'), join(publicDir, 'data', 'basemap'), { recursive: true });
  await buildStory(build);
  const server = await createServer({
    configFile: false,
    root: resolve('.'),
    publicDir,
    logLevel: 'error',
    plugins: [
      svelte(),
      liveStoryData({ dataDir, build }),
      ...(options.corrections
        ? [correctionsEndpoint({ file: correctionsFile, gazetteerDir: build.gazetteerDir })]
        : []),
    ],
    server: { host: '127.0.0.1', port: 0, watch: { ignored: ['**/node_modules/**', '**/public/**'] } },
  });
  await server.listen();
  return { work, dataDir, publicDir, build, server, url: server.resolvedUrls!.local[0]! };
}
