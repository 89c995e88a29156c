// The pure decisions about output folders: which folder a build may replace, what an
// interrupted swap left and what to do with it, and which names are never published.
import { describe, expect, it } from 'vitest';
import {
  isSwapLeftover,
  OUTPUT_MARKER,
  planRecovery,
  refuseOutputFolder,
  swapStamp,
  type FolderState,
  type OutputSpec,
} from '../../../geo/io/output-folder.ts';

const CWD = '/home/editor/project';
const SPEC: OutputSpec = {
  output: 'story',
  files: ['places.geojson', 'story.json'],
  inputs: [
    { path: `${CWD}/data/articles`, what: 'articles folder' },
    { path: `${CWD}/data/gazetteer`, what: 'gazetteer folder' },
    { path: `${CWD}/data/story.json`, what: 'settings file' },
  ],
};
const MISSING: FolderState = { kind: 'missing' };
const folder = (...entries: string[]): FolderState => ({ kind: 'folder', entries });

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

  it('refuses an existing file or a symbolic link', () => {
    expect(verdict('README.md', `${CWD}/README.md`, { kind: 'other', what: 'an existing file' })).toMatch(
      /^README\.md: the output path is an existing file, not a folder/,
    );
    expect(verdict('out', `${CWD}/out`, { kind: 'other', what: 'a symbolic link' })).toMatch(/is a symbolic link/);
  });

  it('refuses a folder holding files a build did not write, saying how to proceed', () => {
    const message = verdict('src', `${CWD}/src`, folder('main.ts', 'App.svelte', 'places.geojson', 'a', 'b'));
    expect(message).toMatch(
      /^src: the folder holds files Dateline did not write \(App\.svelte, a, b, and 1 more\) and no \.dateline-output marker/,
    );
    expect(message).toMatch(/Pick an empty or new folder, or delete this one yourself/);
  });

  it('replaces a missing or empty folder, one with the marker, or one holding only names a build writes', () => {
    expect(verdict('public/data/story', `${CWD}/public/data/story`)).toBeNull();
    expect(verdict('out', `${CWD}/out`, folder())).toBeNull();
    expect(verdict('out', `${CWD}/out`, folder(OUTPUT_MARKER, 'places.geojson', 'notes.txt'))).toBeNull();
    expect(verdict('out', `${CWD}/out`, folder('places.geojson', 'story.json'))).toBeNull();
    expect(verdict('/srv/site/story', '/srv/site/story', folder(OUTPUT_MARKER))).toBeNull();
  });
});

describe('recovering from an interrupted swap', () => {
  const old = (ms: number) => `story.old-${swapStamp(ms, 7)}`;
  const temp = (ms: number) => `story.tmp-${swapStamp(ms, 7)}`;

  it('puts back the newest set moved aside when the folder is missing, and removes the rest', () => {
    const siblings = ['basemap', old(900), temp(1000), old(1000), 'story.lock'];
    expect(planRecovery('story', siblings, false)).toEqual({ restore: old(1000), remove: [old(900), temp(1000)] });
  });

  it('removes every temp folder and set moved aside once the folder is in place', () => {
    expect(planRecovery('story', ['story', old(5), temp(5)], true)).toEqual({
      restore: null,
      remove: [old(5), temp(5)],
    });
  });

  it('never promotes a temp folder, which may be partial', () => {
    expect(planRecovery('story', [temp(5)], false)).toEqual({ restore: null, remove: [temp(5)] });
  });

  it('recognises leftovers of the earlier pid-first stamp, and leaves other folders’ leftovers alone', () => {
    const siblings = [
      'story.tmp-4242-1718000000000',
      'basemap.old-4242-1718000000000',
      'story-two.tmp-1-2',
      'story.tmp-notes',
    ];
    expect(planRecovery('story', siblings, true)).toEqual({ restore: null, remove: ['story.tmp-4242-1718000000000'] });
  });

  it('stamps sort by time whatever the pid', () => {
    expect(swapStamp(999, 99999) < swapStamp(1000, 1)).toBe(true);
  });
});

describe('what is never published', () => {
  it('temp folders, sets moved aside and locks are leftovers; outputs and the marker are not', () => {
    expect(['story.tmp-000001718000000-12', 'story.old-12-1718000000000', 'story.lock'].map(isSwapLeftover)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['story', 'places.geojson', OUTPUT_MARKER, 'story.tmp', 'notes.old-draft'].map(isSwapLeftover)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
