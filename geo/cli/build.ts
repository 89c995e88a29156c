// `npm run data [-- --articles DIR --out DIR --settings FILE --gazetteer DIR --story-gazetteer DIR]`
import { dirname, join } from 'node:path';
import { buildStory, DEFAULTS } from '../build.ts';
import { OutputWriteError } from '../io/output-folder.ts';
import { parseFlags } from './args.ts';

const started = performance.now();
/** What recovery changed before anything else ran: a later failure must not claim the outputs untouched. */
const recovered: string[] = [];
try {
  const { flags } = parseFlags(process.argv.slice(2), {
    articles: 'folder of .md/.txt articles',
    out: 'output folder',
    settings: 'story settings JSON',
    corrections: 'the editor’s corrections JSON (default: corrections.json beside the settings; none when missing)',
    gazetteer: 'gazetteer folder',
    'story-gazetteer': 'folder of the story’s own curated places, added to the gazetteer’s',
  });
  const outDir = flags.out ?? DEFAULTS.outDir;
  const report = (change: string) => {
    recovered.push(change);
    console.error(`dateline: ${change}`);
  };
  const result = await buildStory(
    {
      articlesDir: flags.articles ?? DEFAULTS.articlesDir,
      outDir,
      settingsFile: flags.settings ?? DEFAULTS.settingsFile,
      // The editor's corrections sit beside the story's settings: another story's settings, another file.
      correctionsFile: flags.corrections ?? join(dirname(flags.settings ?? DEFAULTS.settingsFile), 'corrections.json'),
      gazetteerDir: flags.gazetteer ?? DEFAULTS.gazetteerDir,
      storyGazetteerDir: flags['story-gazetteer'],
    },
    { report },
  );
  for (const line of result.defaults) console.error(`default: ${line}`);
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  const { places, legs, sites, flows } = result.counts;
  console.error(
    `dateline: wrote ${result.files.length} files to ${outDir}: ${places} places, ${legs} route legs, ` +
      `${sites} sites, ${flows} trade flows (${Math.round(performance.now() - started)} ms)`,
  );
  for (const line of result.toPlace) console.error(line);
  for (const line of result.unapplied) console.error(line);
} catch (error) {
  console.error(`dateline: ${error instanceof Error ? error.message : String(error)}`);
  // A failed write says itself where the outputs stand; an error before it wrote nothing new.
  if (!(error instanceof OutputWriteError))
    console.error(
      recovered.length === 0
        ? 'dateline: nothing was written; the previous outputs are untouched.'
        : 'dateline: nothing new was written; the outputs are as the recovery above left them.',
    );
  process.exit(1);
}
