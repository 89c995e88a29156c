// The whole story from its inputs, in memory, as a list of steps: articles + gazetteer +
// settings → the outputs as objects. geo/story/files.ts validates them and turns them into
// file text; geo/build.ts reads the inputs and writes the files.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { StoryMeta } from '../contract/schema.ts';
import { geoparseStory, readArticles } from './inputs/articles.ts';
import { assignRoles, buildFeatures, type StoryFeatures } from './output/features.ts';
import { findJourney } from './journey/journey.ts';
import { storyMeta } from './output/meta.ts';
import { parseSettings, settingsToPlaces } from './inputs/settings.ts';
import { findTrade } from './trade/trade.ts';
import { mentionCapWarnings } from './trade/article-caps.ts';

export interface StoryInputs {
  articles: Array<{ file: string; text: string }>;
  settings: { file: string; text: string };
  gazetteer: Gazetteer;
}

/** Every output of a story, as objects. */
export interface Story extends StoryFeatures {
  meta: StoryMeta;
}

export interface ComposedStory {
  story: Story;
  warnings: string[];
}

export function composeStory({ articles: files, settings: settingsFile, gazetteer }: StoryInputs): ComposedStory {
  const settings = parseSettings(settingsFile.file, settingsFile.text);
  const read = readArticles(files);
  const articles = geoparseStory(read.articles, gazetteer);
  const { home, reporter } = settingsToPlaces(settings, settingsFile, gazetteer);
  const journey = findJourney(articles, settings, settingsFile, home, gazetteer);
  const trade = findTrade(articles, reporter, gazetteer);
  const roles = assignRoles(journey, trade);
  const features = buildFeatures(articles, journey, trade, roles);
  const meta = storyMeta(articles, settings, journey, trade, features.flows);
  const warnings = [...read.warnings, ...mentionCapWarnings(articles), ...trade.warnings, ...journey.warnings];
  return { story: { ...features, meta }, warnings };
}
