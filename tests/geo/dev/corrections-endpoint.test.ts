// The dev server's corrections endpoint, on a real Vite dev server over a scratch file: the
// page's own requests read and write the file, atomically and in the one form; a request from
// another origin, without this run's token, with a bad or oversized body, or to another path is
// refused and leaves the file as it was.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORRECTIONS_ENDPOINT,
  GAZETTEER_ENDPOINT,
  MAX_CORRECTIONS_BYTES,
  MAX_SEARCH_CHARS,
  type GazetteerCandidate,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
} from '../../../geo/contract/corrections.ts';
import { correctionsEndpoint } from '../../../geo/dev/corrections-endpoint.ts';
import { refuseRequest, type EndpointRequest } from '../../../geo/dev/corrections-request.ts';
import { gazetteer } from '../gazetteer.ts';

const TOKEN = 'test-token-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'dateline-endpoint-'));
const file = join(dir, 'corrections.json');
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await createServer({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins: [correctionsEndpoint({ file, token: TOKEN, gazetteer })],
    server: { host: '127.0.0.1', port: 0, watch: null },
  });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
afterAll(() => server?.close());

const ENTRY = { what: 'stop:city:1', change: { do: 'reject' }, reason: 'not part of this trip', date: '2031-01-02' };
const body = (corrections: unknown[]) => JSON.stringify({ corrections });

function call(init: { method?: string; headers?: Record<string, string>; body?: string; path?: string } = {}) {
  return fetch(`${origin}${CORRECTIONS_ENDPOINT}${init.path ?? ''}`, {
    method: init.method ?? 'PUT',
    headers: {
      origin,
      'content-type': 'application/json',
      [REVIEW_TOKEN_HEADER]: TOKEN,
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

describe('the corrections endpoint of the dev server', () => {
  it('gives its page the token, and reads an absent file as no corrections', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain(`<meta name="${REVIEW_TOKEN_META}" content="${TOKEN}">`);
    const read = await call({ method: 'GET' });
    expect([read.status, await read.json()]).toEqual([200, { corrections: [] }]);
  });

  it('writes the page’s corrections to the file, one entry a line, with no file left beside it', async () => {
    const written = await call({
      body: body([ENTRY, { ...ENTRY, what: 'site:landmark:x', change: { do: 'place', lon: 1.5, lat: 2 } }]),
    });
    expect(written.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(
      '{\n  "corrections": [\n' +
        `    ${JSON.stringify(ENTRY)},\n` +
        '    {"what":"site:landmark:x","change":{"do":"place","lon":1.5,"lat":2},"reason":"not part of this trip","date":"2031-01-02"}\n' +
        '  ]\n}\n',
    );
    expect(
      readdirSync(dir)
        .filter((f) => f !== '.vite')
        .sort(),
    ).toEqual(['corrections.json', 'index.html']);
    expect(await (await call({ method: 'GET' })).json()).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    // Undo: the list without the entry, and the file says so.
    expect((await call({ body: body([]) })).status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "corrections": []\n}\n');
  });

  it.each([
    ['another origin', { headers: { origin: 'http://evil.example' } }, 403],
    ['no origin', { headers: { origin: '' } }, 403],
    ['a cross-site fetch', { headers: { 'sec-fetch-site': 'cross-site' } }, 403],
    ['no token', { headers: { [REVIEW_TOKEN_HEADER]: '' } }, 403],
    ['another run’s token', { headers: { [REVIEW_TOKEN_HEADER]: 'test-token-0123456780' } }, 403],
    ['a form post', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ['a body off the schema', { body: body([{ ...ENTRY, what: 'nowhere' }]) }, 422],
    ['a key written twice', { body: '{"corrections": [], "corrections": []}' }, 422],
    ['not JSON', { body: '{"corrections": [' }, 422],
    ['a body over the limit', { body: ' '.repeat(MAX_CORRECTIONS_BYTES + 1) }, 413],
    ['a path below the endpoint', { path: '/other.json' }, 404],
    ['a POST', { method: 'POST' }, 405],
  ])('refuses %s and leaves the file as it was', async (_name, init, status) => {
    writeFileSync(file, 'as it was');
    const response = await call({ body: body([ENTRY]), ...init });
    expect(response.status).toBe(status);
    expect(readFileSync(file, 'utf8')).toBe('as it was');
  });

  it('never writes a file the request names', async () => {
    await call({ body: body([ENTRY]), headers: { 'x-file': join(dir, 'other.json') }, path: '?file=other.json' });
    expect(existsSync(join(dir, 'other.json'))).toBe(false);
  });
});

describe('the gazetteer search of the dev server', () => {
  const search = (query: string, init: { method?: string; headers?: Record<string, string>; path?: string } = {}) =>
    fetch(`${origin}${GAZETTEER_ENDPOINT}${init.path ?? ''}?q=${encodeURIComponent(query)}`, {
      method: init.method ?? 'GET',
      headers: { origin, [REVIEW_TOKEN_HEADER]: TOKEN, ...init.headers },
    });

  it('gives its page the places of a name, each with its kind and country, best first', async () => {
    const response = await search('Cordoba');
    expect(response.status).toBe(200);
    const { candidates } = (await response.json()) as { candidates: GazetteerCandidate[] };
    const cities = candidates.filter((c) => c.kind === 'city').map((c) => c.country);
    expect(cities).toEqual(expect.arrayContaining(['ES', 'AR']));
    // A region of the name before its cities, the larger city first.
    expect(candidates[0]).toMatchObject({ kind: 'admin1', country: 'AR', name: 'Córdoba', form: 'name' });
    const populations = candidates.filter((c) => c.kind === 'city' && c.form === 'name').map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect((await (await search('')).json()) as unknown).toEqual({ candidates: [] });
  });

  it.each([
    ['another origin', { headers: { origin: 'http://evil.example' } }, 403],
    ['no token', { headers: { [REVIEW_TOKEN_HEADER]: '' } }, 403],
    ['a cross-site fetch', { headers: { 'sec-fetch-site': 'cross-site' } }, 403],
    ['a PUT', { method: 'PUT' }, 405],
    ['a POST', { method: 'POST' }, 405],
    ['a path below it', { path: '/other' }, 404],
  ])('refuses %s, and writes nothing', async (_name, init, status) => {
    writeFileSync(file, 'as it was');
    expect((await search('Cordoba', init)).status).toBe(status);
    expect(readFileSync(file, 'utf8')).toBe('as it was');
  });

  it('refuses a name longer than any place’s', async () => {
    expect((await search('x'.repeat(MAX_SEARCH_CHARS + 1))).status).toBe(414);
  });
});

describe('refuseRequest', () => {
  const good: EndpointRequest = {
    method: 'PUT',
    rest: '/',
    host: '127.0.0.1:5173',
    origin: 'http://127.0.0.1:5173',
    secFetchSite: 'same-origin',
    token: TOKEN,
    contentType: 'application/json; charset=utf-8',
    contentLength: 10,
  };
  it('lets the page’s own request through, and refuses one that claims a size over the limit', () => {
    expect(refuseRequest(good, TOKEN)).toBeNull();
    expect(refuseRequest({ ...good, method: 'GET', contentType: undefined }, TOKEN)).toBeNull();
    expect(refuseRequest({ ...good, contentLength: MAX_CORRECTIONS_BYTES + 1 }, TOKEN)?.status).toBe(413);
    expect(refuseRequest({ ...good, origin: 'https://127.0.0.1:5173' }, TOKEN)?.status).toBe(403);
    expect(refuseRequest({ ...good, host: undefined }, TOKEN)?.status).toBe(403);
    // A browser sends no Origin with a same-origin GET, only Sec-Fetch-Site; a write always names it.
    const read = { ...good, method: 'GET', origin: undefined, contentType: undefined };
    expect(refuseRequest(read, TOKEN)).toBeNull();
    expect(refuseRequest({ ...read, secFetchSite: undefined }, TOKEN)?.status).toBe(403);
    expect(refuseRequest({ ...read, secFetchSite: 'same-site' }, TOKEN)?.status).toBe(403);
    expect(refuseRequest({ ...good, origin: undefined }, TOKEN)?.status).toBe(403);
  });
  it('lets only a GET through where only reading is served', () => {
    expect(refuseRequest({ ...good, method: 'GET' }, TOKEN, ['GET'])).toBeNull();
    expect(refuseRequest(good, TOKEN, ['GET'])).toEqual({ status: 405, message: 'only GET is served here' });
  });
});
