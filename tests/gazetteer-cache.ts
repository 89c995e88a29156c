// vitest globalSetup of the unit project: the real gazetteer built once, before the workers start,
// into the disk cache that test files and the CLIs they start read it from (geo/build.ts
// `loadGazetteer`, keyed by the curated files' paths and text). Without it, on a fresh clone, each
// file or CLI that starts before the cache is written builds the gazetteer again, two workers at a time.
import { DEFAULTS, forgetGazetteers, loadGazetteer } from '../geo/build.ts';
import { GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR } from './geo/gazetteer.ts';

export default async function setup(): Promise<void> {
  // As the test files name the folders, and as the CLIs started in the repository do.
  await loadGazetteer(GAZETTEER_DIR);
  await loadGazetteer(GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR);
  await loadGazetteer(DEFAULTS.gazetteerDir);
  await loadGazetteer(DEFAULTS.gazetteerDir, STORY_TWO_GAZETTEER_DIR);
  // The files run in workers of their own: this process need not keep them.
  forgetGazetteers();
}
