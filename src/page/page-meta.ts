// The page's title and description come from the story, which is only known once it loads:
// index.html carries a generic description for crawlers that run no script, and the app
// replaces both at runtime.
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
