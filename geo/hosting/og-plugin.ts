// Build only: the link preview. The world view drawn as og.png (1200×630) from the built data
// (public/data: run `npm run basemap` and `npm run data` first, as `npm run build` does), and the
// Open Graph and Twitter tags that point crawlers at it. Crawlers do not resolve a relative URL
// against the page, so the image's URL is the site's path ("/og.png"), or absolute when
// DATELINE_SITE_URL (the address the site is served from) is set when building.
import type { Plugin } from 'vite';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { Resvg } from '@resvg/resvg-js';
import { packageFile, readBinaryFile, readJsonFile, withScratchFiles } from '../io/io.ts';
import { BASEMAP_FILES, STORY_FILES } from '../contract/names.ts';
import type { StoryMeta } from '../contract/schema.ts';
import { color, storyPalette } from '../../src/map/tokens.ts';
import { ogImageSvg, OG_HEIGHT, OG_WIDTH } from './og-image.ts';
import { woffToSfnt } from './woff.ts';
import { pageDescription } from '../../src/page/page-meta.ts';

export const OG_IMAGE_FILE = 'og.png';
/** The app's label font, bold for the title; the rasteriser falls back from subset to subset. */
const FONTS = ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700', 'vietnamese-400', 'vietnamese-700'].map(
  (subset) => `@fontsource/noto-sans/files/noto-sans-${subset}-normal.woff`,
);

type Places = FeatureCollection<Point, { name: string; role: string; basis?: string }>;
export type OgOptions = { dataDir?: string; siteUrl?: string };

export async function renderPreview(dataDir: string): Promise<{ png: Uint8Array; meta: StoryMeta }> {
  const read = (path: string) => readJsonFile(`${dataDir}/${path}`);
  const meta = (await read(`story/${STORY_FILES.story}`)) as StoryMeta;
  const places = (await read(`story/${STORY_FILES.places}`)) as Places;
  const palette = storyPalette(meta.colors);
  const svg = ogImageSvg({
    title: meta.title,
    subtitle: meta.subtitle,
    bounds: meta.bounds,
    countries: (await read(`basemap/${BASEMAP_FILES.countries}`)) as FeatureCollection<Geometry | null>,
    route: (await read(`story/${STORY_FILES.route}`)) as FeatureCollection<Geometry | null>,
    stops: places.features
      .filter((f) => f.properties.role === 'stop')
      .map((f) => ({
        name: f.properties.name,
        at: f.geometry.coordinates,
        inferred: f.properties.basis === 'inferred',
      })),
    colors: { ...color, route: palette.route },
  });
  const fonts = Object.fromEntries(
    await Promise.all(
      FONTS.map(async (f) => [f.replace(/\.woff$/, '.ttf'), woffToSfnt(await readBinaryFile(packageFile(f)))] as const),
    ),
  );
  const png = await withScratchFiles(fonts, (fontFiles) =>
    new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' } }).render().asPng(),
  );
  return { png, meta };
}

export function openGraphImage(options: OgOptions = {}): Plugin {
  let base = '/';
  let preview: Promise<{ png: Uint8Array; meta: StoryMeta }> | null = null;
  const rendered = () => (preview ??= renderPreview(options.dataDir ?? 'public/data'));
  return {
    name: 'dateline-open-graph',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async transformIndexHtml(html) {
      const { meta } = await rendered();
      const site = options.siteUrl ? new URL(options.siteUrl.replace(/\/?$/, '/')) : null;
      const image = site ? new URL(OG_IMAGE_FILE, site).href : `${base}${OG_IMAGE_FILE}`;
      const description = meta.subtitle.trim() || meta.title;
      const tag = (attrs: Record<string, string>) => ({ tag: 'meta', attrs, injectTo: 'head' as const });
      const tags = [
        tag({ property: 'og:type', content: 'website' }),
        tag({ property: 'og:title', content: meta.title }),
        tag({ property: 'og:description', content: description }),
        tag({ property: 'og:image', content: image }),
        tag({ property: 'og:image:width', content: String(OG_WIDTH) }),
        tag({ property: 'og:image:height', content: String(OG_HEIGHT) }),
        tag({ property: 'og:image:alt', content: `Map: ${meta.title}` }),
        ...(site ? [tag({ property: 'og:url', content: site.href })] : []),
        tag({ name: 'twitter:card', content: 'summary_large_image' }),
      ];
      return { html: withStoryHead(html, meta), tags };
    },
    async generateBundle() {
      const { png } = await rendered();
      this.emitFile({ type: 'asset', fileName: OG_IMAGE_FILE, source: png });
    },
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page's title and description as the app writes them once the story loads, already in the
 * built HTML: what a crawler, a link preview or a reader without JavaScript sees.
 */
export function withStoryHead(html: string, meta: Pick<StoryMeta, 'title' | 'subtitle'>): string {
  const description = `<meta name="description" content="${escapeHtml(pageDescription(meta))}" />`;
  return html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta\s+name="description"[^>]*>/, () => description);
}
