// A route against its answer key: the stops in order and the arrival dates the key gives.
// `stated: false` stops of the key (an origin no text names, a stop only planned) are scored
// neither way: left out of what is expected, and a stop that came out there is left out too.
import { km, sameName, type Point } from './names.ts';

export interface KeyStop extends Point {
  name: string;
  /** The word the texts use when they never name the city ("Qatar" for Doha). */
  statedAs?: string;
  arrive: string | null;
  stated: boolean;
}

export interface RouteStop extends Point {
  name: string;
  /** The arrival date Dateline gives; null when it gives none. */
  arrive: string | null;
  /** A stop no sentence states (an origin taken from the traveller's home). */
  inferred: boolean;
}

export interface RouteScore {
  exact: boolean;
  expected: string;
  got: string;
  /** The first difference, in words; null when exact. */
  why: string | null;
}

/** A stop is the key's within this distance; or within NAMED_KM when it bears the key's name (an island, a country for its capital). */
export const STOP_KM = 50;
export const NAMED_KM = 150;

export function isStop(key: KeyStop, got: RouteStop): boolean {
  const d = km(key, got);
  const named = sameName(key.name, got.name) || (key.statedAs !== undefined && sameName(key.statedAs, got.name));
  return d <= STOP_KM || (named && d <= NAMED_KM);
}

const shortDate = (date: string | null) => (date ? ` ${date.slice(5)}` : '');
const describe = (stops: Array<{ name: string; arrive: string | null }>, mark: (i: number) => string = () => '') =>
  stops.map((s, i) => `${mark(i)}${s.name}${shortDate(s.arrive)}`).join(' → ') || '(none)';

export function scoreRoute(key: KeyStop[], got: RouteStop[]): RouteScore {
  const expected = key.filter((k) => k.stated);
  const unscored = key.filter((k) => !k.stated);
  const scored = got.filter((g) => expected.some((k) => isStop(k, g)) || !unscored.some((k) => isStop(k, g)));
  const gotText = describe(got, (i) => (scored.includes(got[i]!) ? '' : '(unscored) ') + (got[i]!.inferred ? '*' : ''));
  const result = (why: string | null): RouteScore => ({
    exact: why === null,
    expected: describe(expected),
    got: gotText,
    why,
  });
  for (let i = 0; i < Math.max(expected.length, scored.length); i++) {
    const [k, g] = [expected[i], scored[i]];
    if (!k) return result(`stop ${i + 1}: ${g!.name} is one stop too many`);
    if (!g) return result(`stop ${i + 1}: ${k.name} is missing`);
    if (!isStop(k, g)) return result(`stop ${i + 1}: ${g.name} where the key has ${k.name}`);
    if (k.arrive !== null && k.arrive !== g.arrive)
      return result(`${k.name}: arrival ${g.arrive ?? 'not given'} where the key has ${k.arrive}`);
  }
  return result(null);
}
