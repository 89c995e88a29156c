// `vite build` copies public/ whole: the leftovers of an interrupted output swap must not
// reach the published data, while the outputs themselves do.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropSwapLeftovers } from '../../../geo/dev/drop-leftovers.ts';

/** A one-page app whose public/data holds a story folder and every kind of swap leftover. */
function appWithLeftovers(): string {
  const root = mkdtempSync(join(tmpdir(), 'dateline-dist-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  const data = join(root, 'public', 'data');
  for (const folder of ['story', 'story.tmp-000001718000000-42', 'story.old-42-1718000000000', 'basemap']) {
    mkdirSync(join(data, folder), { recursive: true });
    writeFileSync(join(data, folder, 'places.geojson'), '{}');
  }
  writeFileSync(join(data, 'story.lock'), '42\n');
  writeFileSync(join(data, 'basemap.lock'), '43\n');
  return root;
}

const buildApp = (root: string, plugins = [dropSwapLeftovers()]) =>
  build({ root, configFile: false, logLevel: 'silent', plugins, build: { outDir: join(root, 'dist') } });

describe('the build leaves out swap leftovers', () => {
  it('drops temp folders, sets moved aside and locks from the copied data, and keeps the outputs', async () => {
    const root = appWithLeftovers();
    await buildApp(root);
    const dist = join(root, 'dist', 'data');
    expect(existsSync(join(dist, 'story', 'places.geojson'))).toBe(true);
    expect(existsSync(join(dist, 'basemap', 'places.geojson'))).toBe(true);
    for (const leftover of [
      'story.tmp-000001718000000-42',
      'story.old-42-1718000000000',
      'story.lock',
      'basemap.lock',
    ]) {
      expect(existsSync(join(dist, leftover)), leftover).toBe(false);
    }
    expect(existsSync(join(root, 'public', 'data', 'story.lock')), 'public/ itself is left alone').toBe(true);
  });

  it('without the plugin, Vite would publish them', async () => {
    const root = appWithLeftovers();
    await buildApp(root, []);
    expect(existsSync(join(root, 'dist', 'data', 'story.old-42-1718000000000', 'places.geojson'))).toBe(true);
  });
});
