// The links the Share dialog hands out: the page with the hash of what is on screen, the
// embed page (`?embed`) with the same hash, and an <iframe> snippet whose height the
// parent page keeps in step with @newswire/frames (AMP's `embed-size` messages).
import { embedParam } from '../page/embed-mode.ts';

type Place = { origin: string; pathname: string; search: string };

/** The search part without `embed`, so a shared or "full map" link opens the whole page. */
function fullSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(embedParam);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The link to exactly what is on screen; `hash` comes from formatHash. */
export const shareUrl = (at: Place, hash: string): string =>
  `${at.origin}${at.pathname}${fullSearch(at.search)}${hash}`;

export function embedUrl(at: Place, hash: string): string {
  const search = fullSearch(at.search);
  return `${at.origin}${at.pathname}${search ? `${search}&` : '?'}${embedParam}${hash}`;
}

/** The parent page's half of the frames protocol, written beside the app by geo/hosting/frames.ts. */
export const framesScript = 'frames.js';

const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Ready to paste into an article: the iframe at full width, then the script that sets its
 * height from the embed's messages (without it the iframe keeps its starting height).
 */
export function embedSnippet(at: Place, hash: string, title: string): string {
  const script = `${at.origin}${at.pathname.replace(/[^/]*$/, '')}${framesScript}`;
  return [
    `<iframe src="${attribute(embedUrl(at, hash))}" title="${attribute(title)}" width="100%" height="520"`,
    `  scrolling="no" style="border:0" data-dateline-embed></iframe>`,
    `<script src="${attribute(script)}"></script>`,
  ].join('\n');
}
