// `npm run dev | start | build -- --articles DIR …`: which story the command builds and which Vite runs follow.
import { describe, expect, it } from 'vitest';
import { appCommand } from '../../../geo/cli/app-args.ts';
import { storyEnv, storyFromEnv, watchedPaths } from '../../../geo/dev/story-env.ts';
import { DEFAULTS } from '../../../geo/build.ts';

describe('appCommand', () => {
  it('builds data/ by default, as before', () => {
    const command = appCommand(['dev'], DEFAULTS);
    expect(command.build).toEqual(DEFAULTS);
    expect(command.vite).toEqual([[]]);
  });

  it('builds any folder of articles, with the settings beside them unless --settings names a file', () => {
    const beside = appCommand(['dev', '--articles', 'stories/trip/'], DEFAULTS);
    expect(beside.build.articlesDir).toBe('stories/trip/');
    expect(beside.build.settingsFile).toBe('stories/trip/story.json');
    expect(beside.build.correctionsFile).toBe('stories/trip/corrections.json');
    expect(beside.build.outDir).toBe(DEFAULTS.outDir);
    const named = appCommand(['start', '--articles', 'stories/trip', '--settings', 'trip.json'], DEFAULTS);
    expect(named.build.settingsFile).toBe('trip.json');
    expect(named.dataArgs).toEqual([
      '--articles',
      'stories/trip',
      '--settings',
      'trip.json',
      '--corrections',
      'corrections.json',
      '--gazetteer',
      DEFAULTS.gazetteerDir,
    ]);
    expect(named.vite).toEqual([['build'], ['preview', '--open=false']]);
    expect(appCommand(['build', '--story-gazetteer', 'places'], DEFAULTS).dataArgs.slice(-2)).toEqual([
      '--story-gazetteer',
      'places',
    ]);
  });

  it('refuses an unknown mode or flag, and --out: the app reads the story where it always does', () => {
    expect(() => appCommand(['serve'], DEFAULTS)).toThrow(/mode: dev, build, start/);
    expect(() => appCommand(['dev', '--out', 'x'], DEFAULTS)).toThrow(/unknown option --out/);
  });
});

describe('the story handed to Vite', () => {
  it('goes through the environment unchanged, and is absent when none was given', () => {
    const { build } = appCommand(
      ['dev', '--articles', 'a', '--settings', 's.json', '--story-gazetteer', 'g'],
      DEFAULTS,
    );
    expect(storyFromEnv(storyEnv(build))).toEqual(build);
    expect(storyFromEnv({})).toBeUndefined();
    expect(watchedPaths(build)).toEqual(['a', 's.json', 'corrections.json', DEFAULTS.gazetteerDir, 'g']);
  });
});
