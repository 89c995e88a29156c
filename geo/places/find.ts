// Find place mentions: every longest run of words that the gazetteer knows, with what the
// surrounding words say about it (part of a person's or an organisation's name?).
import type { Sentence } from '../article/segment.ts';
import { foldName } from '../gazetteer/names.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { ORGANISATION_HEADS } from '../lexicon/names.ts';
import { COMPASS_WORDS } from '../lexicon/places.ts';
import { linkNeighbours, readNameAround } from './name-runs.ts';
import { capitalisedRuns, isPossessiveS, isTitleCase, runIndexes, tokenize, type Token } from './tokens.ts';
import type { Candidate, Match } from './candidate.ts';

/** Months and weekdays name towns too ("March", "May"); in news they are dates. */
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

/**
 * What one text may contribute: a name kept this many times, and this many names in all. A
 * real article names a place tens of times; past these it is a list or a loop, and every
 * mention kept would be an excerpt in the outputs (5 MiB of one name wrote 342 MB).
 */
export const MAX_MENTIONS_PER_NAME = 500;
export const MAX_MENTIONS_PER_TEXT = 20_000;

/** A name found more often than the caps keep: how often, and how many were kept. */
export interface CappedName {
  name: string;
  found: number;
  kept: number;
}

export function findCandidates(
  text: string,
  sentences: Sentence[],
  gazetteer: Gazetteer,
): { candidates: Candidate[]; capped: CappedName[] } {
  const found: Candidate[] = [];
  const counts = new Map<string, { name: string; found: number; kept: number }>();
  const keep = (name: string): boolean => {
    const key = name.toLowerCase();
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { name, found: 0, kept: 0 }));
    count.found++;
    if (count.kept >= MAX_MENTIONS_PER_NAME || found.length >= MAX_MENTIONS_PER_TEXT) return false;
    count.kept++;
    return true;
  };
  const acronyms = definedAcronyms(text);
  for (const sentence of sentences) {
    // This sentence's candidates start here (the caps may keep fewer than its matches).
    const sentenceStart = found.length;
    const tokens = tokenize(sentence.text, sentence.start);
    const matches = longestMatches(text, tokens, gazetteer, acronyms);
    if (matches.length === 0) continue;
    const runs = capitalisedRuns(tokens, text);
    const runOf = runIndexes(runs, tokens.length);
    // Whether a run holds an organisation's head word: asked only of the runs a match is part of,
    // and once each (a capitalised run may be a whole text, and every match in it asks).
    const organisationRuns = new Array<boolean | undefined>(runs.length);
    const organisationRun = (r: number): boolean => {
      const [a, b] = runs[r]!;
      organisationRuns[r] ??= tokens.slice(a, b + 1).some((t) => ORGANISATION_HEADS.has(t.text.toLowerCase()));
      return organisationRuns[r];
    };
    const titleCase = isTitleCase(tokens);
    // A word matched as another town still reads as a name beside this one ("Tomás Valdivia",
    // "Nora Whitfield"); a word inside a match of anything else does not.
    const inNonTownMatch = new Uint8Array(tokens.length);
    for (const o of matches)
      if (!o.hits.every((h) => h.id.startsWith('city:'))) inNonTownMatch.fill(1, o.first, o.last + 1);
    for (const m of matches) {
      if (!keep(text.slice(tokens[m.first]!.start, tokens[m.last]!.end))) continue;
      const r = runOf[m.first]!;
      const [runFirst, runLast] = r >= 0 && runs[r]![1] >= m.last ? runs[r]! : [m.first, m.last];
      const coversRun = runFirst === m.first && runLast === m.last;
      const name = readNameAround(text, tokens, m, [runFirst, runLast], inNonTownMatch, titleCase, gazetteer);
      found.push({
        sentence: sentence.index,
        start: tokens[m.first]!.start,
        end: tokens[m.last]!.end,
        text: text.slice(tokens[m.first]!.start, tokens[m.last]!.end),
        hits: m.hits,
        inOrganisation: (!coversRun && organisationRun(r)) || isOrganisationOf(tokens, m.first),
        inCompound: name.compound,
        nameWords: name.person,
        before: wordsAround(text, tokens, m.first, -1),
        after: wordsAround(text, tokens, m.last, +1),
        next: null,
        previous: null,
      });
    }
    linkNeighbours(text, found, sentenceStart);
  }
  return { candidates: found, capped: [...counts.values()].filter((c) => c.kept < c.found) };
}

function longestMatches(text: string, tokens: Token[], gazetteer: Gazetteer, acronyms: ReadonlySet<string>): Match[] {
  const matches: Match[] = [];
  // Each token's folded form and the folded text after it (null where no name can span it),
  // made when the matcher first reads them: most words start no name and continue none.
  const folded = new Array<string | undefined>(tokens.length);
  const separators = new Array<string | null | undefined>(tokens.length);
  const foldedAt = (k: number): string => (folded[k] ??= foldName(tokens[k]!.text));
  const separatorAt = (k: number): string | null => {
    if (separators[k] === undefined)
      separators[k] = k + 1 < tokens.length ? foldSeparator(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) : null;
    return separators[k]!;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.capitalised || isPossessiveS(tokens, i, text)) continue;
    // "pan-African", "anti-American": a prefix, not a place; "Japan-India" (ending in "pan-") is two.
    if (/(?<!\p{L})(?:inter|pan|anti|pro)-$/iu.test(text.slice(Math.max(0, first.start - 7), first.start))) continue;
    if (CALENDAR.has(foldedAt(i))) continue;
    // Grow the name word by word while some gazetteer name still starts with it; keep the longest that is one.
    let key = '';
    let best: Match | null = null;
    for (let j = i; j < tokens.length && j - i < gazetteer.maxWords; j++) {
      key += foldedAt(j);
      if (!gazetteer.hasPrefix(key)) break;
      const hits = gazetteer.lookup(key);
      const written = text.slice(first.start, tokens[j]!.end);
      // Short codes count only in capitals: "US", not "Us"; abbreviations only as an address writes them.
      // A town's name ends on a word of its own, not on an everyday word in lower case: "The village"
      // is no town (a landmark's may: "Hanoi airport"); nor is it an organisation's initials.
      const last = tokens[j]!;
      const notTown =
        (j > i && !last.capitalised && gazetteer.isEnglishWord(last.text)) ||
        isInitialism(written) ||
        acronyms.has(written);
      const usable = hits?.filter(
        (h) =>
          (h.form !== 'code' || written === written.toUpperCase()) &&
          (h.form !== 'abbreviation' || isAddressAbbreviation(text, first.start, tokens[j]!.end)) &&
          !(notTown && h.id.startsWith('city:')),
      );
      if (usable?.length) best = { first: i, last: j, hits: usable };
      const separator = separatorAt(j);
      if (separator === null) break;
      key += separator;
    }
    if (best && isCurrency(text, tokens[best.first]!.start, tokens[best.last]!.end)) best = null;
    if (best) {
      matches.push(best);
      i = best.last;
    }
  }
  return withCompassWords(matches, foldedAt, separatorAt);
}

/**
 * "Central Africa", "Northern Europe": a run of compass words matched on its own (Ghana's
 * "Central" region) just before another place's name is part of that name, whose places it keeps.
 */
function withCompassWords(
  matches: Match[],
  foldedAt: (k: number) => string,
  separatorAt: (k: number) => string | null,
): Match[] {
  const compass = (m: Match) => {
    for (let k = m.first; k <= m.last; k++) if (!COMPASS_WORDS.has(foldedAt(k))) return false;
    return true;
  };
  // From the end, so a run of them ("North-Western Sydney") joins the name one word at a time.
  const out: Match[] = [];
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!;
    const next = out.at(-1);
    if (next && next.first === m.last + 1 && separatorAt(m.last) === ' ' && compass(m) && !compass(next))
      out[out.length - 1] = { ...next, first: m.first };
    else out.push(m);
  }
  return out.reverse();
}

/**
 * Acronyms the text defines in brackets after the words they stand for, "the African Leaders
 * Malaria Alliance (ALMA)": everywhere in the text they are that name's, not a town's (Alma).
 */
export function definedAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}{2,8})\)/gu)) {
    const acronym = m[1]!;
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const words = before.match(/[\p{L}'’-]+/gu) ?? [];
    const initials = words
      .slice(-2 * acronym.length)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.endsWith(acronym)) found.add(acronym);
  }
  return found;
}

/** Organisation heads as records and notices write them short: "Dept. of the Pacific", "Peanut Corp. of America". */
const SHORT_HEADS = new Set(['dept', 'corp', 'univ', 'assn', 'inst']);
const COMPANY_SUFFIXES = new Set(['inc', 'ltd']);

/**
 * "Department of the Pacific", "University of Georgia", "Voice of America": a place after an
 * organisation's head word and "of" (and "the") names the organisation, as one in a run does.
 */
function isOrganisationOf(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'of') return false;
  const head = tokens[k - 1];
  if (!head?.capitalised) return false;
  const word = head.text.toLowerCase();
  // Not a company's suffix: "Boskovich Farms Inc. of Oxnard" says where the company is.
  return (ORGANISATION_HEADS.has(word) && !COMPANY_SUFFIXES.has(word)) || SHORT_HEADS.has(word);
}

/** "US$460 million", "$US 15 billion", "NZ$": a code joined to a dollar sign names a currency. */
function isCurrency(text: string, start: number, end: number): boolean {
  return text[end] === '$' || text[start - 1] === '$';
}

/**
 * Letters with full stops ("E.U.", "U.N.") or two capitals ("EU", "UN"): an organisation's initials,
 * never a town's name ("Eu", "Un"), though a code of a country or state may be written so.
 */
function isInitialism(written: string): boolean {
  return /^(?:\p{Lu}\.\s?)+\p{Lu}\.?$/u.test(written) || /^\p{Lu}{2}$/u.test(written);
}

/** "Va." in "Fort Donelson, Va.": after a capitalised name and a comma, with its full stop. */
function isAddressAbbreviation(text: string, start: number, end: number): boolean {
  return text[end] === '.' && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** What foldName makes of the characters between two words: a space, an apostrophe, or nothing. */
function foldSeparator(between: string): string | null {
  if (between === ' ') return ' ';
  const folded = between
    .replace(/[’‘`´]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/[\s\u00a0-]+/g, ' ');
  return /^(?: ?' ?| ?)$/.test(folded) ? folded : null;
}

function wordsAround(text: string, tokens: Token[], index: number, step: 1 | -1): string[] {
  const words: string[] = [];
  for (let k = index + step; k >= 0 && k < tokens.length && words.length < 4; k += step) {
    // Stop at a clause break: "Albanese, Varga" should not read as one phrase.
    const between =
      step > 0 ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (/[;:()–—]/.test(between)) break;
    words.push(tokens[k]!.text.toLowerCase());
  }
  return words;
}
