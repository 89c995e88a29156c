// The names around a place's name: what a capitalised run makes of it (a person's name, an
// organisation's), and the names written beside it ("Buffalo, New York", "Texas and Georgia").
import type { Gazetteer } from '../gazetteer/types.ts';
import { WEEKDAYS } from '../lexicon/calendar.ts';
import { DIVISION_AFTER_WORDS, FEATURE_AFTER_WORDS } from '../lexicon/places.ts';
import {
  ARTICLES,
  FACILITY_WORDS,
  HONORIFICS,
  LEADER_TITLES,
  NAME_PARTICLES,
  OFFICE_WORDS,
  ORDINAL_WORD,
  RANKS,
} from '../lexicon/names.ts';
import type { Candidate, Match } from './candidate.ts';
import type { Token } from './tokens.ts';

/**
 * Words that end the part of a run a place's name belongs to: "Indiana | Governor | Mike Pence",
 * "King Abdullah | of | Jordan", "Quezon City | Wednesday" (news writes the day right after the
 * place: a weekday is no word of a person's name).
 */
const SEGMENT_BREAKS = new Set([
  ...OFFICE_WORDS,
  ...RANKS,
  ...HONORIFICS,
  ...ARTICLES,
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  'of',
  'for',
]);
const TITLES = new Set([...OFFICE_WORDS, ...RANKS, ...HONORIFICS]);
/**
 * Offices that name a person even in lower case: "the Vietnamese president, To Lam",
 * "independence leader Ho Chi Minh". Not "general" or "major", which are adjectives as often.
 */
const OFFICES_IN_LOWER_CASE = new Set([
  ...LEADER_TITLES.flatMap((title) => title.split(' ')).filter((word) => !NAME_PARTICLES.has(word)),
  'minister',
  'speaker',
  'secretary',
  'ambassador',
  'governor',
  'mayor',
  'senator',
]);

/**
 * How far from a place, in words, a capitalised run can still make it part of a person's
 * name: a name with its titles is a handful of words ("Brazilian President Luiz Inácio Lula
 * da Silva"), and looking no farther keeps a page-long run of names linear.
 */
const NAME_REACH_WORDS = 8;

/** Each pair of names of one sentence written "A, B" or "A and B" (the candidates from `from` on are that sentence's). */
export function linkNeighbours(text: string, found: Candidate[], from: number): void {
  for (let k = from; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    const between = text.slice(a.end, b.start);
    const joint = /^,[ \t]*$/.test(between) ? 'comma' : /^,? (?:and|or) $/.test(between) ? 'and' : null;
    if (!joint) continue;
    a.next = { hits: b.hits, joint };
    b.previous = { hits: a.hits, joint };
  }
}

/**
 * What the capitalised words beside a place make of it, within its part of the run (titles,
 * "of" and "for" end a part: "Indiana Governor Mike Pence" leaves Indiana alone). A unit's or
 * district's name: an ordinal before it ("the 14th Indiana", "Fifth Infantry California
 * Volunteers"). A person's name: initials before it ("O. D. Greene"), a title ("President
 * Lincoln", "Colonel Sigel"), a given name in it ("Carl Thayer", "Jordan Smith"), or words that
 * are no English words ("Tran Thanh Man"). A compound name (an organisation's, a thing's):
 * English words beside the place ("Winnipeg Police Service", "Buffalo Fire Chief"), other than
 * facility words ("Sydney Harbour Bridge" still names Sydney). A division word right after it
 * ("Dallas County") leaves the place itself; a word of land or water ("Fraser Valley") makes a
 * compound; neither is a person's name. A sentence's first word is
 * capitalised anyway, so an English word there says nothing; in a Title Case line, no capital does.
 */
export function readNameAround(
  source: string,
  tokens: Token[],
  m: Match,
  [runFirst, runLast]: [number, number],
  inNonTownMatch: Uint8Array,
  titleCase: boolean,
  gazetteer: Gazetteer,
): { person: string[]; compound: boolean } {
  const breaks = (k: number) => SEGMENT_BREAKS.has(tokens[k]!.text.toLowerCase());
  let first = m.first;
  while (first > Math.max(runFirst, m.first - NAME_REACH_WORDS) && !breaks(first - 1)) first--;
  let last = m.last;
  while (last < Math.min(runLast, m.last + NAME_REACH_WORDS) && !breaks(last + 1)) last++;
  const own = tokens.slice(m.first, m.last + 1).map((t) => t.text);
  const ordinal = tokens.slice(Math.max(0, first - 1), m.first).some((t) => ORDINAL_WORD.test(t.text));
  if (ordinal) return { person: [], compound: true };
  const english = (w: string) => gazetteer.isEnglishWord(w.toLowerCase());
  // A clause's first word is capitalised anyway, at the sentence's start or after a colon or an
  // opening quote ("This will be done: At Memphis, Tenn., …"): an English word there says nothing.
  const clauseStart = (k: number) => k === 0 || /[:"“(]\s*$/.test(source.slice(tokens[k - 1]!.end, tokens[k]!.start));
  if (first < m.first && clauseStart(first) && english(tokens[first]!.text)) first++;
  // The word before the part: a title ("President Lam", "Mr. Thayer") or an initial ("O. D. Greene").
  const previous = tokens[first - 1];
  const title = previous?.text.toLowerCase() ?? '';
  const titled =
    (previous?.capitalised === true && TITLES.has(title)) ||
    (OFFICES_IN_LOWER_CASE.has(title) && /^,? $/.test(source.slice(previous!.end, tokens[first]!.start)));
  const initial = previous !== undefined && /^\p{Lu}$/u.test(previous.text) && source[previous.end] === '.';
  if (titled || initial) return { person: own, compound: false };
  if (titleCase) return { person: [], compound: false };
  // "Dallas County" is a division of Dallas; "Fraser Valley" is land named after it, not the town: neither is a person.
  const after = last > m.last ? tokens[m.last + 1]!.text.toLowerCase() : '';
  if (DIVISION_AFTER_WORDS.has(after)) return { person: [], compound: false };
  if (FEATURE_AFTER_WORDS.has(after)) return { person: [], compound: true };
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.text;
    if ((k < m.first || k > m.last) && !inNonTownMatch[k] && !NAME_PARTICLES.has(w.toLowerCase())) words.push(w);
  }
  const given = (w: string) => gazetteer.isGivenName(w);
  const placeGiven = m.first === m.last && m.first === first && last > m.last && given(own[0]!);
  if (placeGiven || words.some(given)) return { person: [...words, ...own], compound: false };
  if (words.length === 0) return { person: [], compound: false };
  if (!words.some(english)) return { person: [...words, ...own], compound: false };
  const facility = words.every((w) => FACILITY_WORDS.has(w.toLowerCase()));
  return { person: [], compound: !facility };
}
