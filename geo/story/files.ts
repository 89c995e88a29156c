// The edge where a story becomes file text: each output validated against its schema once,
// then written as one line of JSON. Validation also puts each object's keys in schema order.
import { STORY_FILES } from '../contract/names.ts';
import { FlowCollection, PlaceCollection, RouteCollection, SiteCollection, StoryMeta } from '../contract/schema.ts';
import type { Story } from './compose.ts';

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
const collection = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, features });

/** The text of each output file, by file name. */
export function storyFiles(story: Story): Record<string, string> {
  return {
    [STORY_FILES.places]: json(PlaceCollection.parse(collection(story.places))),
    [STORY_FILES.route]: json(RouteCollection.parse(collection(story.route))),
    [STORY_FILES.sites]: json(SiteCollection.parse(collection(story.sites))),
    [STORY_FILES.flows]: json(FlowCollection.parse(collection(story.flows))),
    [STORY_FILES.story]: json(StoryMeta.parse(story.meta)),
  };
}
