// The review mode's side of the dev server's corrections endpoint (geo/dev/corrections-endpoint.ts):
// read the file, write the whole list back (a correction made or undone), with the token the dev
// server put in its page. There is no endpoint in the built site, and none of this code.
import {
  CORRECTIONS_ENDPOINT,
  GAZETTEER_ENDPOINT,
  MAX_SEARCH_CHARS,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
  type Correction,
  type GazetteerCandidate,
} from '../../geo/contract/corrections.ts';

const token = () => document.querySelector<HTMLMetaElement>(`meta[name="${REVIEW_TOKEN_META}"]`)?.content ?? '';

async function call(method: 'GET' | 'PUT', corrections?: Correction[]): Promise<Correction[]> {
  const response = await fetch(CORRECTIONS_ENDPOINT, {
    method,
    headers: { [REVIEW_TOKEN_HEADER]: token(), ...(corrections ? { 'content-type': 'application/json' } : {}) },
    ...(corrections ? { body: JSON.stringify({ corrections }) } : {}),
  });
  if (!response.ok) throw new Error(await response.text());
  return ((await response.json()) as { corrections: Correction[] }).corrections;
}

export const readCorrections = (): Promise<Correction[]> => call('GET');
export const writeCorrections = (corrections: Correction[]): Promise<Correction[]> => call('PUT', corrections);

/** The places of a name in the story's gazetteer, best first (the dev server's read-only search). */
export async function searchPlaces(name: string): Promise<GazetteerCandidate[]> {
  const query = encodeURIComponent(name.trim().slice(0, MAX_SEARCH_CHARS));
  const response = await fetch(`${GAZETTEER_ENDPOINT}?q=${query}`, { headers: { [REVIEW_TOKEN_HEADER]: token() } });
  if (!response.ok) throw new Error(await response.text());
  return ((await response.json()) as { candidates: GazetteerCandidate[] }).candidates;
}

/** Today, as a correction's date. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The point of the next click on the map, for placing a site; the map needs only these two methods. */
export interface ClickableMap {
  once(type: 'click', listener: (event: { lngLat: { lng: number; lat: number } }) => void): unknown;
  getCanvas(): HTMLElement;
}

/** Rounds a point as the pipeline rounds its own (about a metre). */
export const roundPoint = (lng: number, lat: number): [number, number] => [
  Math.round(lng * 1e5) / 1e5,
  Math.round(lat * 1e5) / 1e5,
];

export function pickPoint(map: ClickableMap): Promise<[number, number]> {
  const canvas = map.getCanvas();
  canvas.style.cursor = 'crosshair';
  return new Promise((done) =>
    map.once('click', ({ lngLat }) => {
      canvas.style.cursor = '';
      done(roundPoint(lngLat.lng, lngLat.lat));
    }),
  );
}
