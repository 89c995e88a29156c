// What the cleaner must never do: drop prose. A sentence "reads as prose" when it has at
// least MIN_PROSE_WORDS words, at least half of them begin in lower case, one is a finite
// verb (an auxiliary or modal, a common verb of news prose, or a word in -ed), and it ends as
// a sentence does (. ! ? …, perhaps inside quotes or brackets) or runs on into the next line
// (a hard-wrapped paragraph); a headline or a link, a line of its own, does neither. The
// sentences are the segmenter's, over the body with only its markup removed. A word is lost
// when none of its letters is left in the clean text; a prose sentence is dropped when it lost
// half its words or more, or when the words it lost read as prose themselves. So a line of
// article text taken for clutter counts, and so does a clause cut off a sentence; a photo
// credit cut off a caption, a heading, a menu, a byline or a location header does not.
import { FINITE_VERB_CUES, MIN_PROSE_WORDS } from '../lexicon/prose.ts';
import type { CleanText } from './clean.ts';
import { stripMarkup } from './markup.ts';
import { segmentSentences } from './segment.ts';

export interface DroppedSentence {
  /** Its span in the body as written. */
  span: [number, number];
  text: string;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

const SENTENCE_END = /[.!?…]["”’)\]]*$/u;

/** `runsOn`: the next line continues it, with no blank line between. */
export function readsAsProse(sentence: string, runsOn = false): boolean {
  return (runsOn || SENTENCE_END.test(sentence.trimEnd())) && proseShaped(sentence);
}

/** Whether the line after `end` (the end of a sentence ending its line) holds text. */
function nextLineRunsOn(text: string, end: number): boolean {
  const after = /^[ \t]*(?:\r\n?|\n)[ \t\u00a0]*(\S)?/.exec(text.slice(end, end + 200));
  return after?.[1] !== undefined;
}

/** Words enough, mostly in lower case, one a finite verb: prose, ended or not (a clause cut off a sentence). */
function proseShaped(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  if (words.length < MIN_PROSE_WORDS) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  if (lower.length * 2 < words.length) return false;
  return lower.some((w) => FINITE_VERB_CUES.has(w.replace(/’/g, "'")) || /\p{L}{2}ed$/u.test(w));
}

/** The prose sentences of `body` that lost a word in `clean` (the cleaner's output for it). */
export function droppedProse(body: string, clean: CleanText): DroppedSentence[] {
  const kept = new Uint8Array(body.length + 1);
  for (let i = 0; i < clean.text.length; i++) if (clean.text[i] !== '\n') kept[clean.toOriginal[i]!] = 1;
  const read = stripMarkup(body);
  const asRead: CleanText = { text: read.text, toOriginal: read.toOriginal, captions: [], dropped: [] };
  const dropped: DroppedSentence[] = [];
  for (const sentence of segmentSentences(asRead)) {
    if (!readsAsProse(sentence.text, nextLineRunsOn(read.text, sentence.end))) continue;
    const words = [...sentence.text.matchAll(WORD)];
    const lost = words.filter((w) => {
      for (let c = 0; c < w[0].length; c++) if (kept[read.toOriginal[sentence.start + w.index + c]!]) return false;
      return true;
    });
    if (lost.length === 0) continue;
    if (lost.length * 2 < words.length && !proseShaped(lost.map((w) => w[0]).join(' '))) continue;
    const span: [number, number] = [read.toOriginal[sentence.start]!, read.toOriginal[sentence.end - 1]! + 1];
    dropped.push({ span, text: sentence.text });
  }
  return dropped;
}
