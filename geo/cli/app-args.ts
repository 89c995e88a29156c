// The flags of `npm run dev`, `npm start` and `npm run build`, read as the story they build and
// the Vite runs that follow: pure, so the test reads what a command line asks for.
import { dirname, join } from 'node:path';
import type { BuildOptions } from '../build.ts';
import { parseFlags } from './args.ts';

export const APP_MODES = {
  dev: [[]],
  build: [['build']],
  start: [['build'], ['preview', '--open=false']],
} as const satisfies Record<string, ReadonlyArray<readonly string[]>>;
export type AppMode = keyof typeof APP_MODES;

const FLAGS = {
  articles: 'folder of .md/.txt articles (default data/articles)',
  settings: 'story settings JSON (default: story.json in the articles folder)',
  corrections: 'the editor’s corrections JSON (default: corrections.json beside the settings)',
  gazetteer: 'gazetteer folder (default data/gazetteer)',
  'story-gazetteer': 'folder of the story’s own curated places',
};

/**
 * The mode (the first argument) and the story's flags: a folder of articles brings its own
 * settings (`DIR/story.json`) unless --settings names a file; the story is always written where
 * the app reads it, so --out is not one of them.
 */
export function appCommand(
  argv: string[],
  defaults: BuildOptions,
): { mode: AppMode; build: BuildOptions; dataArgs: string[]; vite: string[][] } {
  const [mode, ...rest] = argv;
  if (!mode || !(mode in APP_MODES))
    throw new Error(
      `the first argument is the mode: ${Object.keys(APP_MODES).join(', ')}; got ${JSON.stringify(mode)}`,
    );
  const { flags } = parseFlags(rest, FLAGS);
  const articlesDir = flags.articles ?? defaults.articlesDir;
  const storyGazetteerDir = flags['story-gazetteer'];
  const settingsFile =
    flags.settings ?? (flags.articles ? `${articlesDir.replace(/[\\/]+$/, '')}/story.json` : defaults.settingsFile);
  const build: BuildOptions = {
    articlesDir,
    settingsFile,
    // The editor's corrections sit beside the story's settings, as `npm run data` reads them.
    correctionsFile: flags.corrections ?? join(dirname(settingsFile), 'corrections.json'),
    gazetteerDir: flags.gazetteer ?? defaults.gazetteerDir,
    outDir: defaults.outDir,
    ...(storyGazetteerDir ? { storyGazetteerDir } : {}),
  };
  const dataArgs = [
    '--articles',
    build.articlesDir,
    '--settings',
    build.settingsFile,
    '--corrections',
    build.correctionsFile!,
    '--gazetteer',
    build.gazetteerDir,
  ];
  if (storyGazetteerDir) dataArgs.push('--story-gazetteer', storyGazetteerDir);
  return { mode: mode as AppMode, build, dataArgs, vite: APP_MODES[mode as AppMode].map((args) => [...args]) };
}
