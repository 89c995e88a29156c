// The built page's Content-Security-Policy and the headers a static host should send: what they
// allow, and that an online basemap's origin (VITE_BASEMAP_STYLE_URL) is let in at build time.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, headersFile, hostHeaders, styleOrigin } from '../../../geo/hosting/headers.ts';
import { HEADERS_FILE, securityHeaders } from '../../../geo/hosting/plugin.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

afterEach(() => vi.unstubAllEnvs());

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own origin, with data: and blob: images for MapLibre, and no plugins', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-|\*/);
  });

  it('lets an online basemap’s origin in for fetches and images, and nowhere else', () => {
    const policy = contentSecurityPolicy('https://tiles.example.org/styles/liberty.json?key=abc');
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://tiles.example.org");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://tiles.example.org");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
  });

  it.each([
    ['no style', undefined],
    ['a style on the app’s own origin', '/styles/base.json'],
    ['a URL that is not http(s)', 'javascript:alert(1)'],
  ])('adds no origin for %s', (_, url) => {
    expect(styleOrigin(url)).toBeNull();
    expect(contentSecurityPolicy(url)).toBe(contentSecurityPolicy());
  });

  it('gives hosts the same policy plus framing that allows embedding, nosniff and a referrer policy', () => {
    const headers = Object.fromEntries(hostHeaders());
    expect(headers['Content-Security-Policy']).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self' https:`);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
  });
});

describe('the build with the security headers plugin', () => {
  async function buildPage(): Promise<{ html: string; headers: string }> {
    const root = mkdtempSync(join(tmpdir(), 'dateline-csp-'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(join(root, 'main.js'), 'document.title = "built";\n');
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      envDir: root,
      logLevel: 'silent',
      plugins: [securityHeaders()],
      build: { outDir },
    });
    return {
      html: readFileSync(join(outDir, 'index.html'), 'utf8'),
      headers: readFileSync(join(outDir, HEADERS_FILE), 'utf8'),
    };
  }

  const metaPolicy = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");

  it('puts the policy in a <meta> before any script, and writes _headers beside the page', async () => {
    const { html, headers } = await buildPage();
    expect(metaPolicy(html)).toBe(contentSecurityPolicy());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(headers).toBe(headersFile());
  });

  it('lets in the origin of VITE_BASEMAP_STYLE_URL as set when the app is built', async () => {
    vi.stubEnv('VITE_BASEMAP_STYLE_URL', 'https://maps.example.net/style.json');
    const { html, headers } = await buildPage();
    expect(metaPolicy(html)).toContain("connect-src 'self' https://maps.example.net");
    expect(headers).toContain("connect-src 'self' https://maps.example.net");
  });
});
