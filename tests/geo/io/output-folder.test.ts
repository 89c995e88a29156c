// The pure decisions about output folders: which folder a build may replace, what an
// interrupted swap left and what to do with it, and which marks are Dateline's at all.
import { describe, expect, it } from 'vitest';
import {
  planRecovery,
  refuseOutputFolder,
  type FolderState,
  type Leftover,
  type OutputSpec,
} from '../../../geo/io/output-folder.ts';
import {
  isOurLeftover,
  lockName,
  lockText,
  markerText,
  parseLock,
  parseMarker,
  runId,
  type OutputMarker,
} from '../../../geo/io/output-marker.ts';

const CWD = '/home/editor/project';
const SPEC: OutputSpec = {
  output: 'story',
  command: 'npm run data',
  files: ['places.geojson', 'story.json'],
  inputs: [
    { path: `${CWD}/data/articles`, what: 'articles folder' },
    { path: `${CWD}/data/gazetteer`, what: 'gazetteer folder' },
    { path: `${CWD}/data/story.json`, what: 'settings file' },
  ],
};
const MISSING: FolderState = { kind: 'missing' };
const STORY_MARKER: OutputMarker = { output: 'story', command: 'npm run data', run: runId(1, 7) };
const folder = (...entries: string[]): FolderState => ({ kind: 'folder', entries, marker: null });
const marked = (marker: OutputMarker | 'foreign', ...entries: string[]): FolderState => ({
  kind: 'folder',
  entries: ['.dateline-output', ...entries],
  marker,
});

/** The message of the refusal, or null when the folder may be replaced. */
const verdict = (given: string, target: string, state: FolderState = MISSING) =>
  refuseOutputFolder({ given, target, cwd: CWD, spec: SPEC, state })?.message ?? null;

describe('which output folder a build may replace', () => {
  it('refuses an empty value, which would mean the current folder', () => {
    expect(verdict('', CWD, folder('.git', 'README.md'))).toMatch(
      /^"": the output folder is empty, which means the current folder/,
    );
    expect(verdict('  ', `${CWD}/  `)).toMatch(/the output folder is empty/);
  });

  it('refuses the current folder and every folder above it, up to the root', () => {
    const above: Array<[string, string]> = [
      ['.', CWD],
      ['..', '/home/editor'],
      ['/', '/'],
    ];
    for (const [given, target] of above) {
      expect(verdict(given, target, folder('x'))).toMatch(
        new RegExp(`^${given.replaceAll('.', '\\.')}: the output folder ${target} is the current folder or holds it`),
      );
    }
  });

  it('refuses an input folder, anything inside one, and any folder that holds an input', () => {
    expect(verdict('data/articles', `${CWD}/data/articles`)).toMatch(
      /is the articles folder .*\/data\/articles or lies inside it/,
    );
    expect(verdict('data/gazetteer/out', `${CWD}/data/gazetteer/out`)).toMatch(
      /is the gazetteer folder .* or lies inside it/,
    );
    expect(verdict('data', `${CWD}/data`)).toMatch(/^data: the output folder holds the articles folder/);
    expect(verdict('data/story.json', `${CWD}/data/story.json`, { kind: 'other', what: 'an existing file' })).toMatch(
      /is the settings file/,
    );
  });

  it('refuses an existing file, a symbolic link or a device, saying so once', () => {
    expect(verdict('README.md', `${CWD}/README.md`, { kind: 'other', what: 'an existing file, not a folder' })).toMatch(
      /^README\.md: the output path is an existing file, not a folder\. Pass a folder/,
    );
    expect(verdict('/dev/null', '/dev/null', { kind: 'other', what: 'a device, FIFO or socket, not a folder' })).toBe(
      '/dev/null: the output path is a device, FIFO or socket, not a folder. Pass a folder of its own, new or empty (the default is public/data/story)',
    );
  });

  it('refuses any non-empty folder without the marker, even one holding only names a build writes, saying how to proceed', () => {
    const message = verdict('src', `${CWD}/src`, folder('main.ts', 'App.svelte', 'places.geojson', 'a', 'b'));
    expect(message).toMatch(
      /^src: the folder holds files \(App\.svelte, a, b, and 2 more\) and no \.dateline-output marker, so Dateline did not write it/,
    );
    expect(message).toMatch(/Pick a new or empty folder, or, if nothing in this one is needed, delete it yourself/);
    expect(verdict('mine', `${CWD}/mine`, folder('places.geojson'))).toMatch(
      /^mine: the folder holds files \(places\.geojson\) and no \.dateline-output marker/,
    );
  });

  it('refuses a folder whose marker is not Dateline’s, or is another command’s output', () => {
    expect(verdict('out', `${CWD}/out`, marked('foreign', 'places.geojson'))).toMatch(
      /^out: the folder's \.dateline-output is not a marker Dateline wrote/,
    );
    const basemap: OutputMarker = { output: 'basemap', command: 'npm run basemap', run: runId(1, 7) };
    expect(verdict('public/data/basemap', `${CWD}/public/data/basemap`, marked(basemap, 'city.geojson'))).toBe(
      "public/data/basemap: the folder holds Dateline's basemap output, written by `npm run basemap`; only that command may replace it. Pass a folder of its own, new or empty (the default is public/data/story)",
    );
  });

  it('replaces a missing or empty folder, or one with this output’s marker whatever else is in it', () => {
    expect(verdict('public/data/story', `${CWD}/public/data/story`)).toBeNull();
    expect(verdict('out', `${CWD}/out`, folder())).toBeNull();
    expect(verdict('out', `${CWD}/out`, marked(STORY_MARKER, 'places.geojson', 'notes.txt'))).toBeNull();
    const legacy: OutputMarker = { output: 'story', command: null, run: null };
    expect(verdict('/srv/site/story', '/srv/site/story', marked(legacy))).toBeNull();
  });
});

describe('what is Dateline’s', () => {
  it('a marker in its form, with the command and run; an earlier marker without them; nothing else', () => {
    const run = runId(1_718_000_000_000, 42);
    expect(run).toBe('001718000000000-42');
    expect(parseMarker(markerText({ output: 'story', command: 'npm run data' }, run))).toEqual({
      output: 'story',
      command: 'npm run data',
      run,
    });
    expect(parseMarker('{"writtenBy":"Dateline","output":"story","note":"…"}')).toEqual({
      output: 'story',
      command: null,
      run: null,
    });
    for (const text of ['', 'story', '{"my":1}', '{"writtenBy":"Someone","output":"story"}', '[1]'])
      expect(parseMarker(text), text).toBeNull();
  });

  it('a lock in its form names its process; a pid alone, or any other text, is no Dateline lock', () => {
    const owner = { pid: 4242, run: runId(5, 4242), output: 'story' };
    expect(parseLock(lockText(owner, new Date(5)))).toEqual(owner);
    for (const text of ['4242\n', '', 'my notes', '{"lock":"dateline","pid":-1}', '{"pid":4242}'])
      expect(parseLock(text), text).toBeNull();
  });

  it('the lock is a dot-file of its own beside the folder, never `<out>.lock`', () => {
    expect(lockName('/p/public/data/story')).toBe('/p/public/data/.story.dateline-lock');
    for (const out of ['yarn', 'Cargo', 'poetry', 'flake'])
      expect(lockName(`/p/${out}`)).toBe(`/p/.${out}.dateline-lock`);
  });

  it('a leftover only with the marker of the run its name gives, for its output', () => {
    const run = runId(9, 1);
    const marker: OutputMarker = { output: 'story', command: 'npm run data', run };
    expect(isOurLeftover(`story.tmp-${run}`, marker)).toBe(true);
    expect(isOurLeftover(`story.old-${run}`, { ...marker, run: runId(8, 1) })).toBe(false);
    expect(isOurLeftover(`story.old-${run}`, null)).toBe(false);
    expect(isOurLeftover('story.old-2024-06', marker)).toBe(false);
    expect(isOurLeftover('story.tmp-1-1', { ...marker, run: '1-1' })).toBe(false);
  });
});

describe('recovering from an interrupted swap', () => {
  const run = (ms: number) => runId(ms, 7);
  const ours = (kind: 'old' | 'tmp', ms: number): Leftover => ({
    name: `story.${kind}-${run(ms)}`,
    marker: { output: 'story', command: 'npm run data', run: run(ms) },
    empty: false,
  });
  const plan = (siblings: Leftover[], targetExists: boolean) => planRecovery('story', 'story', siblings, targetExists);

  it('puts back the newest set moved aside when the folder is missing, and removes the rest', () => {
    expect(plan([ours('old', 900), ours('tmp', 1000), ours('old', 1000)], false)).toEqual({
      restore: `story.old-${run(1000)}`,
      remove: [`story.old-${run(900)}`, `story.tmp-${run(1000)}`],
    });
  });

  it('removes every temp folder and set moved aside once the folder is in place', () => {
    expect(plan([ours('old', 5), ours('tmp', 5)], true)).toEqual({
      restore: null,
      remove: [`story.old-${run(5)}`, `story.tmp-${run(5)}`],
    });
  });

  it('never promotes a temp folder, which may be partial; an empty temp folder goes', () => {
    expect(plan([ours('tmp', 5)], false)).toEqual({ restore: null, remove: [`story.tmp-${run(5)}`] });
    expect(plan([{ name: `story.tmp-${run(6)}`, marker: null, empty: true }], false).remove).toEqual([
      `story.tmp-${run(6)}`,
    ]);
  });

  it('leaves alone what its marker does not prove Dateline’s: a user’s backup, another output’s, another run’s', () => {
    const siblings: Leftover[] = [
      { name: 'story.old-2024-06', marker: null, empty: false },
      { name: `story.tmp-${run(3)}`, marker: null, empty: false },
      { ...ours('old', 4), marker: { output: 'basemap', command: 'npm run basemap', run: run(4) } },
      { ...ours('old', 5), marker: { output: 'story', command: 'npm run data', run: run(6) } },
      { name: `story.old-${run(7)}`, marker: null, empty: true },
    ];
    expect(plan(siblings, false)).toEqual({ restore: null, remove: [] });
  });

  it('run ids sort by time whatever the pid', () => {
    expect(runId(999, 99999) < runId(1000, 1)).toBe(true);
  });
});
