// `npm run eval`: the geoparser against the hand-annotated gold of tests/gold, scored on
// what readers see: the gold articles parsed together as one story, as the build does.
import { loadGazetteer, DEFAULTS } from '../build.ts';
import { score, storyMentions, type Annotated, type Scores } from '../eval.ts';
import { readJsonFile, readUtf8 } from '../io/io.ts';
import { geoparseStory, readArticles } from '../story/inputs/articles.ts';

const GOLD = 'tests/gold/places.gold.json';
const gold = (await readJsonFile(GOLD)) as { articles: Record<string, Annotated[]> };
const gazetteer = await loadGazetteer(DEFAULTS.gazetteerDir);
const all = { gold: [] as Annotated[], predicted: [] as Annotated[] };
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ids = Object.keys(gold.articles).sort();
const files = await Promise.all(
  ids.map(async (id) => {
    const file = `${DEFAULTS.articlesDir}/${id}.md`;
    return { file, text: await readUtf8(file) };
  }),
);
// Offsets in the gold are into the body, which is the raw capture exactly as published.
const mentions = storyMentions(geoparseStory(readArticles(files).articles, gazetteer));
/** One line of the table: counts, then precision, recall, F1 and accuracy. */
const printRow = (label: string, s: Scores) =>
  console.log(
    label.padEnd(24),
    String(s.gold).padStart(4),
    String(s.predicted).padStart(5),
    ' ',
    ...[s.precision, s.recall, s.f1].map((x) => pct(x).padStart(6)),
    pct(s.accuracy).padStart(8),
  );
console.log('article'.padEnd(24), 'gold', 'found', '  P      R      F1     acc@161km');
for (const id of ids) {
  const annotations = gold.articles[id]!;
  const predicted = (mentions.get(id) ?? []).map(({ article: _article, ...p }) => p);
  const s = score(annotations, predicted);
  printRow(id, s);
  for (const m of s.misses) console.log(`    missed   “${m.text}” at ${m.start}`);
  for (const m of s.falseAlarms) console.log(`    spurious “${m.text}” at ${m.start}`);
  for (const m of s.misplaced) console.log(`    misplaced “${m.gold.text}” at ${m.gold.start}: ${m.km} km off`);
  all.gold.push(...annotations.map((a) => ({ ...a, article: id })));
  all.predicted.push(...predicted.map((p) => ({ ...p, article: id })));
}
const total = score(all.gold, all.predicted);
printRow('all', total);
console.log(
  `\nrecognition F1 ${total.f1.toFixed(3)} (target ≥ 0.95), resolution accuracy within 161 km ${total.accuracy.toFixed(3)} (target ≥ 0.98)`,
);
if (total.f1 < 0.95 || total.accuracy < 0.98) process.exitCode = 1;
