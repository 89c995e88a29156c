// The committed floor (tests/eval-floor.json): the least each story and corpus must score,
// raised as results improve, and the stories kept for testing only.
import { z } from 'zod';
import type { CorpusRow } from './corpus-row.ts';
import type { StoryRow } from './story-row.ts';

const StoryFloor = z
  .object({
    built: z.boolean(),
    routeExact: z.boolean(),
    sitesFound: z.number().int().nonnegative(),
    /** At most this many key sites neither found nor flagged approximate. */
    sitesMissed: z.number().int().nonnegative(),
    flowsFound: z.number().int().nonnegative(),
    flowsExtra: z.number().int().nonnegative(),
    sentencesDropped: z.number().int().nonnegative(),
  })
  .strict();

const CorpusFloor = z
  .object({
    precision: z.number(),
    recall: z.number(),
    f1: z.number(),
    acc161: z.number(),
    e2eF1: z.number(),
    /** At most this many documents with no place found. */
    noPlace: z.number().int().nonnegative(),
  })
  .partial()
  .strict();

export const Floor = z
  .object({
    /** Stories nobody looks at while changing rules: run only with --include-test-only. */
    testOnly: z.array(z.string()),
    stories: z.record(z.string(), StoryFloor),
    corpora: z.record(z.string(), CorpusFloor),
  })
  .strict();
export type Floor = z.infer<typeof Floor>;

/** Scores are compared at three decimals, as the table prints them. */
const EPSILON = 5e-4;

/** Each way a row falls below the floor, in words; none when the floor is met. */
export function belowFloor(floor: Floor, stories: StoryRow[] | null, corpora: CorpusRow[] | null): string[] {
  const problems: string[] = [];
  if (stories) {
    const ran = new Map(stories.map((r) => [r.story, r]));
    for (const [story, min] of Object.entries(floor.stories)) {
      const row = ran.get(story);
      if (!row) {
        problems.push(`${story}: in the floor but not among the stories`);
        continue;
      }
      const got = {
        built: row.refused === null,
        routeExact: row.route.exact,
        sitesFound: row.sites.found,
        sitesMissed: row.sites.missed,
        flowsFound: row.flows.found,
        flowsExtra: row.flows.extra,
        sentencesDropped: row.sentencesDropped ?? Infinity,
      };
      const say = (what: string, value: unknown, limit: unknown) =>
        problems.push(`${story}: ${what} ${String(value)}, floor ${String(limit)}`);
      if (min.built && !got.built) say('built', false, true);
      if (min.routeExact && !got.routeExact) say('route exact', false, true);
      if (got.sitesFound < min.sitesFound) say('sites found', got.sitesFound, `≥ ${min.sitesFound}`);
      if (got.sitesMissed > min.sitesMissed) say('sites missed', got.sitesMissed, `≤ ${min.sitesMissed}`);
      if (got.flowsFound < min.flowsFound) say('flows found', got.flowsFound, `≥ ${min.flowsFound}`);
      if (got.flowsExtra > min.flowsExtra) say('flows extra', got.flowsExtra, `≤ ${min.flowsExtra}`);
      if (got.sentencesDropped > min.sentencesDropped)
        say('sentences dropped', got.sentencesDropped, `≤ ${min.sentencesDropped}`);
    }
  }
  if (corpora) {
    const ran = new Map(corpora.map((r) => [r.corpus, r]));
    for (const [corpus, min] of Object.entries(floor.corpora)) {
      const row = ran.get(corpus);
      if (!row) {
        problems.push(`${corpus}: in the floor but not among the corpora`);
        continue;
      }
      for (const key of ['precision', 'recall', 'f1', 'acc161', 'e2eF1'] as const) {
        const limit = min[key];
        if (limit !== undefined && (row[key] ?? -Infinity) < limit - EPSILON)
          problems.push(`${corpus}: ${key} ${row[key]?.toFixed(3) ?? '–'}, floor ≥ ${limit.toFixed(3)}`);
      }
      if (min.noPlace !== undefined && row.noPlace > min.noPlace)
        problems.push(`${corpus}: documents with no place ${row.noPlace}, floor ≤ ${min.noPlace}`);
    }
  }
  return problems;
}
