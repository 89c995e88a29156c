// The review mode's write and its gazetteer search exist only under `npm run dev`: `vite preview`
// of the built site answers no read or write of the corrections and no search, and the built
// files hold neither endpoint, nor a review token, nor the review mode's code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  CORRECTIONS_ENDPOINT,
  GAZETTEER_ENDPOINT,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
} from '../../geo/contract/corrections.ts';
import { distDir } from './app-server.ts';

const baseUrl = inject('baseUrl');
const url = new URL(CORRECTIONS_ENDPOINT, baseUrl).href;
const origin = new URL(baseUrl).origin;

describe('vite preview and the built site', () => {
  it('write nothing and read no corrections at the endpoint', async () => {
    const body = JSON.stringify({ corrections: [] });
    for (const method of ['PUT', 'POST']) {
      const response = await fetch(url, {
        method,
        headers: { origin, 'content-type': 'application/json', [REVIEW_TOKEN_HEADER]: 'x' },
        body,
      });
      expect(response.status, method).toBeGreaterThanOrEqual(400);
    }
    const read = await fetch(url, { headers: { origin, [REVIEW_TOKEN_HEADER]: 'x' } });
    // The preview may answer any path with the page itself; never with corrections.
    expect(read.headers.get('content-type') ?? '').not.toMatch(/json/);
  });

  it('search no gazetteer', async () => {
    const search = await fetch(new URL(`${GAZETTEER_ENDPOINT}?q=Lisbon`, baseUrl), {
      headers: { origin, [REVIEW_TOKEN_HEADER]: 'x' },
    });
    const text = await search.text();
    expect(search.headers.get('content-type') ?? '').not.toMatch(/json/);
    expect(text).not.toContain('candidates');
  });

  it('hold no endpoint, no token and no review code in any built file', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js)$/.test(f));
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    for (const f of files) {
      const text = readFileSync(join(distDir, f), 'utf8');
      expect(text, f).not.toContain(CORRECTIONS_ENDPOINT);
      expect(text, f).not.toContain(GAZETTEER_ENDPOINT);
      expect(text, f).not.toContain(REVIEW_TOKEN_META);
      expect(text, f).not.toContain('data-testid="review');
    }
  });
});
