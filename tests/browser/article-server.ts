// A newsroom's article page on an origin of its own, for the embed test: the app is served on
// 127.0.0.1, the article on `localhost` at another port, so the two differ in host and port
// (cross-site: Chromium puts the iframe in a process of its own, as it would for a newsroom).
//
// Both are loopback on purpose. Chromium's Local Network Access checks block a page it places
// in the public address space from loading anything on loopback (the iframe fails with
// ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS and frames.js with a CORS error), and a page that
// Playwright fulfils from a route, like `http://article.test`, is such a page. A real article
// and a real Dateline host are both public, so the checks never apply to them.
import { createServer } from 'node:http';
import { PNG } from 'pngjs';

export async function serveArticle(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}/article.html`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** How many pixels of a screenshot are within a small distance of a `#rrggbb` colour. */
export function pixelsOf(screenshot: Buffer, hex: string): number {
  const { data } = PNG.sync.read(screenshot);
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (target.every((value, channel) => Math.abs(data[i + channel]! - value) < 24)) count++;
  }
  return count;
}
