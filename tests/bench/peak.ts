// Peak memory of one build, run as its own process by pipeline.ts so that its max RSS is that
// build's and nothing else's: one article of `size` characters made of `unit` repeated, built
// with buildStory into a scratch folder (read, compose, write). Prints JSON.
//   node --import tsx tests/bench/peak.ts UNIT SIZE
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStory } from '../../geo/build.ts';
import { article, repeated } from '../geo/pathological.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const [unit, size] = [process.argv[2]!, Number(process.argv[3])];
const root = mkdtempSync(join(tmpdir(), 'dateline-peak-'));
mkdirSync(join(root, 'articles'));
writeFileSync(join(root, 'articles', 'a.md'), article(repeated(unit, size)));
const started = performance.now();
const { warnings } = await buildStory({
  articlesDir: join(root, 'articles'),
  outDir: join(root, 'out'),
  gazetteerDir: join(ROOT, 'data', 'gazetteer'),
  settingsFile: join(ROOT, 'data', 'story.json'),
});
const seconds = (performance.now() - started) / 1000;
const largest = Math.max(...readdirSync(join(root, 'out')).map((f) => statSync(join(root, 'out', f)).size));
rmSync(root, { recursive: true, force: true });
console.log(
  JSON.stringify({
    seconds,
    peakMB: process.resourceUsage().maxRSS / 1024,
    largestOutputMB: largest / 1e6,
    capped: warnings.filter((w) => / are kept/.test(w)).length,
  }),
);
