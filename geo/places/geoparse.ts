// Geoparse one text: clean → sentences → candidates (scan) → resolved mentions (resolveScan),
// with every span mapped back to the text exactly as given. A story scans all its articles
// before resolving any, so each resolves knowing the countries the others name.
import { cleanText, type CleanText } from '../article/clean.ts';
import { segmentSentences, type Sentence } from '../article/segment.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import { findCandidates, type Candidate, type CappedName } from './find.ts';
import { contextOf, resolveCandidate, type ArticleContext } from './resolve.ts';

export interface Mention {
  /** Span in the original text. */
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
  demonym: boolean;
  confidence: number;
  reason: string;
  metonym: boolean;
  caption: boolean;
  sentence: number;
  /** Span within the clean sentence text. */
  highlight: [number, number];
}

export interface Geoparsed {
  clean: CleanText;
  sentences: Sentence[];
  mentions: Mention[];
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
 */
export function resolveScan(scanned: Scanned, gazetteer: Gazetteer, storyCountries: ReadonlySet<string>): Geoparsed {
  const { body, clean, sentences, candidates, capped } = scanned;
  const context = { ...scanned.context, storyCountries };
  // Words seen inside people's names ("Carl Thayer") keep "Thayer said" off the map too.
  const personWords = new Set(candidates.flatMap((c) => (c.nameWords.length > 0 ? [...c.nameWords, c.text] : [])));
  const mentions: Mention[] = [];
  for (const c of candidates) {
    const resolved = resolveCandidate(c, gazetteer, context, personWords);
    if (!resolved) continue;
    const sentence = sentences[c.sentence]!;
    mentions.push({
      start: clean.toOriginal[c.start]!,
      end: clean.toOriginal[c.end - 1]! + 1,
      text: body.slice(clean.toOriginal[c.start]!, clean.toOriginal[c.end - 1]! + 1),
      entry: resolved.entry,
      demonym: resolved.form === 'demonym',
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
  return { clean, sentences, mentions, bySentence, capped };
}
