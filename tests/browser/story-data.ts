// Another story in the built app: a folder of articles through the pipeline into a scratch folder,
// and a page whose requests for the story's files are answered from there (the app and basemap
// stay those the browser tests built), so one build of the app serves any story.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildStory, DEFAULTS } from '../../geo/build.ts';
import { STORY_FILES } from '../../geo/contract/names.ts';
import type { FlowCollection, PlaceCollection, RouteCollection, StoryMeta } from '../../geo/contract/schema.ts';

export type BuiltStory = {
  dir: string;
  meta: StoryMeta;
  places: PlaceCollection;
  route: RouteCollection;
  flows: FlowCollection;
};

/** Builds the articles of `articlesDir` with settings holding only the traveller (as a new user writes them). */
export async function buildStoryFrom(
  articlesDir: string,
  traveller: string,
  storyGazetteerDir?: string,
): Promise<BuiltStory> {
  const scratch = mkdtempSync(join(tmpdir(), 'dateline-story-'));
  const settingsFile = join(scratch, 'story.json');
  writeFileSync(settingsFile, `${JSON.stringify({ traveller: { name: traveller } })}\n`);
  const dir = join(scratch, 'story');
  await buildStory({
    articlesDir,
    settingsFile,
    gazetteerDir: DEFAULTS.gazetteerDir,
    outDir: dir,
    ...(storyGazetteerDir ? { storyGazetteerDir } : {}),
  });
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    dir,
    meta: read(STORY_FILES.story) as StoryMeta,
    places: read(STORY_FILES.places) as PlaceCollection,
    route: read(STORY_FILES.route) as RouteCollection,
    flows: read(STORY_FILES.flows) as FlowCollection,
  };
}

/** Answers the page's requests for the story's files from `dir`: pass as openApp's beforeLoad. */
export async function serveStory(page: Page, dir: string): Promise<void> {
  await page.route('**/data/story/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (!(Object.values(STORY_FILES) as string[]).includes(name)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'application/json', body: readFileSync(join(dir, name)) });
  });
}

/** The legs that cross ±180°: split there (a MultiLineString), or with a step of more than 180° of longitude. */
export function crossingLegs(route: RouteCollection): RouteCollection['features'] {
  return route.features.filter((leg) => {
    const lines = leg.geometry.type === 'LineString' ? [leg.geometry.coordinates] : leg.geometry.coordinates;
    const lons = lines.flat().map((p) => p[0]!);
    return lines.length > 1 || lons.some((lon, i) => i > 0 && Math.abs(lon - lons[i - 1]!) > 180);
  });
}
