// One site under two names: a transcript's header writes "JW Marriott Hanoi", the next one
// "JW Marriott Hotel Hanoi". Two sites no gazetteer places, in one city, are one when every
// word of the shorter name is in the longer; the longer name is kept.
import { foldName } from '../../gazetteer/names.ts';
import { SITE_NAME_JOINERS } from '../../lexicon/sites.ts';
import { storyOrder } from '../evidence/sentence-ref.ts';
import type { SiteVisit } from './types.ts';

/** One spelling for the words a venue's name is written both ways with: "Centre" and "Center". */
const SPELLINGS = new Map([
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['harbour', 'harbor'],
]);

const words = (name: string) =>
  new Set(
    foldName(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !SITE_NAME_JOINERS.includes(w))
      .map((w) => SPELLINGS.get(w) ?? w),
  );

export function mergeSameSites(sites: SiteVisit[]): SiteVisit[] {
  const kept: SiteVisit[] = [];
  for (const site of [...sites].sort((a, b) => words(b.place.name).size - words(a.place.name).size)) {
    const into = kept.find((k) => k.approximate && site.approximate && k.city.id === site.city.id && within(site, k));
    if (!into) {
      kept.push(site);
      continue;
    }
    into.headers = [...into.headers, ...site.headers].sort((a, b) => a.article - b.article);
    into.sightings = [...into.sightings, ...site.sightings].sort(storyOrder);
  }
  return kept;
}

/** Every word of the shorter name is one of the longer's. */
function within(shorter: SiteVisit, longer: SiteVisit): boolean {
  const long = words(longer.place.name);
  return [...words(shorter.place.name)].every((w) => long.has(w));
}
