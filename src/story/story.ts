// Loads the pipeline's files (public/data/story/) and indexes them for lookups; it never
// reshapes them. Types and file names come from the pipeline's contract, so neither can drift.
// sites.geojson is not fetched: the map and the steps read sites from places.geojson (role
// "site", each with its visit: order, dates, times, sentences).
import type {
  ArticleMeta,
  Figure,
  FlowCollection,
  PlaceCollection,
  PlaceFeature,
  PlaceRole,
  RouteCollection,
  StoryMeta,
} from '../../geo/contract/schema';
import { STORY_FILES } from '../../geo/contract/names.ts';
import { storyProblem } from './story-check.ts';

export type Story = {
  meta: StoryMeta;
  places: PlaceCollection;
  route: RouteCollection;
  flows: FlowCollection;
};

export const storyBase = (): string => new URL(`${import.meta.env.BASE_URL}data/story/`, location.href).href;

/** One of the story's files, parsed; an error names the file. */
async function fetchJson(base: string, name: string): Promise<unknown> {
  const response = await fetch(base + name, { cache: 'no-store' }).catch((e: Error) => {
    throw new Error(`${name} could not be fetched (${e.message})`);
  });
  if (!response.ok) throw new Error(`${name} could not be fetched (HTTP ${response.status})`);
  return response.json().catch((e: Error) => {
    throw new Error(`${name} is not valid JSON (${e.message})`);
  });
}

/** The story's files, checked for what the app relies on: a failure says which file and what is wrong. */
export async function loadStory(base = storyBase()): Promise<Story> {
  const [story, places, route, flows] = await Promise.all(
    [STORY_FILES.story, STORY_FILES.places, STORY_FILES.route, STORY_FILES.flows].map((name) => fetchJson(base, name)),
  );
  const problem = storyProblem({ story, places, route, flows });
  if (problem) throw new Error(problem);
  return { meta: story, places, route, flows } as Story;
}

export type StoryIndex = {
  placeById: Map<string, PlaceFeature>;
  articleById: Map<string, ArticleMeta>;
  placesByRole: Record<PlaceRole, PlaceFeature[]>;
  hostPlace: PlaceFeature | null;
  /** The city every site lies in (within the host view), for the place list's heading; null when they lie in several. */
  sitesCityName: string | null;
  /** Some site is drawn at its city's point: the legend keys the hollow site. */
  approximateSites: boolean;
  flowMax: number;
  /** Counts the articles give, by what they count ("agreements"), so disagreements sit side by side. */
  countsByUnit: Array<{ unit: string; figures: Figure[] }>;
};

/** List order: the role's places by how many outlets name them, then by name. */
const byProminence = (a: PlaceFeature, b: PlaceFeature) =>
  b.properties.outletCount - a.properties.outletCount || a.properties.name.localeCompare(b.properties.name);

export function indexStory(story: Story): StoryIndex {
  const placeById = new Map(story.places.features.map((f) => [f.properties.id, f]));
  const placesByRole: Record<PlaceRole, PlaceFeature[]> = { stop: [], site: [], partner: [], mentioned: [] };
  for (const place of story.places.features) placesByRole[place.properties.role].push(place);
  for (const list of Object.values(placesByRole)) list.sort(byProminence);
  const hostId = story.meta.hostCity;
  const hostPlace = hostId ? (placeById.get(hostId) ?? null) : null;
  const [west, south, east, north] = story.meta.hostBounds ?? [0, 0, 0, 0];
  const inHostView = ({
    geometry: {
      coordinates: [lon, lat],
    },
  }: PlaceFeature) => lon >= west && lon <= east && lat >= south && lat <= north;
  return {
    placeById,
    articleById: new Map(story.meta.articles.map((a) => [a.id, a])),
    placesByRole,
    hostPlace,
    sitesCityName: hostPlace && placesByRole.site.every(inHostView) ? hostPlace.properties.name : null,
    approximateSites: placesByRole.site.some((p) => p.properties.approximate === true),
    flowMax: Math.max(1, ...story.flows.features.map((f) => f.properties.valueUsd ?? f.properties.value)),
    countsByUnit: countsByUnit(story.meta.figures),
  };
}

/** "agreements" and "memorandums" apart, each group in article order. */
function countsByUnit(figures: Figure[]): StoryIndex['countsByUnit'] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) if (f.kind === 'count' && f.unit) groups.set(f.unit, [...(groups.get(f.unit) ?? []), f]);
  return [...groups]
    .map(([unit, list]) => ({ unit, figures: list }))
    .sort((a, b) => b.figures.length - a.figures.length || a.unit.localeCompare(b.unit));
}
