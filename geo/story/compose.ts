// The whole story from its inputs, in memory, as a list of steps: articles + gazetteer +
// settings → the outputs as objects. geo/story/files.ts validates them and turns them into
// file text; geo/build.ts reads the inputs and writes the files.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { StoryMeta } from '../contract/schema.ts';
import { geoparseStory, readArticles } from './inputs/articles.ts';
import { assignRoles, buildFeatures, type StoryFeatures } from './output/features.ts';
import { findJourney } from './journey/journey.ts';
import { sitesToPlace, type SiteToPlace } from './sites/to-place.ts';
import { storyMeta } from './output/meta.ts';
import { parseSettings, settingsToPlaces } from './inputs/settings.ts';
import { findTrade } from './trade/trade.ts';
import { mentionCapWarnings } from './trade/article-caps.ts';
import { defaultReporter, fillDefaults, travellerOf } from './defaults/settings-defaults.ts';
import { applyCorrections } from './corrections/apply.ts';
import type { Unapplied } from './corrections/marks.ts';
import { parseCorrections } from './corrections/parse.ts';

export interface StoryInputs {
  articles: Array<{ file: string; text: string }>;
  settings: { file: string; text: string };
  gazetteer: Gazetteer;
  /** A sources table beside the articles (SOURCES.md): each file's outlet, date and URL where it has no front matter. */
  sources?: { file: string; text: string } | null;
  /** The editor's corrections (data/corrections.json), applied last; absent when the file is. */
  corrections?: { file: string; text: string } | null;
}

/** Every output of a story, as objects. */
export interface Story extends StoryFeatures {
  meta: StoryMeta;
}

export interface ComposedStory {
  story: Story;
  warnings: string[];
  /** One line per setting the file leaves out, with the default used. */
  defaults: string[];
  /** Sites no gazetteer places, each with a landmarks.json entry to complete. */
  toPlace: SiteToPlace[];
  /** The editor's corrections that found no mark to change, each with why. */
  unapplied: Unapplied[];
}

export function composeStory({
  articles: files,
  settings: settingsFile,
  gazetteer,
  corrections: correctionsFile,
  sources = null,
}: StoryInputs): ComposedStory {
  const file = parseSettings(settingsFile.file, settingsFile.text);
  const corrections = correctionsFile ? parseCorrections(correctionsFile.file, correctionsFile.text) : [];
  const read = readArticles(files, sources);
  const traveller = travellerOf(file);
  const articles = geoparseStory(read.articles, gazetteer, [traveller.name, ...traveller.aliases]);
  const places = settingsToPlaces(file, settingsFile, gazetteer);
  const journey = findJourney(articles, { traveller }, settingsFile, places.home, gazetteer);
  const reporter = places.reporter ?? defaultReporter(articles, journey.home, gazetteer);
  const trade = findTrade(articles, reporter, gazetteer);
  const { settings, used } = fillDefaults(file, { articles, journey, reporter });
  const roles = assignRoles(journey, trade);
  const features = buildFeatures(articles, journey, trade, roles);
  const meta = storyMeta(articles, settings, journey, trade, features.flows);
  const warnings = [...read.warnings, ...mentionCapWarnings(articles), ...trade.warnings, ...journey.warnings];
  const { story, unapplied } = applyCorrections({ ...features, meta }, corrections);
  return { story, warnings, defaults: used, toPlace: sitesToPlace(journey.sites), unapplied };
}
