// The real gazetteer, built once per test worker (it is the same one `npm run data` uses).
import { join } from 'node:path';
import { loadGazetteer } from '../../geo/build.ts';

export const GAZETTEER_DIR = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
export const gazetteer = () => loadGazetteer(GAZETTEER_DIR);
