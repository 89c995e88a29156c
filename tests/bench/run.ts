// `npm run bench`: runs the benchmarks and writes BENCHMARKS.md with the machine and date.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { benchPipeline } from './pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const file = join(ROOT, 'BENCHMARKS.md');
const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
const today = new Date().toISOString().slice(0, 10);
// Other work on a shared machine slows every row; the ratio rows alternate with prose, the others do not.
const loadAtStart = loadavg()[0]!;
const load = () => `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;

const notes = [
  '## Notes',
  '',
  '- Software WebGL on two cores makes the map timings noisy (±30% from one load to the next), hence 9 alternated loads and both medians and fastest loads.',
  "- The bare page is the same style, data and camera code with no framework and no UI, at the size the app gives its map. An earlier version of this benchmark served the bare page's basemap from a wrong path, so it drew no countries and looked 1.2–1.4× faster than the app; that is fixed. What the app does to stay close: the story is fetched before Svelte mounts, the map waits for the UI font so the header never resizes it, and `contain: strict` keeps the map's repaints to itself.",
  "- Click → next drawn frame as a ratio to one idle redraw (issue 18): redraws and clicks are alternated in one run, so the load weighs on both. The click's first frame does not wait on the label plan (it is made in a task of its own after that frame is drawn, `Map.svelte`: run inside the frame's `render` event it had held the frame back), and a click runs only the hit queries it needs (`placeIdAt`); before these an idle run measured 415 ms against 282 ms (1.47×).",
  "- What a click costs, in CPU time (thread time, so the machine's load does not enter it; a Chromium trace from mousedown to the first `render` after the panel; the build before and after, alternated in one browser; two runs, medians of 7 and 9 clicks, 2026-12-07 at load 30-31): 91.7 and 59.1 ms before (main thread 37.4 and 27.7, map worker 32.9 and 24.3, GPU process 16.8 and 14.7), 46.2 and 35.6 ms after (main 20.5 and 13.3, worker 7.2 and 8.4, GPU 14.3 and 14.5); one idle redraw 13-25 ms. The selection is a feature state read by paint (it was a global state read by two layers' filters, so every click had the worker cut the places and flows sources into tiles again and lay out their labels), the story and the style are raw Svelte state (they were deep proxies, read through on every click), and the excerpt panel is fetched once the map is idle. Wall clock on 2026-12-07 at a load of 25-30 on 2 cores (other sessions' builds and browsers), this build and the one before (82d1a66) benched at the same time in two Chromiums: click → next frame 438 ms against an idle redraw of 323 ms (1.36×) after, 678 ms against 716 ms (0.95×) before; at such a load a redraw waits as long as a click, so the ratio is noise either way, and the CPU-time comparison is the one to read. On a quiet machine (load 3.6–4.6, the whole `npm run bench` of 2026-12-07 16:33, the table above) the ratio is 1.14×, within the ≤ 1.2× target (1.49× at 82d1a66 on a quiet machine).",
  '- Click → next drawn frame: the panel overlays the map, so opening it no longer resizes the canvas; but every choice frames its place, so the next frame is the first of a camera move, and on software WebGL no drawn frame comes sooner than one redraw of the idle map (its row above: the globe, its fills, lines and labels, drawn by the CPU), hence the ratio the issue asks for. Both are within their targets in the quiet run above; no GPU was available to measure the absolute time where it is meant. Click → panel text is within its target.',
  "- First idle: the bare page now gets the app's first camera (the world view) and the same place labels, planned for that view once the camera is placed (`relabel` in src/map/map.ts); it had drawn the style's default camera. Labels are no longer planned for 17 zoom levels before the map is created (about 75-180 ms of main thread here), only for the view shown.",
  "- Weight: the issue's budget counts what the first view loads; the steps, ledger, share and export code and the city view's inset are loaded with `import()` on first use, and the excerpt and flow panels once the map is first idle (at once for a link that opens one), and are reported apart (all chunks row). Before these and the swap of Turf's point-in-polygon for `src/map/inside.ts`, the first view was 44.7 KB.",
  "- The pipeline figures run the `data` script's two steps directly; `npm run data` adds npm's own start-up (about 0.25 s here).",
  "- Pathological inputs: the rows nearest 5× (they have exceeded it on busier runs) are the inputs with the most output per input byte. The world tour in one sentence makes about 200 real route legs, each a great-circle arc (a CPU profile shows arcs, validation and garbage collection, no hot spot; it scales linearly: see its 68 KB row); `$1` run together is one money figure every 2 bytes, each with its own evidence, until the cap of 50 figures a sentence. Both are linear; their output is larger per input byte than prose's.",
  '- Runs of punctuation: the sentence splitter scans each line once; a boundary pattern retried at every dot of a run had taken the square of its length (20 KB of dots 1.1 s, 1 MiB minutes).',
  '- Load: rows that do not alternate with prose (end to end, throughput, gazetteer loads) follow the load of the machine, which other work shares; the line under the pipeline sections gives the load average. Measured at a load of 15 on 2 cores, the throughput compose took the same CPU time before and after the sentence splitter and the caps (4.8–5.5 s against 4.6–5.9 s, three alternated runs each) while its wall time was 18–25 s.',
  '- Throughput (speed work, part-speed): a CPU profile of the 1,000-article compose is flat (no function over 3% of self time, garbage collection 14%). What was cut: the tokenizer\'s regular expression and per-token Unicode test (an ASCII scan now), folding every token and every gap between tokens though most start no name (now on demand), two reads of the name index per step of the matcher (one) and each name\'s hits rebuilt on each lookup (made once), the YAML parser for `key: "value"` front matter (about three quarters of ingesting an article in the profile; a property test holds the fast path to what YAML reads), and date, time and site-name patterns run over sentences that hold no weekday, month, clock time or site word.',
  '',
];

// `npm run bench -- --pipeline`: only the pipeline's sections, put in place of theirs in BENCHMARKS.md, dated apart.
if (process.argv.includes('--pipeline')) {
  const text = readFileSync(file, 'utf8');
  const [from, to, notesAt] = [text.indexOf('## Pipeline'), text.indexOf('## Map app'), text.indexOf('## Notes')];
  if (from < 0 || to < 0 || notesAt < to)
    throw new Error('BENCHMARKS.md is not as `npm run bench` writes it: run that');
  const section = `${await benchPipeline()}\n_The pipeline sections above were measured by \`npm run bench -- --pipeline\` on ${today}, on ${machine}, ${load()}; the map app's below come from the last whole run._\n\n`;
  writeFileSync(`${file}.tmp`, text.slice(0, from) + section + text.slice(to, notesAt) + notes.join('\n'));
  renameSync(`${file}.tmp`, file);
  console.log(section);
  process.exit(0);
}

// `npm run bench -- --app`: only the map app's section, put in place of its own in BENCHMARKS.md, dated apart.
if (process.argv.includes('--app')) {
  const { benchApp } = await import('./app.ts');
  const section = `${await benchApp()}\n_The map app's section above was measured by \`npm run bench -- --app\` on ${today}, on ${machine}, ${load()}._\n\n`;
  const text = readFileSync(file, 'utf8');
  const [from, to, notesAt] = [text.indexOf('## Map app'), text.indexOf('## A big story'), text.indexOf('## Notes')];
  if (from < 0 || to < from || notesAt < to)
    throw new Error('BENCHMARKS.md is not as `npm run bench` writes it: run that');
  writeFileSync(`${file}.tmp`, text.slice(0, from) + section + text.slice(to, notesAt) + notes.join('\n'));
  renameSync(`${file}.tmp`, file);
  console.log(section);
  process.exit(0);
}

// `npm run bench -- --big-story`: only the synthetic big story's section, put in place of its own in BENCHMARKS.md.
if (process.argv.includes('--big-story')) {
  const { buildAndServe } = await import('../browser/app-server.ts');
  const { buildBarePage } = await import('./app.ts');
  const { benchBigStory } = await import('./big-story.ts');
  await (await buildAndServe()).close();
  await buildBarePage();
  const section = `${await benchBigStory()}\n_The big story's section above was measured by \`npm run bench -- --big-story\` on ${today}, on ${machine}, ${load()}._\n\n`;
  const text = readFileSync(file, 'utf8');
  const [from, notesAt] = [text.indexOf('## A big story'), text.indexOf('## Notes')];
  if (notesAt < 0) throw new Error('BENCHMARKS.md is not as `npm run bench` writes it: run that');
  writeFileSync(`${file}.tmp`, text.slice(0, from < 0 ? notesAt : from) + section + notes.join('\n'));
  renameSync(`${file}.tmp`, file);
  console.log(section);
  process.exit(0);
}

const sections = [await benchPipeline()];
if (existsSync(join(import.meta.dirname, 'app.ts'))) {
  const { benchApp } = (await import('./app.ts')) as { benchApp: () => Promise<string> };
  sections.push(await benchApp());
  const { benchBigStory } = await import('./big-story.ts');
  sections.push(await benchBigStory());
}
const text = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${today}, on ${machine}, ${load()}. Software WebGL (SwiftShader) for the browser figures: no GPU.`,
  'Speed targets are checked here, never by timed tests.',
  '',
  ...sections,
  ...notes,
].join('\n');
writeFileSync(`${file}.tmp`, text);
renameSync(`${file}.tmp`, file);
console.log(text);
