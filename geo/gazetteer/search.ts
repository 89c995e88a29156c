// The review mode's search by name (the dev server's gazetteer endpoint): the places a name can
// be, as the geoparser would look it up (the same folding), best first: a name before an alias,
// a demonym or a code; a country before a region before a city; then the larger city.
import { MAX_CANDIDATES, MAX_SEARCH_CHARS, type GazetteerCandidate } from '../contract/corrections.ts';
import { shortFormVariants, foldName } from './names.ts';
import type { Gazetteer, NameForm } from './types.ts';

const FORM_RANK: Record<NameForm, number> = { name: 0, alias: 1, abbreviation: 2, demonym: 3, code: 4 };
const KIND_RANK = ['country', 'admin1', 'region', 'sea', 'city', 'landmark'];

export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = MAX_CANDIDATES): GazetteerCandidate[] {
  const name = query.trim().slice(0, MAX_SEARCH_CHARS);
  if (name === '') return [];
  const found = new Map<string, GazetteerCandidate & { rank: number }>();
  for (const variant of shortFormVariants(name)) {
    for (const hit of gazetteer.lookup(foldName(variant)) ?? []) {
      const entry = gazetteer.entry(hit.id);
      if (!entry || (found.get(hit.id)?.rank ?? Infinity) <= FORM_RANK[hit.form]) continue;
      found.set(hit.id, {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        country: entry.country,
        lon: entry.lon,
        lat: entry.lat,
        population: entry.population,
        form: hit.form,
        rank: FORM_RANK[hit.form],
      });
    }
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind) ||
        b.population - a.population ||
        a.id.localeCompare(b.id),
    )
    .slice(0, Math.max(0, Math.min(limit, MAX_CANDIDATES)))
    .map(({ rank: _, ...candidate }) => candidate);
}
