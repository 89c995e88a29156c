// An article's address as a link: kept apart from the excerpts, since the header links its
// outlets on the first view and the excerpt panel is loaded on first use.

/** Only http(s) links are followed: a `javascript:` or `data:` URL from an article is dropped. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
