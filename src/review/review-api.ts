// The review mode's side of the dev server's corrections endpoint (geo/dev/corrections-endpoint.ts):
// read the file, write the whole list back (a correction made or undone), with the token the dev
// server put in its page. There is no endpoint in the built site, and none of this code.
import {
  CORRECTIONS_ENDPOINT,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
  type Correction,
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

/** Today, as a correction's date. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The point of the next click on the map, for placing a site; the map needs only these two methods. */
export interface ClickableMap {
  once(type: 'click', listener: (event: { lngLat: { lng: number; lat: number } }) => void): unknown;
  getCanvas(): HTMLElement;
}

export function pickPoint(map: ClickableMap): Promise<[number, number]> {
  const canvas = map.getCanvas();
  canvas.style.cursor = 'crosshair';
  return new Promise((done) =>
    map.once('click', ({ lngLat }) => {
      canvas.style.cursor = '';
      done([Math.round(lngLat.lng * 1e5) / 1e5, Math.round(lngLat.lat * 1e5) / 1e5]);
    }),
  );
}
