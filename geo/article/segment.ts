// Segment: clean text → sentences, each with its clean-text span and paragraph.
// One pass over each line, so that a run of punctuation ("Contents ........ 5") costs what
// its length does: a boundary pattern retried at every dot of a run took its square.
import { ABBREVIATIONS } from '../lexicon/names.ts';
import type { CleanText } from './clean.ts';

export interface Sentence {
  index: number;
  paragraph: number;
  /** Span in the clean text. */
  start: number;
  end: number;
  text: string;
  caption: boolean;
}

export function segmentSentences(clean: CleanText): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = clean;
  let paragraph = 0;
  let lineStart = 0;
  // Captions and sentences both come in text order: the caption a sentence may sit in is the last one starting before it.
  let caption = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) {
      for (const [s, e] of splitLine(text, lineStart, lineEnd)) {
        while (caption + 1 < clean.captions.length && clean.captions[caption + 1]![0] <= s) caption++;
        const [a, b] = clean.captions[caption] ?? [Infinity, -Infinity];
        sentences.push({
          index: sentences.length,
          paragraph,
          start: s,
          end: e,
          text: text.slice(s, e),
          caption: s >= a && e <= b,
        });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

const TERMINAL = /[.!?]/;
const CLOSER = /["”’)\]]/;
const OPENER = /["“‘([]/;
const SPACE = /\s/;
/** What the scan stops at: terminal punctuation, what makes a token an address, and spaces. */
const STOP = /[.!?/@]|\s+/g;
/** What may end the sentence before a boundary with no space: "future.We", "Ukraine.President". */
const BEFORE_GLUED = /[\p{Ll}\d"”’)\]]/u;
/** The word an abbreviation check looks at, within a few characters before the cut. */
const WORD_BEFORE = /([\p{L}.]+)[.!?]*["”’)\]]*$/u;

/** Where each sentence of a line ends (`cut`) and the next begins (`next`), as line offsets. */
export function sentenceBreaks(line: string): Array<{ cut: number; next: number }> {
  const breaks: Array<{ cut: number; next: number }> = [];
  let sentenceStart = 0;
  // A token (text between spaces) with a slash or an @, or starting "www.", is an address: no boundary inside it.
  let address = line.startsWith('www.');
  let i = 0;
  for (;;) {
    STOP.lastIndex = i;
    const stop = STOP.exec(line);
    if (!stop) return breaks;
    i = stop.index + stop[0].length;
    if (!TERMINAL.test(stop[0])) {
      address = SPACE.test(stop[0]) ? line.startsWith('www.', i) : true;
      continue;
    }
    const runStart = stop.index;
    while (i < line.length && TERMINAL.test(line[i]!)) i++;
    while (i < line.length && CLOSER.test(line[i]!)) i++;
    const cut = i;
    let next = cut;
    while (next < line.length && SPACE.test(line[next]!)) next++;
    const isBreak =
      next > cut
        ? startsSentence(line, next)
        : !address && BEFORE_GLUED.test(line[runStart - 1] ?? '') && startsGluedSentence(line, cut);
    if (isBreak && !endsInAbbreviation(line, Math.max(sentenceStart, cut - 24), cut)) {
      breaks.push({ cut, next });
      sentenceStart = next;
    }
  }
}

/** After a space: a capital or a digit, perhaps after an opening quote or bracket. */
function startsSentence(line: string, at: number): boolean {
  const first = OPENER.test(line[at] ?? '') ? line[at + 1] : line[at];
  return first !== undefined && /[\p{Lu}\d]/u.test(first);
}

/** With no space: a capital starting a word ("We", "I"), not an acronym or a file extension ("JPG"). */
function startsGluedSentence(line: string, at: number): boolean {
  const [first, second] = [line[at], line[at + 1]];
  return first !== undefined && /\p{Lu}/u.test(first) && (second === undefined || /[\p{Ll}\s]/u.test(second));
}

/**
 * "Mr.", "U.S.", "e.g." or an initial ("N.") just before the cut: no sentence ends there. A
 * letter after a digit ("the 1950s.") is the end of a word, not an initial.
 */
function endsInAbbreviation(line: string, from: number, cut: number): boolean {
  const found = WORD_BEFORE.exec(line.slice(from, cut));
  if (!found || /[\p{L}\p{N}]/u.test(line[from + found.index - 1] ?? '')) return false;
  const word = found[1]!.toLowerCase().replace(/\.$/, '');
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function splitLine(text: string, from: number, to: number): Array<[number, number]> {
  const line = text.slice(from, to);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const { cut, next } of sentenceBreaks(line)) {
    spans.push([start, cut]);
    start = next;
  }
  spans.push([start, line.length]);
  return spans
    .map(([s, e]): [number, number] => {
      const piece = line.slice(s, e);
      const lead = piece.length - piece.trimStart().length;
      return [from + s + lead, from + s + piece.trimEnd().length];
    })
    .filter(([s, e]) => e > s);
}
