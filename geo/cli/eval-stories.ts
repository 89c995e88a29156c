// The development stories: each built as a user would build it, with a settings file holding
// only the traveller's name from its key, then scored against that key.
import { basename, dirname, join } from 'node:path';
import { cleanText } from '../article/clean.ts';
import { droppedProse } from '../article/prose.ts';
import { buildStory } from '../build.ts';
import { STORY_FILES } from '../contract/names.ts';
import { correctionsText, type Correction } from '../contract/corrections.ts';
import { FlowCollection, PlaceCollection, RouteCollection, SiteCollection, StoryMeta } from '../contract/schema.ts';
import {
  listArticleFiles,
  listFolders,
  MAX_ARTICLE_BYTES,
  readJsonFile,
  readUtf8,
  withScratchFiles,
} from '../io/io.ts';
import { countKinds, deskCorrections, matchesKey, type DeskKind } from '../scoring/desk-corrections.ts';
import { StoryKey } from '../scoring/story-key.ts';
import { scoreStory, type StoryOutputs, type StoryRow } from '../scoring/story-row.ts';
import { readArticles } from '../story/inputs/articles.ts';

const KEY = 'expected.json';
const FENCE = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Every story folder of `dir` (one with an answer key), less those `skip` names; null when `dir` is missing. */
export async function storyFolders(dir: string, skip: ReadonlySet<string>): Promise<string[] | null> {
  const folders = await listFolders(dir);
  if (!folders) return null;
  const keyed = await Promise.all(
    folders.map(async (f) => ((await readUtf8(join(f, KEY)).catch(() => null)) ? f : null)),
  );
  return keyed.filter((f): f is string => f !== null && !skip.has(basename(f)));
}

/** The corrections a story needed at the editor's desk to reach its key, rebuilt with them and checked. */
export interface DeskRow {
  story: string;
  counts: Record<DeskKind, number>;
  total: number;
  corrections: Correction[];
  /** What the desk's corrections cannot reach, and what the rebuild with them still misses: empty when exact. */
  left: string[];
}

/** The outputs of a build in `outDir`, as the scorers and the corrections read them. */
async function readOutputs(outDir: string) {
  const read = (name: string) => readJsonFile(join(outDir, name));
  const outputs: StoryOutputs = {
    places: PlaceCollection.parse(await read(STORY_FILES.places)),
    route: RouteCollection.parse(await read(STORY_FILES.route)),
    sites: SiteCollection.parse(await read(STORY_FILES.sites)),
    flows: FlowCollection.parse(await read(STORY_FILES.flows)),
  };
  return { outputs, meta: StoryMeta.parse(await read(STORY_FILES.story)) };
}

/**
 * The corrections the story needs (geo/scoring/desk-corrections.ts), written to a corrections
 * file and built again through the pipeline's own reading and applying of that file, then the
 * rebuilt outputs checked against the key.
 */
async function deskRow(
  folder: string,
  key: StoryKey,
  raw: Awaited<ReturnType<typeof readOutputs>>,
  build: (correctionsFile: string, outDir: string) => Promise<{ unapplied: string[] }>,
): Promise<DeskRow> {
  const story = {
    places: raw.outputs.places.features,
    route: raw.outputs.route.features,
    sites: raw.outputs.sites.features,
    flows: raw.outputs.flows.features,
    meta: raw.meta,
  };
  // A fixed day: the file, and so the command's output, is the same on every run.
  const plan = deskCorrections(key, story, '2000-01-01');
  const text = correctionsText({ corrections: plan.corrections });
  const left = await withScratchFiles({ 'corrections.json': Buffer.from(text) }, async ([file]) => {
    const outDir = join(dirname(file!), 'out');
    const { unapplied } = await build(file!, outDir);
    return [...unapplied, ...matchesKey(key, (await readOutputs(outDir)).outputs)];
  });
  const counts = countKinds(plan.corrections);
  return {
    story: basename(folder),
    counts,
    total: plan.corrections.length,
    corrections: plan.corrections,
    left: [...plan.unreachable, ...left],
  };
}

/** The story's row; with `desk`, also the corrections it needed to reach its key (null when it did not build). */
export async function storyRow(
  folder: string,
  gazetteerDir: string,
  desk = false,
): Promise<{ row: StoryRow; desk: DeskRow | null }> {
  const key = StoryKey.parse(await readJsonFile(join(folder, KEY)));
  const articleFiles = await listArticleFiles(folder);
  const files = await Promise.all(
    articleFiles.map(async (file) => ({ file, text: await readUtf8(file, MAX_ARTICLE_BYTES) })),
  );
  const settings = `${JSON.stringify({ traveller: { name: key.traveller } }, null, 2)}\n`;
  const built = await withScratchFiles({ 'story.json': Buffer.from(settings) }, async ([settingsFile]) => {
    const scratch = dirname(settingsFile!);
    const outDir = join(scratch, 'out');
    const options = { articlesDir: folder, settingsFile: settingsFile!, outDir, gazetteerDir };
    try {
      const result = await buildStory(options);
      const raw = await readOutputs(outDir);
      const corrected = desk
        ? await deskRow(folder, key, raw, (correctionsFile, out) =>
            buildStory({ ...options, correctionsFile, outDir: out }),
          )
        : null;
      return { outputs: raw.outputs, warnings: result.warnings.length, desk: corrected };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { refused: message.replaceAll(settingsFile!, 'story.json (the eval’s: the traveller only)'), desk: null };
    }
  });
  const row = scoreStory(basename(folder), key, built, sentencesDropped(files));
  return { row, desk: built.desk };
}

/** Prose sentences the cleaner drops, over the story's articles (the body after any front matter). */
function sentencesDropped(files: Array<{ file: string; text: string }>): number {
  let bodies: string[];
  try {
    bodies = readArticles(files).articles.map((a) => a.body);
  } catch {
    // Articles the build refuses are still measured: their text after the front matter.
    bodies = files.map((f) => f.text.replace(/^\uFEFF/, '').replace(FENCE, ''));
  }
  return bodies.reduce((n, body) => n + droppedProse(body, cleanText(body)).length, 0);
}
