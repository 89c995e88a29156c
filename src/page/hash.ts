// The shareable state in the URL hash: camera, hidden layers and the open place, e.g.
// #map=3.20/21.0300/105.8300&hide=mentioned,flow:flow-china&place=hanoi, and the step of
// "Follow the trip" being read (#step=4, counted from 1 as the reader sees it).
export type Camera = { zoom: number; lat: number; lng: number };
export type HashState = { camera: Camera | null; hidden: string[]; place: string | null; step: number | null };

export const emptyHashState: HashState = { camera: null, hidden: [], place: null, step: null };

function parseCamera(text: string | null): Camera | null {
  if (!text) return null;
  const parts = text.split('/').map(Number);
  const [zoom, lat, lng] = parts;
  if (parts.length !== 3 || zoom === undefined || lat === undefined || lng === undefined) return null;
  if (![zoom, lat, lng].every(Number.isFinite) || Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < 0 || zoom > 24)
    return null;
  return { zoom, lat, lng };
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const hidden = (params.get('hide') ?? '').split(',').filter((s) => s.length > 0);
  const place = params.get('place') || null;
  return {
    camera: parseCamera(params.get('map')),
    hidden: [...new Set(hidden)],
    place,
    step: parseStep(params.get('step')),
  };
}

/** A step number from 1; anything else is no step. */
function parseStep(text: string | null): number | null {
  return text && /^[1-9]\d{0,3}$/.test(text) ? Number(text) : null;
}

/** Percent-encodes an id but keeps `:` so links stay readable (`hide=flow:flow-china`). */
const readable = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  const { camera } = state;
  if (camera) parts.push(`map=${camera.zoom.toFixed(2)}/${camera.lat.toFixed(4)}/${camera.lng.toFixed(4)}`);
  if (state.hidden.length) parts.push(`hide=${state.hidden.map(readable).join(',')}`);
  if (state.place) parts.push(`place=${readable(state.place)}`);
  if (state.step) parts.push(`step=${state.step}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
