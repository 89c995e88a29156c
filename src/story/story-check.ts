// What the app relies on in the story's files, checked before it renders them: data from an
// older or a broken build must end in a message, never in a page stuck on "Loading the story…".
// Only the lists the app walks and the keys it renders them by are checked: zod would do
// more, at the weight of a validator in the bundle.
import { STORY_FILES } from '../../geo/contract/names.ts';

/** The files the app loads, parsed but not yet trusted. */
type Checked = Record<'story' | 'places' | 'route' | 'flows', unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);

/** The first key that is missing or repeated among `items`, said in words; null when each is there once. */
function keyProblem(file: string, items: unknown[], path: string[], what: string): string | null {
  const name = path[path.length - 1];
  const seen = new Set<unknown>();
  for (const item of items) {
    const key = at(item, path);
    if (typeof key !== 'string' && typeof key !== 'number') return `one of the ${what}s in ${file} has no ${name}`;
    if (seen.has(key)) return `${file} has two ${what}s with the ${name} “${key}”`;
    seen.add(key);
  }
  return null;
}

/** Why the app cannot show these files, or null. */
export function storyProblem(files: Checked): string | null {
  for (const part of ['places', 'route', 'flows'] as const) {
    if (!Array.isArray(at(files[part], ['features']))) return `${STORY_FILES[part]} is not a GeoJSON FeatureCollection`;
  }
  const articles = at(files.story, ['articles']);
  const figures = at(files.story, ['figures']);
  if (!Array.isArray(articles) || !Array.isArray(figures))
    return `${STORY_FILES.story} has no list of articles and figures`;
  // The city views (one button each): data built before they were written lacks them.
  if (!Array.isArray(at(files.story, ['cities'])))
    return `${STORY_FILES.story} has no city views (it was built by an older Dateline: run npm run data again)`;
  const features = (part: 'places' | 'route' | 'flows') => at(files[part], ['features']) as unknown[];
  const legs = features('route');
  const claims = legs.map((leg) => at(leg, ['properties', 'dateClaims']));
  if (claims.some((c) => !Array.isArray(c))) return `${STORY_FILES.route} has a leg without its date claims`;
  const figureLists = features('flows').map((flow) => at(flow, ['properties', 'figures']));
  if (figureLists.some((f) => !Array.isArray(f) || f.length === 0))
    return `${STORY_FILES.flows} has a flow without its figures`;
  return (
    keyProblem(STORY_FILES.story, articles, ['id'], 'article') ??
    keyProblem(STORY_FILES.story, figures, ['id'], 'figure') ??
    keyProblem(STORY_FILES.places, features('places'), ['properties', 'id'], 'place') ??
    keyProblem(STORY_FILES.route, legs, ['properties', 'id'], 'leg') ??
    keyProblem(STORY_FILES.flows, features('flows'), ['properties', 'id'], 'flow') ??
    claims.reduce<string | null>(
      (found, c) => found ?? keyProblem(STORY_FILES.route, c as unknown[], ['date'], 'date claim'),
      null,
    )
  );
}

/** The message that replaces the page when the story cannot be shown: what went wrong, and what to do. */
export function storyFailureMessage(error: unknown): string {
  // Its first line only: Svelte appends the component stack ("in <unknown>") on the lines after.
  const what = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  return `The story cannot be shown: ${what}. The data may come from an older or a broken build: run \`npm run data\`, then reload this page.`;
}
