// Build only: the built page carries its Content-Security-Policy in a <meta>, and a `_headers`
// file for static hosts sits beside it. The dev server is left alone (its HMR client needs
// inline styles and a WebSocket the policy would refuse).
import type { Plugin } from 'vite';
import { contentSecurityPolicy, headersFile } from './headers.ts';

export const HEADERS_FILE = '_headers';

export function securityHeaders(): Plugin {
  let styleUrl: string | undefined;
  return {
    name: 'dateline-security-headers',
    apply: 'build',
    configResolved(config) {
      // config.env holds VITE_* from the environment and .env files, as the app sees them.
      const value: unknown = config.env.VITE_BASEMAP_STYLE_URL;
      styleUrl = typeof value === 'string' && value !== '' ? value : undefined;
    },
    transformIndexHtml() {
      // First in <head>: a policy applies only to what the page loads after it.
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(styleUrl) },
          injectTo: 'head-prepend',
        },
      ];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile(styleUrl) });
    },
  };
}
