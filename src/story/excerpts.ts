// What the excerpt panel shows, looked up from a place's excerpts: grouped by outlet,
// each sentence cut into plain-text parts around the highlight. Article text only ever
// reaches the page as text nodes.
import type { ArticleMeta, Excerpt, PlaceFeature } from '../../geo/contract/schema';

export type HighlightParts = { before: string; match: string; after: string };

export function highlightParts(excerpt: Excerpt): HighlightParts {
  const { sentence } = excerpt;
  const start = Math.min(Math.max(0, excerpt.highlight[0]), sentence.length);
  const end = Math.min(Math.max(start, excerpt.highlight[1]), sentence.length);
  return { before: sentence.slice(0, start), match: sentence.slice(start, end), after: sentence.slice(end) };
}

export type OutletGroup = { outlet: string; items: { excerpt: Excerpt; article: ArticleMeta | null }[] };

export function excerptsByOutlet(place: PlaceFeature, articleById: Map<string, ArticleMeta>): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const excerpt of place.properties.excerpts) {
    const article = articleById.get(excerpt.article) ?? null;
    const outlet = article?.outlet ?? excerpt.article;
    const group = groups.get(outlet) ?? { outlet, items: [] };
    group.items.push({ excerpt, article });
    groups.set(outlet, group);
  }
  return [...groups.values()].sort((a, b) => a.outlet.localeCompare(b.outlet));
}
