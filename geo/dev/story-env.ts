// Which story `npm run dev`, `npm start` and `npm run build` serve: the folders and files given
// to the command (`-- --articles DIR --settings FILE`), handed to Vite's config in the
// environment so that the live rebuild watches and rebuilds that story, not data/'s.
import type { BuildOptions } from '../build.ts';

/** The environment variables that carry the story's inputs, one per build option the command takes. */
export const STORY_ENV = {
  articlesDir: 'DATELINE_ARTICLES',
  settingsFile: 'DATELINE_SETTINGS',
  correctionsFile: 'DATELINE_CORRECTIONS',
  gazetteerDir: 'DATELINE_GAZETTEER',
  storyGazetteerDir: 'DATELINE_STORY_GAZETTEER',
  outDir: 'DATELINE_STORY_OUT',
} as const;

/** The options as environment variables, for the Vite process the command starts. */
export function storyEnv(options: BuildOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of Object.keys(STORY_ENV) as Array<keyof typeof STORY_ENV>) {
    const value = options[key];
    if (value) env[STORY_ENV[key]] = value;
  }
  return env;
}

/** The options the environment carries; undefined when it carries none (the story in data/). */
export function storyFromEnv(env: Record<string, string | undefined>): BuildOptions | undefined {
  const [articlesDir, settingsFile, gazetteerDir, outDir] = [
    env[STORY_ENV.articlesDir],
    env[STORY_ENV.settingsFile],
    env[STORY_ENV.gazetteerDir],
    env[STORY_ENV.outDir],
  ];
  if (!articlesDir || !settingsFile || !gazetteerDir || !outDir) return undefined;
  const storyGazetteerDir = env[STORY_ENV.storyGazetteerDir];
  const correctionsFile = env[STORY_ENV.correctionsFile];
  return {
    articlesDir,
    settingsFile,
    gazetteerDir,
    outDir,
    ...(storyGazetteerDir ? { storyGazetteerDir } : {}),
    ...(correctionsFile ? { correctionsFile } : {}),
  };
}

/** What a live rebuild of a story watches: its articles, settings, gazetteer and own places. */
export function watchedPaths(options: BuildOptions): string[] {
  const paths = [
    options.articlesDir,
    options.settingsFile,
    options.correctionsFile,
    options.gazetteerDir,
    options.storyGazetteerDir,
  ];
  return [...new Set(paths.filter((p): p is string => Boolean(p)))];
}
