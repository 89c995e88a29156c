// The geoparser against the hand-annotated gold of tests/gold, scored on what readers see:
// the gold articles parsed together as one story, as the build does.
import { DEFAULTS } from '../build.ts';
import { score, storyMentions, type Annotated, type Scores } from '../eval.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { readJsonFile, readUtf8 } from '../io/io.ts';
import { geoparseStory, readArticles } from '../story/inputs/articles.ts';

const GOLD = 'tests/gold/places.gold.json';
/** The seed targets: recognition F1 and resolution accuracy within 161 km. */
export const SEED_TARGETS = { f1: 0.95, accuracy: 0.98 };

export interface SeedReport {
  lines: string[];
  total: Scores;
  met: boolean;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** One line of the table: counts, then precision, recall, F1 and accuracy. */
const row = (label: string, s: Scores) =>
  [
    label.padEnd(24),
    String(s.gold).padStart(4),
    String(s.predicted).padStart(5),
    ' ',
    ...[s.precision, s.recall, s.f1].map((x) => pct(x).padStart(6)),
    pct(s.accuracy).padStart(8),
  ].join(' ');

export async function seedReport(gazetteer: Gazetteer): Promise<SeedReport> {
  const gold = (await readJsonFile(GOLD)) as { articles: Record<string, Annotated[]> };
  const ids = Object.keys(gold.articles).sort();
  const files = await Promise.all(
    ids.map(async (id) => {
      const file = `${DEFAULTS.articlesDir}/${id}.md`;
      return { file, text: await readUtf8(file) };
    }),
  );
  // Offsets in the gold are into the body, which is the raw capture exactly as published.
  const mentions = storyMentions(geoparseStory(readArticles(files).articles, gazetteer));
  const all = { gold: [] as Annotated[], predicted: [] as Annotated[] };
  const lines = [`${'article'.padEnd(24)} gold found   P      R      F1     acc@161km`];
  for (const id of ids) {
    const annotations = gold.articles[id]!;
    const predicted = (mentions.get(id) ?? []).map(({ article: _article, ...p }) => p);
    const s = score(annotations, predicted);
    lines.push(row(id, s));
    for (const m of s.misses) lines.push(`    missed   “${m.text}” at ${m.start}`);
    for (const m of s.falseAlarms) lines.push(`    spurious “${m.text}” at ${m.start}`);
    for (const m of s.misplaced) lines.push(`    misplaced “${m.gold.text}” at ${m.gold.start}: ${m.km} km off`);
    all.gold.push(...annotations.map((a) => ({ ...a, article: id })));
    all.predicted.push(...predicted.map((p) => ({ ...p, article: id })));
  }
  const total = score(all.gold, all.predicted);
  lines.push(
    row('all', total),
    '',
    `recognition F1 ${total.f1.toFixed(3)} (target ≥ ${SEED_TARGETS.f1}), resolution accuracy within 161 km ` +
      `${total.accuracy.toFixed(3)} (target ≥ ${SEED_TARGETS.accuracy})`,
  );
  return { lines, total, met: total.f1 >= SEED_TARGETS.f1 && total.accuracy >= SEED_TARGETS.accuracy };
}
