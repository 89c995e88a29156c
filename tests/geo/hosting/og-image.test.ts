// The link preview: og.png drawn by the build from the world view's data, and the tags that
// point crawlers at it.
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Topology } from 'topojson-specification';
import { countryCodes } from '../../app/country-codes.ts';
import { buildCountries } from '../../../geo/basemap/world.ts';
import { OG_IMAGE_FILE, openGraphImage, renderPreview } from '../../../geo/hosting/og-plugin.ts';
import { ogImageSvg } from '../../../geo/hosting/og-image.ts';
import { color } from '../../../src/map/tokens.ts';

/** public/data as the pipeline writes it: the app's story fixture and the basemap's countries. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-og-'));
  cpSync(join(import.meta.dirname, '..', '..', 'app', 'fixtures', 'story'), join(dir, 'story'), { recursive: true });
  mkdirSync(join(dir, 'basemap'));
  const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology;
  writeFileSync(join(dir, 'basemap', 'countries.geojson'), JSON.stringify(buildCountries(topology, countryCodes)));
  return dir;
}

const hex = (rgb: string) => [1, 3, 5].map((i) => parseInt(rgb.slice(i, i + 2), 16));

describe('the Open Graph image', async () => {
  const data = dataDir();
  const { png } = await renderPreview(data);
  const image = PNG.sync.read(Buffer.from(png));

  it('is a PNG of 1200×630', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('is not blank, and the route is drawn in the route’s colour', () => {
    const pixels = image.width * image.height;
    const grey = Array.from(
      { length: pixels },
      (_, i) => image.data[i * 4]! + image.data[i * 4 + 1]! + image.data[i * 4 + 2]!,
    );
    const mean = grey.reduce((a, b) => a + b, 0) / pixels;
    const variance = grey.reduce((a, b) => a + (b - mean) ** 2, 0) / pixels;
    expect(variance).toBeGreaterThan(500);
    const [r, g, b] = hex(color.route);
    let routePixels = 0;
    for (let i = 0; i < pixels; i++)
      if (image.data[i * 4] === r && image.data[i * 4 + 1] === g && image.data[i * 4 + 2] === b) routePixels++;
    expect(routePixels).toBeGreaterThan(500);
  });

  it('is the same bytes on every build', async () => {
    expect(Buffer.from((await renderPreview(data)).png).equals(Buffer.from(png))).toBe(true);
  });

  it('dashes a leg no outlet states and escapes the title', () => {
    const collection = (features: object[]) => ({ type: 'FeatureCollection' as const, features }) as never;
    const leg = (basis: string) => ({
      type: 'Feature',
      properties: { basis },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [10, 10],
        ],
      },
    });
    const svg = ogImageSvg({
      title: 'Trade <& talks>',
      subtitle: '',
      bounds: [0, 0, 10, 10],
      countries: collection([]),
      route: collection([leg('inferred'), leg('stated')]),
      stops: [],
      colors: { ...color, route: '#123456' },
    });
    expect(svg).toContain('Trade &lt;&amp; talks&gt;');
    expect(svg.match(/stroke="#123456"[^>]*stroke-dasharray/g)).toHaveLength(1);
  });
});

describe('the built page', () => {
  async function buildPage(siteUrl?: string): Promise<{ html: string; dist: string }> {
    const root = mkdtempSync(join(tmpdir(), 'dateline-og-page-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const dist = join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [openGraphImage({ dataDir: dataDir(), siteUrl })],
      build: { outDir: dist },
    });
    return { html: readFileSync(join(dist, 'index.html'), 'utf8'), dist };
  }
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

  it('carries og:image, og:title, og:description and twitter:card, and ships og.png beside it', async () => {
    const { html, dist } = await buildPage();
    expect(meta(html, 'og:image')).toBe(`/${OG_IMAGE_FILE}`);
    expect(meta(html, 'og:title')).toBe('A leader’s trip to Pyongyang and Hanoi');
    expect(meta(html, 'og:description')).toBeTruthy();
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(PNG.sync.read(readFileSync(join(dist, OG_IMAGE_FILE))).width).toBe(1200);
  }, 60_000);

  it('gives the image a full URL when the site’s address is set (DATELINE_SITE_URL)', async () => {
    const { html } = await buildPage('https://maps.example.org/putin-visit');
    expect(meta(html, 'og:image')).toBe('https://maps.example.org/putin-visit/og.png');
    expect(meta(html, 'og:url')).toBe('https://maps.example.org/putin-visit/');
  }, 60_000);
});
