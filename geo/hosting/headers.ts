// The security headers of the built app, as data: the Content-Security-Policy the page carries
// in a <meta> and the full set a static host should send (geo/hosting/plugin.ts writes both).
// The app loads only its own origin; an online basemap (VITE_BASEMAP_STYLE_URL) adds the
// style's origin, which the app fetches and MapLibre loads tiles and images from.

type Policy = Record<string, string[]>;

const SELF = "'self'";

/** What the app needs: its own scripts, worker, styles, fonts and data; MapLibre's CSS icons are data: URLs. */
const APP_POLICY: Policy = {
  'default-src': [SELF],
  'script-src': [SELF],
  'worker-src': [SELF],
  'style-src': [SELF],
  'img-src': [SELF, 'data:', 'blob:'],
  'font-src': [SELF],
  'connect-src': [SELF],
  'object-src': ["'none'"],
  'base-uri': [SELF],
  'form-action': [SELF],
};

/**
 * Who may show the app in a frame. A <meta> policy cannot say this (browsers ignore
 * frame-ancestors there), so only the host's header carries it. Any HTTPS page may embed the
 * map; list the newsroom's own origins instead of `https:` to narrow it.
 */
export const FRAME_ANCESTORS = `frame-ancestors ${SELF} https:`;

/** The origin of an online basemap style, or null for none, a same-origin path or a non-web URL. */
export function styleOrigin(styleUrl: string | undefined): string | null {
  if (!styleUrl) return null;
  try {
    const url = new URL(styleUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null; // a relative URL is on the app's own origin
  }
}

/** The policy for a build, as the value of a Content-Security-Policy header or meta. */
export function contentSecurityPolicy(styleUrl?: string): string {
  const origin = styleOrigin(styleUrl);
  const extra: Policy = origin ? { 'connect-src': [origin], 'img-src': [origin] } : {};
  return Object.entries(APP_POLICY)
    .map(([directive, sources]) => [directive, ...sources, ...(extra[directive] ?? [])].join(' '))
    .join('; ');
}

/** The headers a static host should send with every file, in the order they are documented. */
export function hostHeaders(styleUrl?: string): Array<[string, string]> {
  return [
    ['Content-Security-Policy', `${contentSecurityPolicy(styleUrl)}; ${FRAME_ANCESTORS}`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/** Netlify's and Cloudflare Pages' `_headers` file: the headers for every path of the site. */
export function headersFile(styleUrl?: string): string {
  return ['/*', ...hostHeaders(styleUrl).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
