// `vite build` copies public/ whole: what Dateline leaves beside and inside its outputs (markers,
// locks, the leftovers of an interrupted swap) must not reach the published site, while the
// outputs themselves, and anything of the user's that only looks like a leftover, do.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropSwapLeftovers } from '../../../geo/dev/drop-leftovers.ts';
import { lockText, markerText, OUTPUT_MARKER, runId } from '../../../geo/io/output-marker.ts';

const RUN = runId(1_718_000_000_000, 42);
const OURS = ['story.tmp-' + RUN, 'story.old-' + RUN, '.story.dateline-lock', '.basemap.dateline-lock'];
const USERS = ['story.old-2024-06', 'story.tmp-1-1', 'yarn.lock', `basemap.old-${runId(5, 5)}`];

/** A one-page app whose public/data holds the outputs, Dateline's leftovers and the user's look-alikes. */
function appWithLeftovers(): string {
  const root = mkdtempSync(join(tmpdir(), 'dateline-dist-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  const data = join(root, 'public', 'data');
  const marker = (output: string, run: string) => markerText({ output, command: `npm run ${output}` }, run);
  const folders: Array<[string, string | null]> = [
    ['story', marker('story', RUN)],
    ['basemap', marker('basemap', RUN)],
    [OURS[0]!, marker('story', RUN)],
    [OURS[1]!, marker('story', RUN)],
    [USERS[0]!, null],
    [USERS[1]!, null],
    // A marker of another run than its name gives: not provably a leftover.
    [USERS[3]!, marker('basemap', RUN)],
  ];
  for (const [folder, text] of folders) {
    mkdirSync(join(data, folder), { recursive: true });
    writeFileSync(join(data, folder, 'places.geojson'), '{}');
    if (text) writeFileSync(join(data, folder, OUTPUT_MARKER), text);
  }
  for (const lock of OURS.slice(2))
    writeFileSync(join(data, lock), lockText({ pid: 42, run: RUN, output: 'story' }, new Date()));
  writeFileSync(join(data, 'yarn.lock'), '# yarn lockfile v1\n');
  return root;
}

const buildApp = (root: string, plugins = [dropSwapLeftovers()]) =>
  build({ root, configFile: false, logLevel: 'silent', plugins, build: { outDir: join(root, 'dist') } });

describe('the build leaves out what Dateline leaves', () => {
  it('drops markers, locks and its own leftovers from the copied data; keeps the outputs and the user’s files', async () => {
    const root = appWithLeftovers();
    await buildApp(root);
    const dist = join(root, 'dist', 'data');
    expect(existsSync(join(dist, 'story', 'places.geojson'))).toBe(true);
    expect(existsSync(join(dist, 'basemap', 'places.geojson'))).toBe(true);
    for (const folder of ['story', 'basemap'])
      expect(existsSync(join(dist, folder, OUTPUT_MARKER)), `${folder}/${OUTPUT_MARKER}`).toBe(false);
    for (const leftover of OURS) expect(existsSync(join(dist, leftover)), leftover).toBe(false);
    for (const mine of USERS) expect(existsSync(join(dist, mine)), mine).toBe(true);
    expect(existsSync(join(root, 'public', 'data', '.story.dateline-lock')), 'public/ itself is left alone').toBe(true);
  });

  it('without the plugin, Vite would publish them', async () => {
    const root = appWithLeftovers();
    await buildApp(root, []);
    expect(existsSync(join(root, 'dist', 'data', `story.old-${RUN}`, 'places.geojson'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'data', 'story', OUTPUT_MARKER))).toBe(true);
  });
});
