// Geoparse one text: clean → sentences → candidates (scan) → resolved mentions (resolveScan),
// with every span mapped back to the text exactly as given. A story scans all its articles
// before resolving any, so each resolves knowing the countries the others name.
import { cleanText, type CleanText } from '../article/clean.ts';
import { segmentSentences, type Sentence } from '../article/segment.ts';
import type { PlaceKind } from '../contract/vocabulary.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import type { Candidate } from './candidate.ts';
import { findCandidates, type CappedName } from './find.ts';
import { oneSensePerName } from './one-sense.ts';
import { contextOf, resolveCandidate, type ArticleContext } from './resolve.ts';

/**
 * How a text names a place: by its name ("Texas", "Hanoi"), by a demonym or adjective
 * ("Vietnamese"), or inside the name of an organisation or thing ("the Winnipeg Police Service").
 * Corpora annotate different ones: each evaluation keeps those its guidelines do.
 */
export type MentionUsage = 'name' | 'demonym' | 'organisation';
export const MENTION_USAGES: readonly MentionUsage[] = ['name', 'demonym', 'organisation'];

export interface Mention {
  /** Span in the original text. */
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
  demonym: boolean;
  usage: MentionUsage;
  confidence: number;
  reason: string;
  metonym: boolean;
  caption: boolean;
  sentence: number;
  /** Span within the clean sentence text. */
  highlight: [number, number];
}

/** The places whose names English compounds use as a modifier ("Winnipeg Police Service"); a country's stays itself. */
const COMPOUND_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'admin1', 'admin2', 'landmark']);

export interface Geoparsed {
  clean: CleanText;
  sentences: Sentence[];
  /** The places the text names by name or demonym: what a map of the story shows. */
  mentions: Mention[];
  /**
   * Places named inside an organisation's name ("Winnipeg" in "the Winnipeg Police Service"):
   * meant literally, but a map of the story leaves them out. Usage 'organisation'.
   */
  inOrganisations: Mention[];
  /** The mentions of each sentence, by sentence index: the story stages look them up often. */
  bySentence: Mention[][];
  /** Names found more often than one text may contribute: only the first of each were kept. */
  capped: CappedName[];
}

/** A text cleaned, segmented and scanned for names, before any name is resolved. */
export interface Scanned {
  /** The text exactly as given. */
  body: string;
  clean: CleanText;
  sentences: Sentence[];
  candidates: Candidate[];
  /** What the text itself names: the context its own small towns and landmarks need. */
  context: ArticleContext;
  capped: CappedName[];
}

export function scan(body: string, gazetteer: Gazetteer): Scanned {
  const clean = cleanText(body);
  const sentences = segmentSentences(clean);
  const { candidates, capped } = findCandidates(clean.text, sentences, gazetteer);
  return { body, clean, sentences, candidates, context: contextOf(candidates, gazetteer), capped };
}

/** Scans and resolves one text on its own (`storyCountries`: see resolveScan). */
export function geoparse(
  body: string,
  gazetteer: Gazetteer,
  storyCountries: ReadonlySet<string> = new Set(),
): Geoparsed {
  return resolveScan(scan(body, gazetteer), gazetteer, storyCountries);
}

/**
 * Resolves a scanned text's names. `storyCountries` are the countries the other articles of
 * the story name: a small town of one of them is taken even when this article names no country.
 * `people` are words of names the story knows are people's (its traveller's), in any article.
 */
export function resolveScan(
  scanned: Scanned,
  gazetteer: Gazetteer,
  storyCountries: ReadonlySet<string>,
  people: readonly string[] = [],
): Geoparsed {
  const { body, clean, sentences, candidates, capped } = scanned;
  const context = { ...scanned.context, storyCountries };
  // Words seen inside people's names ("Carl Thayer") keep "Thayer said" off the map too.
  const personWords = new Set([
    ...people,
    ...candidates.flatMap((c) => (c.nameWords.length > 0 ? [...c.nameWords, c.text] : [])),
  ]);
  const mentions: Mention[] = [];
  const inOrganisations: Mention[] = [];
  // Names of one place are read first; then names of several, knowing the towns of the first:
  // "Augusta … an hour's drive from Wichita" is the Augusta near Wichita.
  const single = candidates.map((c) =>
    c.hits.length === 1 ? resolveCandidate(c, gazetteer, context, personWords) : null,
  );
  const anchors = [...new Set(single.flatMap((r) => (r?.entry.kind === 'city' ? [r.entry] : [])))];
  const readings = candidates.map((c, i) =>
    c.hits.length === 1 ? (single[i] ?? null) : resolveCandidate(c, gazetteer, { ...context, anchors }, personWords),
  );
  const isEverydayWord = (text: string) => /^[\p{L}'’]+$/u.test(text) && gazetteer.isEnglishWord(text.toLowerCase());
  for (const resolved of oneSensePerName(readings, candidates, { personWords, isEverydayWord })) {
    const c = resolved.candidate;
    const sentence = sentences[c.sentence]!;
    const demonym = resolved.form === 'demonym';
    const inOrganisation = c.inOrganisation || (c.inCompound && COMPOUND_KINDS.has(resolved.entry.kind));
    (inOrganisation ? inOrganisations : mentions).push({
      start: clean.toOriginal[c.start]!,
      end: clean.toOriginal[c.end - 1]! + 1,
      text: body.slice(clean.toOriginal[c.start]!, clean.toOriginal[c.end - 1]! + 1),
      entry: resolved.entry,
      demonym,
      usage: inOrganisation ? 'organisation' : demonym ? 'demonym' : 'name',
      confidence: resolved.confidence,
      reason: resolved.reason,
      metonym: resolved.metonym,
      caption: sentence.caption,
      sentence: c.sentence,
      highlight: [c.start - sentence.start, c.end - sentence.start],
    });
  }
  const bySentence = sentences.map((): Mention[] => []);
  for (const m of mentions) bySentence[m.sentence]!.push(m);
  return { clean, sentences, mentions, inOrganisations, bySentence, capped };
}
