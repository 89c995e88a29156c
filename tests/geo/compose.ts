// A story composed in memory from a folder of articles and a settings file, read back from the
// file text it would write: what the story tests compare with their golden outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeStory } from '../../geo/story/compose.ts';
import { storyFiles } from '../../geo/story/files.ts';
import type {
  FlowCollection,
  PlaceCollection,
  RouteCollection,
  SiteCollection,
  StoryMeta,
} from '../../geo/contract/schema.ts';
import { gazetteer } from './gazetteer.ts';

export async function compose(articlesDir: string, settingsFile: string, places = gazetteer) {
  const articles = readdirSync(articlesDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ file: join(articlesDir, f), text: readFileSync(join(articlesDir, f), 'utf8') }));
  const { story } = composeStory({
    articles,
    settings: { file: settingsFile, text: readFileSync(settingsFile, 'utf8') },
    gazetteer: await places(),
  });
  const files = storyFiles(story);
  const read = <T>(name: string) => JSON.parse(files[name]!) as T;
  return {
    files,
    route: read<RouteCollection>('route.geojson'),
    sites: read<SiteCollection>('sites.geojson'),
    flows: read<FlowCollection>('flows.geojson'),
    places: read<PlaceCollection>('places.geojson'),
    meta: read<StoryMeta>('story.json'),
  };
}
