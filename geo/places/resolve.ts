// Resolve: each candidate → one gazetteer entry (or none), with a confidence and the
// reason, using what the article and the story say around it.
import type { Gazetteer, GazetteerEntry, NameHit } from '../gazetteer/types.ts';
import { ADMIN_DIVISION_WORDS, GOVERNMENT_OBJECT_CUES, GOVERNMENT_VERBS, LOCATIVE_WORDS } from '../lexicon/places.ts';
import type { Candidate } from './find.ts';

export interface Resolved {
  candidate: Candidate;
  entry: GazetteerEntry;
  form: NameHit['form'];
  confidence: number;
  reason: string;
  metonym: boolean;
}

/** A city this big or a capital is named in news without its country; a smaller one is not. */
const WELL_KNOWN_POPULATION = 100_000;

export interface ResolveContext {
  /** ISO2 codes of the countries this article names (by name or demonym). */
  articleCountries: Set<string>;
  /** Place ids this article names unambiguously (countries, capitals). */
  articlePlaces: Set<string>;
  /** ISO2 codes of the countries the whole story names. */
  storyCountries: ReadonlySet<string>;
}

/** The countries an article names: the context that lets a small town or a landmark in. */
export type ArticleContext = Omit<ResolveContext, 'storyCountries'>;

export function contextOf(candidates: Candidate[], gazetteer: Gazetteer): ArticleContext {
  const articleCountries = new Set<string>();
  const articlePlaces = new Set<string>();
  for (const c of candidates) {
    if (c.inOrganisation) continue;
    for (const hit of c.hits) {
      const e = gazetteer.entry(hit.id);
      if (!e) continue;
      if (e.kind === 'country' && e.country) {
        articleCountries.add(e.country);
        articlePlaces.add(e.id);
      }
      if (e.kind === 'city' && (e.capital || e.population >= WELL_KNOWN_POPULATION) && c.nameWords.length === 0)
        articlePlaces.add(e.id);
    }
  }
  return { articleCountries, articlePlaces };
}

export function resolveCandidate(
  c: Candidate,
  gazetteer: Gazetteer,
  ctx: ResolveContext,
  personWords: Set<string>,
): Resolved | null {
  const commonWords = gazetteer.commonWords;
  if (c.inOrganisation) return null;
  const scored: Array<{ entry: GazetteerEntry; hit: NameHit; score: number; why: string }> = [];
  for (const hit of c.hits) {
    const entry = gazetteer.entry(hit.id);
    if (!entry) continue;
    const verdict = score(entry, hit, c, ctx, personWords, commonWords);
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
  commonWords: Set<string>,
): { score: number; why: string } | null {
  const countryNamed = e.country !== null && ctx.articleCountries.has(e.country);
  switch (e.kind) {
    case 'country':
      return { score: e.sovereign ? 120 : 100, why: hit.form === 'demonym' ? `demonym of ${e.name}` : 'country name' };
    case 'region':
    case 'sea':
      return { score: 90, why: e.kind === 'sea' ? 'sea or ocean' : 'world region' };
    case 'landmark': {
      const cityNamed = e.city !== null && ctx.articlePlaces.has(e.city);
      if (!cityNamed && !countryNamed) return null;
      return { score: 95, why: `landmark; its ${cityNamed ? 'city' : 'country'} is named in the article` };
    }
    case 'admin1':
      // States and provinces share names with people and cities: only "in X" or "X state" counts.
      if (!countryNamed || c.nameWords.length > 0) return null;
      if (!LOCATIVE_WORDS.has(c.before[0] ?? '') && !ADMIN_DIVISION_WORDS.has(c.after[0] ?? '')) return null;
      return { score: 60, why: 'first-level region of a country named in the article' };
    case 'city': {
      const wellKnown = e.capital || e.population >= WELL_KNOWN_POPULATION;
      const inStory = !countryNamed && e.country !== null && ctx.storyCountries.has(e.country);
      if (!e.capital && (c.nameWords.length > 0 || personWords.has(c.text))) return null;
      if (commonWords.has(c.text.toLowerCase())) return null;
      if (!wellKnown && !countryNamed && !inStory) return null;
      const points =
        10 * Math.log10(Math.max(e.population, 1)) +
        (e.capital ? 25 : 0) +
        (countryNamed ? 20 : inStory ? 10 : 0) -
        (hit.form === 'alias' ? 5 : 0);
      const why = [
        e.capital ? 'national capital' : `population ${thousands(e.population)}`,
        countryNamed
          ? 'its country is named in the article'
          : inStory
            ? 'its country is named elsewhere in the story'
            : '',
      ]
        .filter(Boolean)
        .join('; ');
      return { score: points, why };
    }
  }
}

/** A capital or a seat of government standing for its government. */
function isMetonym(c: Candidate, e: GazetteerEntry): boolean {
  if (!(e.kind === 'city' && e.capital) && !e.seatOfGovernment) return false;
  const previous = c.before[0] ?? '';
  if (LOCATIVE_WORDS.has(previous) || (previous === 'the' && LOCATIVE_WORDS.has(c.before[1] ?? ''))) return false;
  if (e.seatOfGovernment) return true;
  return GOVERNMENT_VERBS.has(c.after[0] ?? '') || GOVERNMENT_OBJECT_CUES.has(previous);
}

/** 1431270 → "1,431,270" (toLocaleString is slow, and this runs for every candidate city). */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
