// The real gazetteer, built once per test worker (it is the same one `npm run data` uses).
import { join } from 'node:path';
import { loadGazetteer } from '../../geo/build.ts';

export const GAZETTEER_DIR = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
export const gazetteer = () => loadGazetteer(GAZETTEER_DIR);

/** The invented second story's own curated places, layered over the real gazetteer. */
export const STORY_TWO_GAZETTEER_DIR = join(import.meta.dirname, '..', 'fixtures', 'story-two', 'gazetteer');
export const storyTwoGazetteer = () => loadGazetteer(GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR);
