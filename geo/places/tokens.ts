// Words of a sentence with their offsets, and the capitalised runs they form:
// "Elena Varga", "Communist Party of China", "Australian War Memorial".
import { FUNCTION_WORDS, NAME_PARTICLES } from '../lexicon/names.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  capitalised: boolean;
}

/** A word is a run of letters and digits (`[\p{L}\p{N}]+`): one character of it, a whole one. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** How many UTF-16 units the letter or digit at `i` takes (1, or 2 for a surrogate pair); 0 where none starts. */
function wordCharacterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // ASCII, most of any English text, without a regular expression.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const width = pair ? 2 : 1;
  return WORD_CHARACTER.test(text.slice(i, i + width)) ? width : 0;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    let width = wordCharacterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < text.length ? wordCharacterAt(text, i) : 0;
    }
    const word = text.slice(start, i);
    const first = word.charCodeAt(0);
    tokens.push({
      start: offset + start,
      end: offset + i,
      text: word,
      capitalised: first < 128 ? first >= 65 && first <= 90 : UPPER_FIRST.test(word),
    });
  }
  return tokens;
}

/** The apostrophe-s of a possessive is its own token ("Chile’s" → "Chile", "s"). */
export function isPossessiveS(tokens: Token[], i: number, source: string, offset = 0): boolean {
  const t = tokens[i]!;
  return t.text === 's' && /['’]/.test(source[t.start - offset - 1] ?? '');
}

/**
 * Maximal runs of capitalised words, joined by connectors ("of", "for") but split at
 * a possessive or any punctuation other than a space or hyphen. Returns [first, last] token indexes.
 */
export function capitalisedRuns(tokens: Token[], source: string, offset = 0): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  const joined = (a: Token, b: Token) => /^[\s-]+$/.test(source.slice(a.end - offset, b.start - offset));
  while (i < tokens.length) {
    if (!tokens[i]!.capitalised) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!joined(tokens[j]!, next) || isPossessiveS(tokens, j + 1, source, offset)) break;
      if (next.capitalised) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (NAME_PARTICLES.has(next.text) && after?.capitalised && joined(next, after)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** A headline in Title Case, where capitals say nothing about names. */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length >= 3 && !FUNCTION_WORDS.has(t.text));
  return words.length >= 4 && words.every((t) => t.capitalised);
}

/** For each of `count` tokens, the index of the run it belongs to, or -1. */
export function runIndexes(runs: Array<[number, number]>, count: number): Int32Array {
  const runOf = new Int32Array(count).fill(-1);
  runs.forEach(([a, b], r) => runOf.fill(r, a, b + 1));
  return runOf;
}
