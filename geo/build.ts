// Build a story: read the inputs through geo/io/io.ts, compose in memory, write atomically.
// A bad input throws InputError before anything is written.
import { createHash } from 'node:crypto';
import { buildGazetteer, GAZETTEER_FORMAT } from './gazetteer/build.ts';
import { openGazetteer } from './gazetteer/compact.ts';
import type { Gazetteer } from './gazetteer/types.ts';
import {
  checkOutputFolder,
  gazetteerPackageVersions,
  listArticleFiles,
  readSourcesFile,
  MAX_ARTICLE_BYTES,
  readCuratedGazetteer,
  readGazetteerCache,
  readPackageAirports,
  readPackageGazetteer,
  readUtf8,
  readUtf8IfPresent,
  writeFolderAtomically,
  writeGazetteerCache,
  type WriteOptions,
} from './io/io.ts';
import type { OutputSpec } from './io/output-folder.ts';
import { STORY_FILES } from './contract/names.ts';
import { composeStory } from './story/compose.ts';
import { storyFiles } from './story/files.ts';
import { sitesToPlaceText } from './story/sites/to-place.ts';
import { MAX_SETTINGS_BYTES } from './story/inputs/settings.ts';
import { MAX_CORRECTIONS_BYTES } from './contract/corrections.ts';
import { unappliedText } from './story/corrections/report.ts';

export interface BuildOptions {
  articlesDir: string;
  gazetteerDir: string;
  /** A folder of the story's own curated files (any of those of gazetteerDir), added to its places. */
  storyGazetteerDir?: string;
  settingsFile: string;
  /** The editor's corrections, applied after reading; a missing file is none. */
  correctionsFile?: string;
  outDir: string;
}

export interface BuildResult {
  files: string[];
  warnings: string[];
  /** One line per story setting left to its default, with the value used. */
  defaults: string[];
  /** The sites no gazetteer places, as lines to print last: each with a landmarks.json entry to complete. */
  toPlace: string[];
  /** The editor's corrections that changed nothing (their mark is gone), as lines to print last. */
  unapplied: string[];
  counts: Record<string, number>;
}

export const DEFAULTS: BuildOptions = {
  articlesDir: 'data/articles',
  gazetteerDir: 'data/gazetteer',
  settingsFile: 'data/story.json',
  correctionsFile: 'data/corrections.json',
  outDir: 'public/data/story',
};

const loaded = new Map<string, Promise<Gazetteer>>();

/**
 * The gazetteer of a folder, with a story's own folder layered over it: from the on-disk
 * cache when its inputs (every curated file, package versions, format) are unchanged, else
 * built from the packages and cached. Kept per process, since the dev server rebuilds often.
 */
export function loadGazetteer(gazetteerDir: string, storyGazetteerDir?: string): Promise<Gazetteer> {
  const folders = JSON.stringify([gazetteerDir, storyGazetteerDir ?? null]);
  let gazetteer = loaded.get(folders);
  if (!gazetteer) {
    gazetteer = (async () => {
      const curated = await readCuratedGazetteer(gazetteerDir, storyGazetteerDir);
      const hash = createHash('sha256')
        .update(JSON.stringify([GAZETTEER_FORMAT, gazetteerPackageVersions(), curated]))
        .digest('hex')
        .slice(0, 16);
      const cached = await readGazetteerCache(hash);
      if (cached?.format === GAZETTEER_FORMAT) return openGazetteer(cached);
      const data = buildGazetteer({ ...readPackageGazetteer(), ...(await readPackageAirports()), ...curated });
      await writeGazetteerCache(hash, data);
      return openGazetteer(data);
    })();
    gazetteer.catch(() => loaded.delete(folders));
    loaded.set(folders, gazetteer);
  }
  return gazetteer;
}

/** Forget cached gazetteers, after data/gazetteer changed. */
export function forgetGazetteers(): void {
  loaded.clear();
}

/** The story's output folder: its files, and the inputs it must never replace. */
export const storyOutput = (options: BuildOptions): OutputSpec => ({
  output: 'story',
  command: 'npm run data',
  files: Object.values(STORY_FILES),
  inputs: [
    { path: options.articlesDir, what: 'articles folder' },
    { path: options.gazetteerDir, what: 'gazetteer folder' },
    ...(options.storyGazetteerDir === undefined
      ? []
      : [{ path: options.storyGazetteerDir, what: 'story gazetteer folder' }]),
    { path: options.settingsFile, what: 'settings file' },
    ...(options.correctionsFile === undefined ? [] : [{ path: options.correctionsFile, what: 'corrections file' }]),
  ],
});

/** Refuses an output folder the build may not replace before any work, then reads, composes and writes. */
export async function buildStory(options: BuildOptions, writeOptions: WriteOptions = {}): Promise<BuildResult> {
  const output = storyOutput(options);
  await checkOutputFolder(options.outDir, output, writeOptions);
  const [gazetteer, settingsText, articleFiles, correctionsText, sources] = await Promise.all([
    loadGazetteer(options.gazetteerDir, options.storyGazetteerDir),
    readUtf8(
      options.settingsFile,
      MAX_SETTINGS_BYTES,
      'Keep only the settings (title, subtitle, traveller, trade, colors), each a line or a few words',
    ),
    listArticleFiles(options.articlesDir),
    options.correctionsFile === undefined
      ? null
      : readUtf8IfPresent(
          options.correctionsFile,
          MAX_CORRECTIONS_BYTES,
          'Keep one short entry per correction; an article that needs this many is better fixed at its source',
        ),
    readSourcesFile(options.articlesDir),
  ]);
  const articles = await Promise.all(
    articleFiles.map(async (file) => ({ file, text: await readUtf8(file, MAX_ARTICLE_BYTES) })),
  );
  const { story, warnings, defaults, toPlace, unapplied } = composeStory({
    articles,
    settings: { file: options.settingsFile, text: settingsText },
    gazetteer,
    sources,
    corrections:
      correctionsText === null || options.correctionsFile === undefined
        ? null
        : { file: options.correctionsFile, text: correctionsText },
  });
  const files = storyFiles(story);
  await writeFolderAtomically(options.outDir, files, output, writeOptions);
  return {
    files: Object.keys(files).sort(),
    warnings,
    defaults,
    toPlace: sitesToPlaceText(toPlace),
    unapplied: options.correctionsFile === undefined ? [] : unappliedText(options.correctionsFile, unapplied),
    counts: {
      places: story.places.length,
      legs: story.route.length,
      sites: story.sites.length,
      flows: story.flows.length,
    },
  };
}
