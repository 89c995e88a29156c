// Whether a sentence puts the traveller at a site it names: a word just before the name that
// places someone there ("arrived at", "visited", "welcome … to", "here at the"), not negated
// and not after a word of another dealing: "worked at X", "go through X airport" and
// "burden-sharing at X" put nobody there.
import { alternation } from '../../lexicon/pattern.ts';
import { NOT_VISIT_WORDS, SITE_CUES } from '../../lexicon/sites.ts';

/** The cue, then "the" or a possessive place ("at Ghana's Kotoka airport"), then the name. */
const CUE_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(SITE_CUES)})\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}.-]*(?:['’]s)\s+)?$`,
  'iu',
);
/** Another site of the same visit: "at the X in Hanoi and the Memorial …", "X, Y and Z". */
const COORDINATED = /^(?:\s+in\s+[\p{Lu}][\p{L}\p{M}' -]*?)?(?:,|\s+and|,\s+and|\s+as well as)\s+(?:the\s+)?$/u;
/** "worked at", "burden-sharing at": the word before the cue tells of something else than a visit. */
const NOT_A_VISIT = new RegExp(String.raw`\b(?:${alternation(NOT_VISIT_WORDS)})\s+$`, 'i');
const NEGATED = /\b(?:not|n't|never|no plans? to|cancel(?:l?ed)?)\b[^,.;:]*$/i;

export interface Named {
  start: number;
  end: number;
}

/**
 * The names of a sentence the traveller is placed at, in order: each with a cue just before
 * it, or joined to one that has ("at the Cathedral in Accra and the Memorial to the Liberation").
 */
export function visitedNames<T extends Named>(sentence: string, names: T[]): T[] {
  const visited: T[] = [];
  let last: T | null = null;
  for (const name of [...names].sort((a, b) => a.start - b.start)) {
    const before = sentence.slice(0, name.start);
    const cue = CUE_BEFORE.exec(before);
    const cued = cue !== null && !NOT_A_VISIT.test(before.slice(0, cue.index)) && !NEGATED.test(before);
    const joined = last !== null && COORDINATED.test(sentence.slice(last.end, name.start));
    if (cued || joined) {
      visited.push(name);
      last = name;
    } else last = null;
  }
  return visited;
}
