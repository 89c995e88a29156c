// A Vite dev server as `npm run dev` runs it, over a scratch copy of a story: its articles and
// settings copied into data/, the basemap into public/, the story built, then the live rebuild
// (and, when asked, the corrections endpoint) serving it. Shared by the browser tests of the
// live rebuild and of the editor's desk.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { buildStory, type BuildOptions } from '../../geo/build.ts';
import type { Correction } from '../../geo/contract/corrections.ts';
import type { StoryMeta } from '../../geo/contract/schema.ts';
import { distDir } from './app-server.ts';
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
  /** A second folder of articles copied beside the first (a fixture that adds to another). */
  moreArticles?: string;
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
  if (options.moreArticles) cpSync(resolve(options.moreArticles), build.articlesDir, { recursive: true });
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

/** The corrections file of a review dev server, as written. */
export const correctionsOf = (dev: ScratchDev): Correction[] =>
  (JSON.parse(readFileSync(dev.build.correctionsFile, 'utf8')) as { corrections: Correction[] }).corrections;

/** One of the story's files as the dev server serves it now. */
export const storyFile = async <T>(dev: ScratchDev, name: string): Promise<T> =>
  (await (await fetch(new URL(`data/story/${name}`, dev.url))).json()) as T;

/** Empties the corrections file and waits for the live rebuild to serve the story without them. */
export async function clearCorrections(dev: ScratchDev): Promise<void> {
  writeFileSync(dev.build.correctionsFile, '{ "corrections": [] }\n');
  for (let tries = 0; (await storyFile<StoryMeta>(dev, 'story.json')).corrections !== undefined; tries++) {
    if (tries > 120) throw new Error('the live rebuild did not drop the corrections');
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * The built site of the story as the dev server left it (stopped first, so that no live rebuild
 * writes beside this one): the run's one production build with the corrected data in place of its own.
 */
export async function previewCorrected(dev: ScratchDev): Promise<PreviewServer> {
  await dev.server.close();
  const dist = join(dev.work, 'dist');
  await buildStory(dev.build);
  cpSync(distDir, dist, { recursive: true });
  rmSync(join(dist, 'data'), { recursive: true });
  cpSync(join(dev.publicDir, 'data'), join(dist, 'data'), { recursive: true });
  return preview({
    root: resolve('.'),
    logLevel: 'error',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
}
