// What the words around a name say for a town or a first-level region of that name: the
// score each reading earns, or null where the evidence is too weak to take it at all.
import { kmBetween } from '../gazetteer/distance.ts';
import type { Gazetteer, GazetteerEntry, NameHit } from '../gazetteer/types.ts';
import { ADMIN_DIVISION_WORDS, LOCATIVE_PREPOSITIONS, LOCATIVE_WORDS } from '../lexicon/places.ts';
import type { Candidate, Neighbour, ResolveContext } from './candidate.ts';

export interface Evidence {
  score: number;
  why: string;
  /** The words with this mention set it apart from the name's plain sense ("Washington state"): it speaks for itself only. */
  marked?: boolean;
}

/** A city this big or a capital is named in news without its country; a smaller one is not. */
export const WELL_KNOWN_POPULATION = 100_000;

/** What a region's name earns before any context: about what a town of a million people does. */
const REGION_POINTS = 60;
/** A region or country written after a town and a comma that holds it ("Buffalo, New York"). */
const HELD_POINTS = 50;
/** …and the very region the town is in. */
const SAME_REGION_POINTS = 10;
/** The region a town is in, named elsewhere in the article; in the same sentence or one beside it. */
const IN_REGION_POINTS = 20;
const IN_REGION_BESIDE_POINTS = 50;
/** A town of a name of one town only, named in the article, within this distance: the town of this name near it. */
const NEAR_KM = 100;
const NEAR_POINTS = 35;
/** What a county's name earns before any context: a county's name ("Dallas County") is no other thing's. */
const COUNTY_POINTS = 50;
/** A division word with the name ("Washington state", "the province of Quebec"): the region itself, not its capital. */
const DIVISION_POINTS = 30;
/** A region listed beside another of its country ("Texas and Georgia"): the list is of that country's regions. */
const LISTED_POINTS = 60;

export function townEvidence(
  e: GazetteerEntry,
  hit: NameHit,
  c: Candidate,
  ctx: ResolveContext,
  personWords: Set<string>,
  gazetteer: Gazetteer,
): Evidence | null {
  // A word of a person's name elsewhere ("Florence Smith") is that person alone, but not after "in" ("in Sydney").
  const placed = LOCATIVE_PREPOSITIONS.has(c.before[0] ?? '');
  if (!e.capital && (c.nameWords.length > 0 || (personWords.has(c.text) && !placed))) return null;
  const lower = c.text.toLowerCase();
  const country = e.country ?? '';
  const countryNamed = ctx.articleCountries.has(country);
  const inStory = !countryNamed && ctx.storyCountries.has(country);
  const regionNamed = !countryNamed && ctx.regionsByCountry.has(country);
  // As weak as that evidence is, it lets no town named like a person in ("Thomas", "Howard").
  const organisationNamed =
    !countryNamed &&
    !inStory &&
    !regionNamed &&
    ctx.organisationCountries.has(country) &&
    !(isOneWord(c.text) && gazetteer.isGivenName(c.text));
  const held = holds(c.next, e, gazetteer);
  // The region it is in named elsewhere in the article ("Newton … Harvey County, Kansas"), not by this very name.
  const region = gazetteer.cityRegion(e.id);
  // Not where the name is a region's of a country the article names ("Ontario" beside Canada and New York).
  const regionName = c.hits.some(
    (h) => h.id === region || (h.id.startsWith('admin1:') && ctx.articleCountries.has(h.id.slice(7, 9))),
  );
  const regionSentences = regionName ? undefined : ctx.articleRegions.get(region);
  const inRegion = regionSentences !== undefined;
  const regionBeside = regionSentences?.some((s) => Math.abs(s - c.sentence) <= 1) === true;
  const wellKnown = e.capital || e.population >= WELL_KNOWN_POPULATION;
  // A town the article names by a name of one town only lies near ("an hour's drive from Wichita").
  const near = ctx.anchors.some((a) => kmBetween(a, e) < NEAR_KM && !c.hits.some((h) => h.id === a.id));
  // A small town named after its own country's region ("California, Maryland") is not what a bare name means.
  if (!wellKnown && !held && regionCountries(c).has(country)) return null;
  // Nor is a town abroad named like a region of a country the article names ("Virginia officials" in
  // an article about the US is not Virginia, South Africa), unless its own country is named too.
  if (!held && !countryNamed && [...regionCountries(c)].some((cc) => cc !== country && ctx.articleCountries.has(cc)))
    return null;
  // "Reading", "Mobile", "Over": a town named like an everyday word only where the words around place it.
  if (!held && !LOCATIVE_WORDS.has(c.before[0] ?? '') && isOneWord(c.text) && gazetteer.isEnglishWord(lower))
    return null;
  // A small town its region alone lets in must not be named like a person ("Marmaduke").
  const regionLets = inRegion && !(isOneWord(c.text) && gazetteer.isGivenName(c.text));
  if (!wellKnown && !countryNamed && !inStory && !regionNamed && !organisationNamed && !held && !regionLets)
    return null;
  const points =
    10 * Math.log10(Math.max(e.population, 1)) +
    (e.capital ? 25 : 0) +
    (countryNamed ? 20 : inStory || regionNamed ? 10 : organisationNamed ? 5 : 0) +
    (inRegion && !held ? (regionBeside ? IN_REGION_BESIDE_POINTS : IN_REGION_POINTS) : 0) +
    (near ? NEAR_POINTS : 0) +
    held -
    (hit.form === 'alias' ? 5 : 0);
  const why = [
    e.capital ? 'national capital' : `population ${thousands(e.population)}`,
    countryNamed ? 'its country is named in the article' : '',
    inStory ? 'its country is named elsewhere in the story' : '',
    regionNamed ? 'a region of its country is named in the article' : '',
    organisationNamed ? 'its country is named in an organisation’s name' : '',
    held ? 'the name after the comma holds it' : '',
    inRegion && !held ? 'its region is named in the article' : '',
    near ? 'a town the article names is near' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { score: points, why };
}

/**
 * A US county ("Dallas County"; thirty states have a Washington County): the one in the state
 * written after it and a comma, else in a state the article names, the more so beside it.
 */
export function countyEvidence(
  e: GazetteerEntry,
  c: Candidate,
  ctx: ResolveContext,
  gazetteer: Gazetteer,
): Evidence | null {
  if (c.nameWords.length > 0) return null;
  const region = regionOfPlace(e.id, gazetteer);
  const held = c.next?.joint === 'comma' && c.next.hits.some((h) => h.id === region);
  const regionSentences = ctx.articleRegions.get(region);
  const beside = regionSentences?.some((s) => Math.abs(s - c.sentence) <= 1) === true;
  const countryNamed = ctx.articleCountries.has('US');
  const points =
    COUNTY_POINTS +
    (held ? HELD_POINTS + SAME_REGION_POINTS : 0) +
    (!held && regionSentences ? (beside ? IN_REGION_BESIDE_POINTS : IN_REGION_POINTS) : 0) +
    (countryNamed ? 20 : ctx.regionsByCountry.has('US') ? 10 : 0);
  const why = [
    'US county',
    held ? 'its state is written after it' : regionSentences ? 'its state is named in the article' : '',
    countryNamed ? 'its country is named in the article' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { score: points, why };
}

export function regionEvidence(
  e: GazetteerEntry,
  hit: NameHit,
  c: Candidate,
  ctx: ResolveContext,
  personWords: ReadonlySet<string>,
  gazetteer: Gazetteer,
): Evidence | null {
  if (c.nameWords.length > 0) return null;
  const country = e.country ?? '';
  const countryNamed = ctx.articleCountries.has(country);
  const siblings = [...(ctx.regionsByCountry.get(country) ?? [])].some((id) => id !== e.id);
  const townBefore = c.previous?.joint === 'comma' ? heldTown(c.previous, e, gazetteer) : 0;
  // "California, United States": its own country after a comma holds it, as a region holds a town;
  // not where the name is a country's too ("Niger, Nigeria and Chad" is a list).
  const countryAfter =
    c.next?.joint === 'comma' &&
    !c.hits.some((h) => h.id.startsWith('country:')) &&
    c.next.hits.some((h) => h.id.startsWith('country:') && gazetteer.entry(h.id)?.country === country);
  const holding = townBefore || (countryAfter ? HELD_POINTS : 0);
  const listed = [c.previous, c.next].some(
    (n) => n && n.hits.some((h) => h.id !== e.id && h.id.startsWith(`admin1:${country}-`)),
  );
  const division =
    ADMIN_DIVISION_WORDS.has(c.after[0] ?? '') ||
    ADMIN_DIVISION_WORDS.has(c.before[0] ?? '') ||
    (c.before[0] === 'of' && ADMIN_DIVISION_WORDS.has(c.before[1] ?? ''));
  const locative = LOCATIVE_WORDS.has(c.before[0] ?? '');
  // Codes ("TX", "NSW") are read only where the context makes them a region; abbreviations were checked by find.
  if (hit.form === 'code' && !holding && !(c.text.length >= 3 && locative && (countryNamed || siblings))) return null;
  const lower = c.text.toLowerCase();
  const word = isOneWord(c.text) && gazetteer.isEnglishWord(lower);
  const given = isOneWord(c.text) && gazetteer.isGivenName(c.text);
  // A region's name alone ("Hidalgo", "Ho Chi Minh") is often a person's: it needs a word that
  // places it ("in Texas", "Texas state"), a town it holds, or other regions of its country beside it.
  // A region small towns of its own country are named after ("California": California, Maryland) is known by that name.
  const namesake = !word && !given && c.hits.some((h) => isSmallTownOf(h, country, gazetteer));
  // A region named with an everyday word ("Western", "Central": a dozen countries have one) is
  // only that country's where the article names the country or a town of the region.
  if (word && !countryNamed && !holding && !ctx.storyCountries.has(country)) return null;
  // Named without its division word ("Lodz" for Łódź Voivodeship), it yields to a well-known town of that name.
  if (hit.form === 'alias' && !division && c.hits.some((h) => isWellKnownTownOf(h, country, gazetteer))) return null;
  if ((hit.form === 'name' || hit.form === 'alias') && !holding && !division && !listed && !namesake) {
    if (!locative && (word || (!siblings && !(countryNamed && !given && !personLike(c, personWords))))) return null;
    if (given && !locative && !countryNamed) return null;
  }
  const points =
    REGION_POINTS +
    (countryNamed ? 20 : siblings || ctx.storyCountries.has(country) ? 10 : 0) +
    holding +
    (division ? DIVISION_POINTS : 0) +
    (listed ? LISTED_POINTS : 0);
  const why = [
    'first-level region',
    countryNamed ? 'its country is named in the article' : siblings ? 'other regions of its country are named' : '',
    townBefore ? 'a town of it is written before it' : countryAfter ? 'its country is written after it' : '',
    division ? 'called a state or province' : '',
    listed ? 'listed with other regions of its country' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { score: points, why, marked: division };
}

/**
 * A name read as a person's could be: a word of a person's name elsewhere in the article, or
 * several words each a short syllable, as Vietnamese, Chinese and Korean names are written
 * ("the government of Ho Chi Minh", "Pham Minh Chinh"); "Inner Mongolia", "Akita Prefecture"
 * and one-word names ("Saskatchewan") are not.
 */
function personLike(c: Candidate, personWords: ReadonlySet<string>): boolean {
  if (personWords.has(c.text)) return true;
  const words = c.text.split(/\s+/);
  return words.length > 1 && words.every((w) => w.length <= 4);
}

const regionCountriesOfCandidate = new WeakMap<Candidate, Set<string>>();

/** The countries of the regions a candidate's name names ("admin1:US-CA" → US), found once per candidate. */
function regionCountries(c: Candidate): Set<string> {
  let countries = regionCountriesOfCandidate.get(c);
  if (!countries) {
    countries = new Set(
      c.hits.filter((h) => h.form === 'name' && h.id.startsWith('admin1:')).map((h) => h.id.slice(7, 9)),
    );
    regionCountriesOfCandidate.set(c, countries);
  }
  return countries;
}

function isWellKnownTownOf(hit: NameHit, country: string, gazetteer: Gazetteer): boolean {
  const town = hit.id.startsWith('city:') ? gazetteer.entry(hit.id) : undefined;
  return town?.country === country && (town.capital || town.population >= WELL_KNOWN_POPULATION);
}

function isSmallTownOf(hit: NameHit, country: string, gazetteer: Gazetteer): boolean {
  const town = hit.id.startsWith('city:') ? gazetteer.entry(hit.id) : undefined;
  return town?.country === country && !town.capital && town.population < WELL_KNOWN_POPULATION;
}

/** Points a town earns from the name after its comma: a region or country that holds it. */
function holds(next: Neighbour | null, town: GazetteerEntry, gazetteer: Gazetteer): number {
  if (next?.joint !== 'comma') return 0;
  let best = 0;
  for (const h of next.hits) {
    const place = gazetteer.entry(h.id);
    if (!place || place.country !== town.country) continue;
    if (place.kind === 'country') best = Math.max(best, HELD_POINTS);
    // A town known to lie in another region is not held by this one ("Houston, Mo." is not Houston, Texas).
    if (place.kind === 'admin1' && !inOtherRegion(place, town, gazetteer))
      best = Math.max(best, HELD_POINTS + sameRegion(place, town, gazetteer));
  }
  return best;
}

/** Points a region earns from a town or county of its country written before it and a comma. */
function heldTown(previous: Neighbour, region: GazetteerEntry, gazetteer: Gazetteer): number {
  let best = 0;
  for (const h of previous.hits) {
    if (h.id.startsWith('admin2:') && regionOfPlace(h.id, gazetteer) === region.id)
      best = Math.max(best, HELD_POINTS + SAME_REGION_POINTS);
    if (!h.id.startsWith('city:')) continue;
    const town = gazetteer.entry(h.id);
    if (town?.country === region.country) best = Math.max(best, HELD_POINTS + sameRegion(region, town, gazetteer));
  }
  return best;
}

/** The first-level region a town or a county is in ("admin1:US-TX"), or "" where it is not known. */
export function regionOfPlace(id: string, gazetteer: Gazetteer): string {
  if (id.startsWith('admin2:')) return `admin1:${id.slice('admin2:'.length, id.lastIndexOf('-'))}`;
  return id.startsWith('city:') ? gazetteer.cityRegion(id) : '';
}

/** The town's region is known, and is not this one. */
function inOtherRegion(region: GazetteerEntry, town: GazetteerEntry, gazetteer: Gazetteer): boolean {
  const own = gazetteer.cityRegion(town.id);
  return own !== '' && own !== region.id;
}

/** The very region the town is in (see gazetteer/city-regions.ts). */
function sameRegion(region: GazetteerEntry, town: GazetteerEntry, gazetteer: Gazetteer): number {
  return gazetteer.cityRegion(town.id) === region.id ? SAME_REGION_POINTS : 0;
}

const isOneWord = (text: string) => /^[\p{L}'’]+$/u.test(text);

/** 1431270 → "1,431,270" (toLocaleString is slow, and this runs for every candidate city). */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
