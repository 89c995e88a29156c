import type { Gazetteer, GazetteerEntry } from './types.ts';

/** A country's capital city: where its route starts and its trade flows are drawn from. Null when none is known. */
export function capitalOf(country: GazetteerEntry, gazetteer: Gazetteer): GazetteerEntry | null {
  return (country.city ? gazetteer.entry(country.city) : undefined) ?? null;
}
