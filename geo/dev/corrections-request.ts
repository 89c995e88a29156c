// Whether a request to the dev server's corrections endpoint may read or write the file: pure,
// so that every refusal is tested without a server. Only the page the dev server itself served
// can pass: the same origin (a page elsewhere cannot forge Origin in a browser), the per-run
// token (a page elsewhere cannot read it), JSON and a body within the size limit.
import { MAX_CORRECTIONS_BYTES } from '../contract/corrections.ts';

export interface EndpointRequest {
  method: string;
  /** The path after the endpoint's: only the endpoint itself is served, no path below it. */
  rest: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
  contentType: string | undefined;
  contentLength: number | null;
}

export interface Refusal {
  status: number;
  message: string;
}

/**
 * Why the request is refused, or null when it may go on. `methods`: GET and PUT for the
 * corrections; GET alone for the gazetteer search, which writes nothing.
 */
export function refuseRequest(
  request: EndpointRequest,
  token: string,
  methods: ReadonlyArray<'GET' | 'PUT'> = ['GET', 'PUT'],
): Refusal | null {
  if (request.rest !== '' && request.rest !== '/') return { status: 404, message: 'no such path' };
  if (!(methods as readonly string[]).includes(request.method))
    return { status: 405, message: `only ${methods.join(' and ')} ${methods.length > 1 ? 'are' : 'is'} served here` };
  // A browser names the origin of every write; of a same-origin read it says only that (Sec-Fetch-Site).
  const sameOrigin = request.host !== undefined && request.origin === `http://${request.host}`;
  const sameOriginRead =
    request.method === 'GET' && request.origin === undefined && request.secFetchSite === 'same-origin';
  if (!request.host || !(sameOrigin || sameOriginRead))
    return { status: 403, message: 'only the page of this dev server may read or write corrections' };
  if (request.secFetchSite !== undefined && request.secFetchSite !== 'same-origin')
    return { status: 403, message: 'only a same-origin request may read or write corrections' };
  if (!request.token || !sameText(request.token, token))
    return { status: 403, message: 'the review token is missing or not this run’s: reload the page' };
  if (request.method === 'GET') return null;
  if (!/^application\/json(\s*;|$)/i.test(request.contentType ?? ''))
    return { status: 415, message: 'send the corrections as application/json' };
  if (request.contentLength !== null && request.contentLength > MAX_CORRECTIONS_BYTES)
    return { status: 413, message: `the corrections are over ${MAX_CORRECTIONS_BYTES} bytes` };
  return null;
}

/** String equality in time that does not depend on where the two first differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) differ |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return differ === 0;
}
