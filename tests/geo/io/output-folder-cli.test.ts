// `--out` as a careless user gives it, on a scratch copy of a small project: every refused
// value leaves every file of the project (its .git included) byte for byte as it was.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cliBundle, type Cli } from '../../cli-bundles.ts';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../geo/build.ts';
import { BASEMAP_FILES } from '../../../geo/contract/names.ts';
import { OUTPUT_MARKER } from '../../../geo/io/output-folder.ts';
import { GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR } from '../gazetteer.ts';
import { markerText, runId } from '../../../geo/io/output-marker.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** A CLI's bundle (built once per run, tests/cli-bundles.ts) run in `cwd`, as `npm run` would there. */
const run = (cwd: string, script: string, args: string[] = []) =>
  spawnSync(process.execPath, [cliBundle(basename(script, '.ts') as Cli), ...args], { cwd, encoding: 'utf8' });

/** A scratch project (articles, gazetteer, settings, README, .git, a folder of its own) inside a scratch parent. */
function scratchProject(): { parent: string; project: string } {
  const parent = mkdtempSync(join(tmpdir(), 'dateline-out-'));
  const project = join(parent, 'project');
  cpSync(join(ROOT, 'tests', 'fixtures', 'story-two', 'articles'), join(project, 'data', 'articles'), {
    recursive: true,
  });
  cpSync(join(ROOT, 'tests', 'fixtures', 'story-two', 'story.json'), join(project, 'data', 'story.json'));
  cpSync(GAZETTEER_DIR, join(project, 'data', 'gazetteer'), { recursive: true });
  writeFileSync(join(project, 'README.md'), '# A project\n');
  mkdirSync(join(project, '.git', 'refs'), { recursive: true });
  writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(project, 'notes'));
  writeFileSync(join(project, 'notes', 'todo.txt'), 'keep me\n');
  // The project's gazetteer cache, as a user's holds it after a first run: the run's own, which
  // tests/gazetteer-cache.ts filled before the tests began, so no CLI started here builds it again.
  mkdirSync(join(project, 'node_modules', '.cache'), { recursive: true });
  symlinkSync(
    join(ROOT, 'node_modules', '.cache', 'dateline'),
    join(project, 'node_modules', '.cache', 'dateline'),
    'junction',
  );
  writeFileSync(join(parent, 'beside.txt'), 'beside the project\n');
  return { parent, project };
}

/** Every file and folder under `dir`, with the bytes of each file. */
function snapshot(dir: string): Record<string, string> {
  const paths = (readdirSync(dir, { recursive: true }) as string[]).sort();
  return Object.fromEntries(
    paths.map((path) => {
      const full = join(dir, path);
      return [path, statSync(full).isDirectory() ? 'folder' : readFileSync(full).toString('base64')];
    }),
  );
}

/** A folder of the project written by `npm run basemap`, with its marker. */
function basemapFolder(project: string): void {
  const folder = join(project, 'public', 'data', 'basemap');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'city.geojson'), '{}');
  writeFileSync(
    join(folder, OUTPUT_MARKER),
    markerText({ output: 'basemap', command: 'npm run basemap' }, runId(Date.now(), 1)),
  );
}

/** A user's folder holding only a name a build writes, and no marker. */
function userFolder(project: string): void {
  mkdirSync(join(project, 'mine'));
  writeFileSync(join(project, 'mine', 'places.geojson'), '{"my":1}');
}

describe('npm run data refuses an output folder it does not own, and deletes nothing', () => {
  const cases: Array<[string, string[], RegExp, ((project: string) => void)?]> = [
    ['--out=', ['--out='], /^dateline: "": the output folder is empty, which means the current folder/],
    ['--out ""', ['--out', ''], /^dateline: "": the output folder is empty/],
    ['--out .', ['--out', '.'], /^dateline: \.: the output folder .*\/project is the current folder or holds it/],
    ['--out ..', ['--out', '..'], /^dateline: \.\.: the output folder .* is the current folder or holds it/],
    [
      '--out data/articles',
      ['--out', 'data/articles'],
      /^dateline: data\/articles: the output folder is the articles folder .* or lies inside it/,
    ],
    [
      '--out data/gazetteer/x',
      ['--out', 'data/gazetteer/x'],
      /^dateline: data\/gazetteer\/x: the output folder is the gazetteer folder/,
    ],
    ['--out data', ['--out', 'data'], /^dateline: data: the output folder holds the articles folder/],
    [
      '--out data/story.json',
      ['--out', 'data/story.json'],
      /^dateline: data\/story\.json: the output folder is the settings file/,
    ],
    [
      '--out README.md',
      ['--out', 'README.md'],
      /^dateline: README\.md: the output path is an existing file, not a folder/,
    ],
    [
      '--out notes (a folder of the user’s)',
      ['--out', 'notes'],
      /^dateline: notes: the folder holds files \(todo\.txt\) and no \.dateline-output marker, so Dateline did not write it.*Pick a new or empty folder, or, if nothing in this one is needed, delete it yourself and run again/,
    ],
    [
      '--out mine (a user’s folder holding only places.geojson)',
      ['--out', 'mine'],
      /^dateline: mine: the folder holds files \(places\.geojson\) and no \.dateline-output marker/,
      userFolder,
    ],
    [
      '--out public/data/basemap (the basemap’s folder)',
      ['--out', 'public/data/basemap'],
      /^dateline: public\/data\/basemap: the folder holds Dateline's basemap output, written by `npm run basemap`; only that command may replace it/,
      basemapFolder,
    ],
    [
      '--out /dev/null',
      ['--out', '/dev/null'],
      /^dateline: \/dev\/null: the output path is a device, FIFO or socket, not a folder\. Pass/,
    ],
    [
      '-out x (one dash)',
      ['-out', 'x'],
      /^dateline: unexpected argument "-out" \(options take two dashes: --out\); the options are --articles, --out, --settings, --corrections, --gazetteer, --story-gazetteer\n/,
    ],
    [
      'a stray argument',
      ['--out', 'x', 'data/articles'],
      /^dateline: unexpected argument "data\/articles"; the options are --articles, --out/,
    ],
  ];

  it.each(cases)('%s', (_name, args, message, setup) => {
    const { parent, project } = scratchProject();
    setup?.(project);
    const before = snapshot(parent);
    const result = run(project, 'geo/cli/build.ts', args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('dateline: nothing was written; the previous outputs are untouched.');
    // No raw error code (ENOENT, EISDIR); the scratch folder's random name ("dateline-out-EHLTKZ")
    // is no code, so paths are taken out first.
    const withoutPaths = result.stderr.replaceAll(realpathSync(parent), '…').replaceAll(parent, '…');
    expect(withoutPaths).not.toMatch(/\bE[A-Z]{4,}\b/);
    expect(result.status).toBe(1);
    expect(snapshot(parent)).toEqual(before);
  });
});

describe('what a refused run says it changed', () => {
  it('a set an interrupted run moved aside is put back and said to be, so the refusal after it claims nothing untouched', () => {
    const { project } = scratchProject();
    const id = runId(Date.now() - 1000, 1);
    const aside = join(project, 'public', 'data', `story.old-${id}`);
    mkdirSync(aside, { recursive: true });
    writeFileSync(join(aside, 'places.geojson'), '{"previous":1}');
    writeFileSync(join(aside, OUTPUT_MARKER), markerText({ output: 'story', command: 'npm run data' }, id));
    writeFileSync(join(project, 'data', 'articles', 'broken.md'), '---\noutlet: W\ndate: "2024-02-30"\n---\nText.\n');
    const result = run(project, 'geo/cli/build.ts');
    expect(result.status).toBe(1);
    const story = join(realpathSync(project), 'public', 'data', 'story');
    expect(result.stderr).toContain(
      `dateline: put back ${story} from ${story}.old-${id}, the complete set an interrupted run had moved aside\n`,
    );
    expect(result.stderr).toMatch(/broken\.md:\d+: front-matter field `date` “2024-02-30” is invalid/);
    expect(result.stderr).toContain(
      'dateline: nothing new was written; the outputs are as the recovery above left them.',
    );
    expect(result.stderr).not.toContain('untouched');
    expect(readFileSync(join(story, 'places.geojson'), 'utf8')).toBe('{"previous":1}');
  });
});

describe('a build replaces a folder it owns', () => {
  const options = (out: string) => {
    const story = join(ROOT, 'tests', 'fixtures', 'story-two');
    return {
      articlesDir: join(story, 'articles'),
      settingsFile: join(story, 'story.json'),
      gazetteerDir: GAZETTEER_DIR,
      storyGazetteerDir: STORY_TWO_GAZETTEER_DIR,
      outDir: out,
    };
  };

  it('a folder with a marker from before markers named the command and run is replaced, and gets today’s marker', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-out-')), 'story');
    mkdirSync(out);
    writeFileSync(join(out, 'places.geojson'), 'an old build');
    writeFileSync(join(out, OUTPUT_MARKER), '{"writtenBy":"Dateline","output":"story","note":"…"}\n');
    await buildStory(options(out));
    expect(readdirSync(out).sort()).toEqual([
      OUTPUT_MARKER,
      'flows.geojson',
      'places.geojson',
      'route.geojson',
      'sites.geojson',
      'story.json',
    ]);
    expect(JSON.parse(readFileSync(join(out, OUTPUT_MARKER), 'utf8'))).toMatchObject({
      writtenBy: 'Dateline',
      output: 'story',
      command: 'npm run data',
      run: expect.stringMatching(/^\d{15}-\d+$/),
    });
  });

  it('names like a lock or a leftover that are the user’s stay as they were', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'dateline-out-'));
    const files: Record<string, string> = {
      'yarn.lock': '# yarn lockfile v1\n',
      'story.lock': 'not a pid\n',
      'story.old-2024-06/places.geojson': '{"backup":1}',
      'story.tmp-1-1/mine.txt': 'mine',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(parent, path, '..'), { recursive: true });
      writeFileSync(join(parent, path), text);
    }
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(parent, 'story.lock'), old, old);
    await buildStory(options(join(parent, 'yarn')));
    await buildStory(options(join(parent, 'story')));
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(parent, path), 'utf8')).toBe(text);
    expect(readdirSync(parent).sort()).toEqual(
      [...Object.keys(files).map((p) => p.split('/')[0]), 'story', 'yarn'].sort(),
    );
  });

  it('a folder with the marker is replaced whole, whatever else was put in it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-out-')), 'story');
    await buildStory(options(out));
    writeFileSync(join(out, 'stray.txt'), 'put here by hand');
    await buildStory(options(out));
    expect(readdirSync(out)).not.toContain('stray.txt');
  });
});

describe('npm run basemap guards its own folder', () => {
  /** A scratch project with the basemap inputs and a public/data/basemap folder holding `names`. */
  function basemapProject(names: string[]): string {
    const project = mkdtempSync(join(tmpdir(), 'dateline-basemap-'));
    cpSync(join(ROOT, 'data', 'basemap'), join(project, 'data', 'basemap'), { recursive: true });
    mkdirSync(join(project, 'public', 'data', 'basemap'), { recursive: true });
    for (const name of names) writeFileSync(join(project, 'public', 'data', 'basemap', name), 'before');
    return project;
  }

  /** The stderr and status of `npm run basemap` there, checking that it changed nothing. */
  const refused = (project: string, args: string[] = []) => {
    const before = snapshot(project);
    const result = run(project, 'geo/cli/basemap.ts', args);
    expect(result.stderr).toContain('basemap: nothing was written; the previous basemap is untouched.');
    expect(result.status).toBe(1);
    expect(snapshot(project)).toEqual(before);
    return result.stderr;
  };

  it('refuses a basemap folder without the marker, even one holding only the files it writes, and deletes nothing', () => {
    expect(refused(basemapProject(['countries.geojson', 'my-tiles.pmtiles']))).toMatch(
      /^basemap: public\/data\/basemap: the folder holds files \(countries\.geojson, my-tiles\.pmtiles\) and no \.dateline-output marker/,
    );
    expect(refused(basemapProject([BASEMAP_FILES.countries, BASEMAP_FILES.city]))).toMatch(
      /^basemap: public\/data\/basemap: the folder holds files \(city\.geojson, countries\.geojson\) and no \.dateline-output marker/,
    );
  });

  it('refuses a folder the story build marked, and a stray argument', () => {
    const project = basemapProject([BASEMAP_FILES.countries]);
    writeFileSync(
      join(project, 'public', 'data', 'basemap', OUTPUT_MARKER),
      markerText({ output: 'story', command: 'npm run data' }, runId(Date.now(), 1)),
    );
    expect(refused(project)).toMatch(
      /^basemap: public\/data\/basemap: the folder holds Dateline's story output, written by `npm run data`; only that command may replace it/,
    );
    expect(refused(project, ['city.osm.pbf'])).toMatch(
      /^basemap: unexpected argument "city\.osm\.pbf"; the options are --osm\n/,
    );
  });

  it('replaces a basemap folder it marked, and marks it again', () => {
    const project = basemapProject([BASEMAP_FILES.countries, BASEMAP_FILES.city]);
    writeFileSync(
      join(project, 'public', 'data', 'basemap', OUTPUT_MARKER),
      markerText({ output: 'basemap', command: 'npm run basemap' }, runId(Date.now(), 1)),
    );
    expect(run(project, 'geo/cli/basemap.ts').status).toBe(0);
    expect(readdirSync(join(project, 'public', 'data', 'basemap')).sort()).toEqual(
      [OUTPUT_MARKER, ...Object.values(BASEMAP_FILES)].sort(),
    );
  });
});
