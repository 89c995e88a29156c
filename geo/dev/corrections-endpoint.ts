// The Vite plugin behind the review mode of `npm run dev`: GET and PUT of the corrections file
// at one path, and GET of a search of the gazetteer by name at another (read-only), for the page
// this dev server served and no other (corrections-request.ts). It
// exists only in the dev server (`apply: 'serve'`, `configureServer`): `vite preview` and the
// built site have none. It adds the token and the review mode's script to the page it serves. A PUT body is checked as `npm run data` checks the file (schema, a key
// written twice, size) and written to the one file it was given, atomically; the path never
// comes from the request. The live rebuild (live-data.ts) sees the file change and redraws.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  CORRECTIONS_ENDPOINT,
  correctionsText,
  GAZETTEER_ENDPOINT,
  MAX_CORRECTIONS_BYTES,
  MAX_SEARCH_CHARS,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
} from '../contract/corrections.ts';
import { searchGazetteer } from '../gazetteer/search.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { InputError } from '../io/errors.ts';
import { readUtf8IfPresent, writeFileAtomically } from '../io/io.ts';
import { parseCorrections } from '../story/corrections/parse.ts';
import { refuseRequest } from './corrections-request.ts';

export interface CorrectionsEndpointOptions {
  /** The corrections file (default data/corrections.json). */
  file?: string;
  /** The per-run token (default: 32 random bytes); tests pass their own. */
  token?: string;
  /** The review mode's script, added to the dev server's page (default /src/review/main.ts). */
  entry?: string;
  /** The folders the story's gazetteer is built from (default data/gazetteer), for the search. */
  gazetteerDir?: string;
  storyGazetteerDir?: string;
  /** The gazetteer to search instead (tests); by default the live rebuild's own, loaded on the first search. */
  gazetteer?: () => Promise<Gazetteer>;
}

/** geo/build.ts, loaded through Vite as the live rebuild loads it, so that both share one gazetteer in memory. */
type Pipeline = typeof import('../build.ts');

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The request's body, refused past `max` bytes while it arrives. */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        done(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export function correctionsEndpoint(options: CorrectionsEndpointOptions = {}): Plugin {
  const file = resolve(options.file ?? 'data/corrections.json');
  const token = options.token ?? randomBytes(32).toString('base64url');
  let gazetteer: () => Promise<Gazetteer> = () => Promise.reject(new Error('the dev server has not started'));
  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };

  /** The request as corrections-request.ts checks it. */
  const checked = (req: IncomingMessage, methods?: ReadonlyArray<'GET' | 'PUT'>) => {
    const length = header(req, 'content-length');
    return refuseRequest(
      {
        method: req.method ?? '',
        rest: (req.url ?? '').split('?')[0]!,
        host: header(req, 'host'),
        origin: header(req, 'origin'),
        secFetchSite: header(req, 'sec-fetch-site'),
        token: header(req, REVIEW_TOKEN_HEADER),
        contentType: header(req, 'content-type'),
        contentLength: length === undefined ? null : Number(length),
      },
      token,
      methods,
    );
  };

  /** GET ?q=<name>: the places of that name, as JSON; nothing is written. */
  async function search(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checked(req, ['GET']);
    if (refusal) return send(res, refusal.status, refusal.message);
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get('q') ?? '';
    if (query.length > MAX_SEARCH_CHARS)
      return send(res, 414, `search for a name of at most ${MAX_SEARCH_CHARS} characters`);
    const candidates = searchGazetteer(await gazetteer(), query);
    send(res, 200, JSON.stringify({ candidates }), 'application/json');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checked(req);
    if (refusal) return send(res, refusal.status, refusal.message);
    if (req.method === 'GET') {
      const text = (await readUtf8IfPresent(file, MAX_CORRECTIONS_BYTES)) ?? '{ "corrections": [] }';
      return send(res, 200, JSON.stringify({ corrections: parseCorrections(file, text) }), 'application/json');
    }
    const body = await readBody(req, MAX_CORRECTIONS_BYTES);
    if (body === null) return send(res, 413, `the corrections are over ${MAX_CORRECTIONS_BYTES} bytes`);
    try {
      const corrections = parseCorrections('the request', body);
      await writeFileAtomically(file, correctionsText({ corrections }));
      send(res, 200, JSON.stringify({ corrections }), 'application/json');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      send(res, 422, error.message);
    }
  }

  return {
    name: 'dateline-corrections-endpoint',
    apply: 'serve',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: REVIEW_TOKEN_META, content: token }, injectTo: 'head' },
      { tag: 'script', attrs: { type: 'module', src: options.entry ?? '/src/review/main.ts' }, injectTo: 'body' },
    ],
    configureServer(server) {
      gazetteer =
        options.gazetteer ??
        (async () => {
          const pipeline = (await server.ssrLoadModule('/geo/build.ts')) as Pipeline;
          return pipeline.loadGazetteer(
            options.gazetteerDir ?? pipeline.DEFAULTS.gazetteerDir,
            options.storyGazetteerDir,
          );
        });
      server.middlewares.use(CORRECTIONS_ENDPOINT, (req, res) => {
        handle(req, res).catch((error: unknown) => {
          server.config.logger.error(`corrections: ${error instanceof Error ? error.message : String(error)}`);
          if (!res.headersSent) send(res, 500, 'the corrections file could not be read or written');
        });
      });
      server.middlewares.use(GAZETTEER_ENDPOINT, (req, res) => {
        search(req, res).catch((error: unknown) => {
          server.config.logger.error(`gazetteer search: ${error instanceof Error ? error.message : String(error)}`);
          if (!res.headersSent) send(res, 500, 'the gazetteer could not be searched');
        });
      });
    },
  };
}
