// Throughput, run as its own process by pipeline.ts: 1,000 articles resampled from the
// seed sentences, composed in memory with the full gazetteer loaded; prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../../geo/build.ts';
import { composeStory } from '../../geo/story/compose.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'data', 'articles');
const SETTINGS = join(ROOT, 'data', 'story.json');

/** A seeded generator, so every run resamples the same articles. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function resampledArticles(count: number): Array<{ file: string; text: string }> {
  const sentences = readdirSync(ARTICLES)
    .sort()
    .flatMap((f) =>
      readFileSync(join(ARTICLES, f), 'utf8')
        .replace(/^---[\s\S]*?---\n/, '')
        .split(/(?<=[.!?]["”]?)\s+/)
        .filter((s) => s.length > 40),
    );
  const next = random(2024);
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 25 }, () => sentences[Math.floor(next() * sentences.length)]!).join(
      i % 3 ? ' ' : '\n\n',
    );
    return {
      file: `bench-${i}.md`,
      text: `---\noutlet: "Outlet ${i % 7}"\ntitle: "Article ${i}"\ndate: "2024-06-20"\n---\n${body}\n`,
    };
  });
}

const gazetteer = await loadGazetteer(join(ROOT, 'data', 'gazetteer'));
const articles = resampledArticles(1000);
const started = performance.now();
const { story } = composeStory({
  articles,
  settings: { file: SETTINGS, text: readFileSync(SETTINGS, 'utf8') },
  gazetteer,
});
const seconds = (performance.now() - started) / 1000;
const places = story.places.length;
console.log(JSON.stringify({ seconds, places, peak: process.resourceUsage().maxRSS / 1024 }));
