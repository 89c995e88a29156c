// The corrections the desk's search, map clicks and drags make, as data: a mention resolved to a
// gazetteer entry, a site placed at one, a stop or a site no article names. Pure, so that the
// components only show and send them.
import type { CorrectionChange, GazetteerCandidate } from '../../geo/contract/corrections.ts';
import type { Story } from '../story/story.ts';

/** A place of the story the desk can point a correction at, by name. */
export interface Target {
  id: string;
  name: string;
}

/** A candidate as the desk lists it: its kind and country, how many live there, and whether the map has it already. */
export function candidateLabel(c: GazetteerCandidate, onMap: boolean): string {
  const people =
    c.population >= 1e6
      ? `${(c.population / 1e6).toFixed(1)} million`
      : c.population > 0
        ? `${Math.round(c.population / 1e3)}k`
        : '';
  return [c.kind, c.country, people, c.form === 'name' ? '' : `as ${c.form}`, onMap ? 'on the map now' : '']
    .filter(Boolean)
    .join(' · ');
}

/** The places only mentioned, which a search can resolve to another entry of their name. */
export function mentionTargets(story: Story): Target[] {
  return story.places.features
    .filter((p) => p.properties.role === 'mentioned')
    .map((p) => ({ id: p.id, name: p.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The story's sites, which a search can place at an entry's point. */
export const siteTargets = (story: Story): Target[] =>
  story.places.features.filter((p) => p.properties.role === 'site').map((p) => ({ id: p.id, name: p.properties.name }));

/** Resolve a mention to the entry: its id, name, kind, country and point. */
export const resolveChange = (c: GazetteerCandidate): CorrectionChange => ({
  do: 'resolve',
  to: c.id,
  name: c.name,
  kind: c.kind,
  country: c.country,
  lon: c.lon,
  lat: c.lat,
});

/** Put a site at the entry's point, naming the entry. */
export const placeAtChange = (c: GazetteerCandidate): CorrectionChange => ({
  do: 'place',
  lon: c.lon,
  lat: c.lat,
  at: c.name,
});

/** What an entry gives a stop or a site no article names: its name, point, kind and country. */
const fromEntry = (c: GazetteerCandidate) => ({
  name: c.name,
  lon: c.lon,
  lat: c.lat,
  kind: c.kind,
  ...(c.country ? { country: c.country } : {}),
});

/** Put the entry on the route after a stop (null: first). */
export const addStopChange = (c: GazetteerCandidate, after: string | null): CorrectionChange => ({
  do: 'add',
  after,
  ...fromEntry(c),
});

/** The entry as a site no article names, its key the entry's own id. */
export const addSiteFromEntry = (c: GazetteerCandidate): { what: string; change: CorrectionChange } => ({
  what: `site:${c.id}`,
  change: { do: 'add', ...fromEntry(c) },
});

/**
 * A site the editor clicked on the map, which no gazetteer names: its key made from its name
 * (`site:editor:fish-market`, `-2` where the story has that key already).
 */
export function addSiteAtPoint(
  name: string,
  [lon, lat]: [number, number],
  taken: ReadonlySet<string>,
): { what: string; change: CorrectionChange } {
  const slug =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'site';
  let what = `site:editor:${slug}`;
  for (let n = 2; taken.has(what); n++) what = `site:editor:${slug}-${n}`;
  return { what, change: { do: 'add', name: name.trim(), lon, lat } };
}
