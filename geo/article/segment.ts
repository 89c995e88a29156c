// Segment: clean text → sentences, each with its clean-text span and paragraph.
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

const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu;

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

function splitLine(text: string, from: number, to: number): Array<[number, number]> {
  const line = text.slice(from, to);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const cut = match.index + match[0].trimEnd().length;
    const word =
      /([\p{L}.]+)[.!?]*["”’)\]]*$/u
        .exec(line.slice(Math.max(start, cut - 24), cut))?.[1]
        ?.toLowerCase()
        .replace(/\.$/, '') ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    spans.push([start, cut]);
    start = match.index + match[0].length;
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
