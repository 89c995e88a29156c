// The page's title and description come from the story: `vite build` writes them into the
// built index.html (geo/hosting/og-plugin.ts) for crawlers and readers that run no script, and
// the app writes them again at runtime (after a live rebuild in `npm run dev` too).
import type { StoryMeta } from '../../geo/contract/schema';

export function pageDescription(meta: Pick<StoryMeta, 'title' | 'subtitle'>): string {
  const subtitle = meta.subtitle.trim();
  return subtitle ? `${meta.title}: ${subtitle}` : meta.title;
}

/** Writes the story's title and description into the document's head. */
export function describePage(doc: Document, meta: Pick<StoryMeta, 'title' | 'subtitle'>): void {
  doc.title = meta.title;
  let tag = doc.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = doc.createElement('meta');
    tag.name = 'description';
    doc.head.append(tag);
  }
  tag.content = pageDescription(meta);
}
