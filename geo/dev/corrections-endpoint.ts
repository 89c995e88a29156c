// The Vite plugin behind the review mode of `npm run dev`: GET and PUT of the corrections file
// at one path, for the page this dev server served and no other (corrections-request.ts). It
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
  MAX_CORRECTIONS_BYTES,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
} from '../contract/corrections.ts';
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
}

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
  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const length = header(req, 'content-length');
    const refusal = refuseRequest(
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
    );
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
      server.middlewares.use(CORRECTIONS_ENDPOINT, (req, res) => {
        handle(req, res).catch((error: unknown) => {
          server.config.logger.error(`corrections: ${error instanceof Error ? error.message : String(error)}`);
          if (!res.headersSent) send(res, 500, 'the corrections file could not be read or written');
        });
      });
    },
  };
}
