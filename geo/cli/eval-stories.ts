// The development stories: each built as a user would build it, with a settings file holding
// only the traveller's name from its key, then scored against that key.
import { basename, dirname, join } from 'node:path';
import { cleanText } from '../article/clean.ts';
import { droppedProse } from '../article/prose.ts';
import { buildStory } from '../build.ts';
import { STORY_FILES } from '../contract/names.ts';
import { FlowCollection, PlaceCollection, RouteCollection, SiteCollection } from '../contract/schema.ts';
import {
  listArticleFiles,
  listFolders,
  MAX_ARTICLE_BYTES,
  readJsonFile,
  readUtf8,
  withScratchFiles,
} from '../io/io.ts';
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

export async function storyRow(folder: string, gazetteerDir: string): Promise<StoryRow> {
  const key = StoryKey.parse(await readJsonFile(join(folder, KEY)));
  const articleFiles = await listArticleFiles(folder);
  const files = await Promise.all(
    articleFiles.map(async (file) => ({ file, text: await readUtf8(file, MAX_ARTICLE_BYTES) })),
  );
  const settings = `${JSON.stringify({ traveller: { name: key.traveller } }, null, 2)}\n`;
  const built = await withScratchFiles({ 'story.json': Buffer.from(settings) }, async ([settingsFile]) => {
    const scratch = dirname(settingsFile!);
    const outDir = join(scratch, 'out');
    try {
      const result = await buildStory({ articlesDir: folder, settingsFile: settingsFile!, outDir, gazetteerDir });
      const read = (name: string) => readJsonFile(join(outDir, name));
      const outputs: StoryOutputs = {
        places: PlaceCollection.parse(await read(STORY_FILES.places)),
        route: RouteCollection.parse(await read(STORY_FILES.route)),
        sites: SiteCollection.parse(await read(STORY_FILES.sites)),
        flows: FlowCollection.parse(await read(STORY_FILES.flows)),
      };
      return { outputs, warnings: result.warnings.length };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { refused: message.replaceAll(settingsFile!, 'story.json (the eval’s: the traveller only)') };
    }
  });
  return scoreStory(basename(folder), key, built, sentencesDropped(files));
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
