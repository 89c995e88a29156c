// Resolve: each candidate → one gazetteer entry (or none), with a confidence and the
// reason, using what the article and the story say around it.
import type { Gazetteer, GazetteerEntry, NameHit } from '../gazetteer/types.ts';
import { GOVERNMENT_OBJECT_CUES, GOVERNMENT_VERBS, LOCATIVE_WORDS } from '../lexicon/places.ts';
import {
  countyEvidence,
  regionEvidence,
  regionOfPlace,
  townEvidence,
  WELL_KNOWN_POPULATION,
  type Evidence,
} from './evidence.ts';
import type { Candidate, ResolveContext } from './candidate.ts';

export interface Resolved {
  candidate: Candidate;
  entry: GazetteerEntry;
  form: NameHit['form'];
  confidence: number;
  /** What the evidence for this reading added up to (see evidence.ts): readings of one name compare by it. */
  score: number;
  /** Set apart from the name's plain sense by the words with it ("Washington state"): other mentions do not follow it. */
  marked: boolean;
  reason: string;
  metonym: boolean;
}

/** The countries an article names: the context that lets a small town or a landmark in. */
export type ArticleContext = Omit<ResolveContext, 'storyCountries'>;

export function contextOf(candidates: Candidate[], gazetteer: Gazetteer): ArticleContext {
  const articleCountries = new Set<string>();
  const articlePlaces = new Set<string>();
  const articleRegions = new Map<string, number[]>();
  const regionsByCountry = new Map<string, Set<string>>();
  const countryWords = new Map<string, Set<string>>();
  const nameCountry = (country: string, word: string) =>
    countryWords.set(country, (countryWords.get(country) ?? new Set()).add(word));
  const organisationCountries = new Set<string>();
  for (const c of candidates) {
    if (c.inOrganisation) {
      // "the First Nebraska Cavalry", "the Kenya Red Cross": the country is no place of the text, but its
      // towns are likelier. Read from the countries' and regions' readings (towns are not unpacked for it).
      const places = c.hits.filter((h) => /^(?:country|admin1):/.test(h.id)).map((h) => gazetteer.entry(h.id));
      const countries = new Set(places.map((e) => e?.country));
      const [only] = countries;
      if (only && countries.size === 1 && c.nameWords.length === 0) organisationCountries.add(only);
      continue;
    }
    const entries = c.hits.flatMap((hit) => gazetteer.entry(hit.id) ?? []);
    for (const e of entries) {
      if (e.kind === 'country' && e.country) {
        articleCountries.add(e.country);
        articlePlaces.add(e.id);
        nameCountry(e.country, c.text);
      }
      if (e.kind === 'city' && (e.capital || e.population >= WELL_KNOWN_POPULATION) && c.nameWords.length === 0)
        articlePlaces.add(e.id);
      if (e.kind === 'city' && e.capital && e.country && c.nameWords.length === 0) nameCountry(e.country, c.text);
    }
    // A region named by its name, not in a person's name; one that is a country's name too ("Georgia")
    // only after a town or county of it and a comma ("Chatham County, Georgia").
    const countryToo = c.hits.some((h) => h.id.startsWith('country:'));
    const after =
      countryToo && c.previous?.joint === 'comma' ? c.previous.hits.map((h) => regionOfPlace(h.id, gazetteer)) : [];
    if (c.nameWords.length === 0)
      for (const h of c.hits.filter((h) => !countryToo || after.includes(h.id)))
        if (h.form !== 'code' && h.id.startsWith('admin1:'))
          articleRegions.set(h.id, [...(articleRegions.get(h.id) ?? []), c.sentence]);
    // A region's name whose every reading is in one country ("Texas": the state, small towns)
    // tells the country; not one a well-known town carries ("Hanoi" is a province too).
    const regions = entries.filter((e) => e.kind === 'admin1' && c.hits.find((h) => h.id === e.id)?.form === 'name');
    const countries = new Set(entries.map((e) => (e.kind === 'country' ? '' : e.country)));
    const country = regions[0]?.country;
    const town = entries.some((e) => e.kind === 'city' && (e.capital || e.population >= WELL_KNOWN_POPULATION));
    if (country && countries.size === 1 && countries.has(country) && !town && c.nameWords.length === 0) {
      const known = regionsByCountry.get(country) ?? new Set<string>();
      for (const r of regions) known.add(r.id);
      regionsByCountry.set(country, known);
    }
  }
  return {
    articleCountries,
    articlePlaces,
    articleRegions,
    anchors: [],
    regionsByCountry,
    countryWords,
    organisationCountries,
  };
}

export function resolveCandidate(
  c: Candidate,
  gazetteer: Gazetteer,
  ctx: ResolveContext,
  personWords: Set<string>,
): Resolved | null {
  const scored: Array<{ entry: GazetteerEntry; hit: NameHit } & Evidence> = [];
  for (const hit of c.hits) {
    const entry = gazetteer.entry(hit.id);
    if (!entry) continue;
    const verdict = score(entry, hit, c, ctx, personWords, gazetteer);
    if (verdict) scored.push({ entry, hit, ...verdict });
  }
  if (scored.length === 0) return null;
  // Equal scores: the bigger place, by people for towns, by area for countries ("Congolese" → DR Congo).
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.entry.population - a.entry.population ||
      b.entry.area - a.entry.area ||
      a.entry.id.localeCompare(b.entry.id),
  );
  const [best, second] = scored as [(typeof scored)[0], ...typeof scored];
  const margin = best.score - (second?.score ?? 0);
  const confidence = Math.round(100 * (second ? 1 - Math.exp(-margin / 10) : 1 - Math.exp(-best.score / 25))) / 100;
  const among = c.hits.length > 1 ? `; best of ${c.hits.length} places called “${c.text}”` : '';
  return {
    candidate: c,
    entry: best.entry,
    form: best.hit.form,
    confidence: Math.max(0.05, confidence),
    score: best.score,
    marked: best.marked === true,
    reason: best.why + among,
    metonym: isMetonym(c, best.entry),
  };
}

function score(
  e: GazetteerEntry,
  hit: NameHit,
  c: Candidate,
  ctx: ResolveContext,
  personWords: Set<string>,
  gazetteer: Gazetteer,
): Evidence | null {
  switch (e.kind) {
    case 'country': {
      // A country another word of the article also names ("Georgian", "Tbilisi") keeps its name from a region's.
      const words = (e.country && ctx.countryWords.get(e.country)) || new Set<string>();
      const contested = c.hits.some((h) => h.id.startsWith('admin1:'));
      const echoed = contested && [...words].some((w) => w !== c.text) ? 20 : 0;
      // "Atlanta, Georgia": a town of another country written before it and a comma makes it that country's region.
      const townBefore =
        c.previous?.joint === 'comma' ? c.previous.hits.filter((h) => /^(?:city|admin2):/.test(h.id)) : [];
      const elsewhere =
        contested && townBefore.length > 0 && townBefore.every((h) => gazetteer.entry(h.id)?.country !== e.country);
      return {
        score: (e.sovereign ? 120 : 100) + echoed - (elsewhere ? 30 : 0),
        why: hit.form === 'demonym' ? `demonym of ${e.name}` : 'country name',
      };
    }
    case 'region':
    case 'sea':
      return { score: 90, why: e.kind === 'sea' ? 'sea or ocean' : 'world region' };
    case 'landmark': {
      const countryNamed = e.country !== null && ctx.articleCountries.has(e.country);
      const cityNamed = e.city !== null && ctx.articlePlaces.has(e.city);
      if (!cityNamed && !countryNamed) return null;
      return { score: 95, why: `landmark; its ${cityNamed ? 'city' : 'country'} is named in the article` };
    }
    case 'admin1':
      return regionEvidence(e, hit, c, ctx, personWords, gazetteer);
    case 'admin2':
      return countyEvidence(e, c, ctx, gazetteer);
    case 'city':
      return townEvidence(e, hit, c, ctx, personWords, gazetteer);
  }
}

/** A capital or a seat of government standing for its government. */
export function isMetonym(c: Candidate, e: GazetteerEntry): boolean {
  if (!(e.kind === 'city' && e.capital) && !e.seatOfGovernment) return false;
  const previous = c.before[0] ?? '';
  if (LOCATIVE_WORDS.has(previous) || (previous === 'the' && LOCATIVE_WORDS.has(c.before[1] ?? ''))) return false;
  if (e.seatOfGovernment) return true;
  return GOVERNMENT_VERBS.has(c.after[0] ?? '') || GOVERNMENT_OBJECT_CUES.has(previous);
}
