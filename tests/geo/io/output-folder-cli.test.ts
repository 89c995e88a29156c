// `--out` as a careless user gives it, on a scratch copy of a small project: every refused
// value leaves every file of the project (its .git included) byte for byte as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../geo/build.ts';
import { BASEMAP_FILES } from '../../../geo/contract/names.ts';
import { OUTPUT_MARKER } from '../../../geo/io/output-folder.ts';
import { GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR } from '../gazetteer.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = import.meta.resolve('tsx');
const run = (cwd: string, script: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', TSX, join(ROOT, script), ...args], { cwd, encoding: 'utf8' });

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

describe('npm run data refuses an output folder it does not own, and deletes nothing', () => {
  const cases: Array<[string, string[], RegExp]> = [
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
      /^dateline: notes: the folder holds files Dateline did not write \(todo\.txt\).*Pick an empty or new folder/,
    ],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const { parent, project } = scratchProject();
    const before = snapshot(parent);
    const result = run(project, 'geo/cli/build.ts', args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('dateline: nothing was written; the previous outputs are untouched.');
    expect(result.stderr).not.toMatch(/\bE[A-Z]{4,}\b/);
    expect(result.status).toBe(1);
    expect(snapshot(parent)).toEqual(before);
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

  it('an output folder from before the marker (only names a build writes) is replaced, and gets the marker', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-out-')), 'story');
    mkdirSync(out);
    writeFileSync(join(out, 'places.geojson'), 'an old build');
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
    });
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

  it('refuses a basemap folder holding files it did not write, and deletes nothing', () => {
    const project = basemapProject(['countries.geojson', 'my-tiles.pmtiles']);
    const before = snapshot(project);
    const result = run(project, 'geo/cli/basemap.ts');
    expect(result.stderr).toMatch(
      /^basemap: public\/data\/basemap: the folder holds files Dateline did not write \(my-tiles\.pmtiles\)/,
    );
    expect(result.stderr).toContain('basemap: nothing was written; the previous basemap is untouched.');
    expect(result.status).toBe(1);
    expect(snapshot(project)).toEqual(before);
  });

  it('replaces a basemap folder holding only the files it writes, and marks it', () => {
    const project = basemapProject([BASEMAP_FILES.countries, BASEMAP_FILES.city]);
    expect(run(project, 'geo/cli/basemap.ts').status).toBe(0);
    expect(readdirSync(join(project, 'public', 'data', 'basemap')).sort()).toEqual(
      [OUTPUT_MARKER, ...Object.values(BASEMAP_FILES)].sort(),
    );
  });
});
