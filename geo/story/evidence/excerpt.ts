// What one excerpt or piece of evidence carries: its whole sentence when the sentence is of
// a readable length, else a word-bounded window of it around what it is quoted for. Every
// mention of a place carries its sentence, so without the window a text that is one long
// sentence would give output that grows with the square of its length.

/** Sentences up to this length are quoted whole: longer than any of the seed story (292) or the fixtures. */
export const MAX_WHOLE_SENTENCE_CHARS = 400;
/** A longer sentence is quoted as about this much of it around the focus: two or three lines of the excerpt panel. */
export const EXCERPT_WINDOW_CHARS = 240;

const ELLIPSIS = '…';

export interface SentenceWindow {
  /** What is quoted: the sentence, or a part of it with an ellipsis where it was cut. */
  text: string;
  /** The part of the sentence quoted, as offsets into the sentence (ellipses not counted). */
  from: number;
  to: number;
  /** Where the focus sits inside `text`. */
  highlight: [number, number];
}

/** The part of `sentence` to quote for the focus at [start, end) of it. */
export function excerptWindow(sentence: string, start: number, end: number): SentenceWindow {
  if (sentence.length <= MAX_WHOLE_SENTENCE_CHARS)
    return { text: sentence, from: 0, to: sentence.length, highlight: [start, end] };
  const context = Math.max(0, Math.floor((EXCERPT_WINDOW_CHARS - (end - start)) / 2));
  const from = wordStartAtOrAfter(sentence, Math.max(0, start - context), start);
  const to = wordEndAtOrBefore(sentence, Math.min(sentence.length, end + context), end);
  const before = from > 0 ? ELLIPSIS : '';
  const after = to < sentence.length ? ELLIPSIS : '';
  return {
    text: `${before}${sentence.slice(from, to)}${after}`,
    from,
    to,
    highlight: [start - from + before.length, end - from + before.length],
  };
}

/** The first offset from `at` on that starts a word, but never past `limit`. */
function wordStartAtOrAfter(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text[at - 1]!)) return at;
  const space = text.slice(at, limit).search(/\s\S/);
  return space < 0 ? limit : at + space + 1;
}

/** The last offset up to `at` that ends a word, but never before `limit`. */
function wordEndAtOrBefore(text: string, at: number, limit: number): number {
  if (at === text.length || /\s/.test(text[at]!)) return at;
  const cut = text.slice(limit, at).search(/\S\s\S*$/);
  return cut < 0 ? limit : limit + cut + 1;
}
