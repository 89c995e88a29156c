// `npm run eval [-- --stories DIR --corpora DIR --floor FILE --include-test-only --json --corrections]`:
// the seed gold (tests/gold); then, where the development data is (../shared by default),
// one row per story and one per toponym corpus, checked against the committed floor.
import { loadGazetteer, DEFAULTS } from '../build.ts';
import { readJsonFile } from '../io/io.ts';
import { belowFloor, Floor } from '../scoring/floor.ts';
import { corpusTable, deskTable, storyTable } from '../scoring/table.ts';
import { parseFlags } from './args.ts';
import { corpusRows } from './eval-corpora.ts';
import { seedReport } from './eval-seed.ts';
import { storyFolders, storyRow } from './eval-stories.ts';

const { flags, on } = parseFlags(
  process.argv.slice(2),
  {
    stories: 'folder of story folders, each with its texts and expected.json (default ../shared/stories)',
    corpora: 'folder of toponym corpora with score.mjs (default ../shared/geoparse-dev)',
    floor: 'the floor the results must meet (default tests/eval-floor.json)',
  },
  {
    'include-test-only': 'also run the stories the floor keeps for testing only',
    json: 'print the results as JSON',
    corrections:
      'also derive the editor’s corrections each story needs to reach its key, rebuild with them, and print their counts',
  },
);
const floor = Floor.parse(await readJsonFile(flags.floor ?? 'tests/eval-floor.json'));
const gazetteer = await loadGazetteer(DEFAULTS.gazetteerDir);
const seed = await seedReport(gazetteer);
const skip = new Set(on.has('include-test-only') ? [] : floor.testOnly);
const folders = await storyFolders(flags.stories ?? '../shared/stories', skip);
const withDesk = on.has('corrections');
const results = folders ? await Promise.all(folders.map((f) => storyRow(f, DEFAULTS.gazetteerDir, withDesk))) : null;
const stories = results?.map((r) => r.row) ?? null;
const desk = withDesk && results ? results.map((r) => r.desk).filter((d) => d !== null) : null;
const corpora = await corpusRows(flags.corpora ?? '../shared/geoparse-dev', gazetteer);
const problems = belowFloor(floor, stories, corpora);
const { misses: _m, falseAlarms: _f, misplaced: _p, ...seedScores } = seed.total;

if (on.has('json')) {
  console.log(
    JSON.stringify(
      { seed: { ...seedScores, met: seed.met }, stories, ...(desk ? { desk } : {}), corpora, floor: { problems } },
      null,
      2,
    ),
  );
} else {
  console.log(seed.lines.join('\n'));
  console.log(
    stories
      ? `\nstories (${flags.stories ?? '../shared/stories'}; ${skip.size ? `test-only left out: ${[...skip].join(', ')}` : 'test-only included'})\n${storyTable(stories).join('\n')}`
      : `\nno story folder at ${flags.stories ?? '../shared/stories'}: story table skipped`,
  );
  if (desk)
    console.log(
      `\ncorrections each story needed to reach its key at the editor's desk (derived, applied through a corrections file, rebuilt, re-scored; the README's table)\n${deskTable(desk).join('\n')}`,
    );
  console.log(
    corpora
      ? `\ntoponym corpora (${flags.corpora ?? '../shared/geoparse-dev'}; overlap match, score.mjs)\n${corpusTable(corpora).join('\n')}`
      : `\nno corpora at ${flags.corpora ?? '../shared/geoparse-dev'}: corpus table skipped`,
  );
  console.log(problems.length ? `\nbelow the floor:\n  ${problems.join('\n  ')}` : '\nfloor met');
}
if (!seed.met || problems.length) process.exitCode = 1;
