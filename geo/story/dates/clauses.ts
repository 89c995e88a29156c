// The clause of a sentence that holds a name: a day or an event word in it speaks of that
// name; one beyond a clause break ("and on Friday laid a wreath") speaks of something else.
import { alternation } from '../../lexicon/pattern.ts';
import { CLAUSE_BREAKS } from '../../lexicon/story.ts';
import type { DateMention } from './dates.ts';

/** A semicolon, a colon that is not a clock's ("at 14:30"), or a break word, with its comma. */
const BREAK = new RegExp(String.raw`[;:](?!\d)|,? \b(?:${alternation(CLAUSE_BREAKS)})\b`, 'gi');

/** [start, end) of the clause around [from, to) of the sentence. */
export function clauseAround(sentence: string, from: number, to: number): [number, number] {
  let [start, end] = [0, sentence.length];
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * A day written right after the name, within 30 characters and no comma: "to sign a pact at the
 * Palace on Tuesday" in a sentence that opened with "who left Tokyo on Sunday evening".
 */
function rightAfter(sentence: string, dates: DateMention[], to: number): DateMention | undefined {
  return dates.find((d) => d.at >= to && d.at - to <= 30 && !/[,;]/.test(sentence.slice(to, d.at)));
}

/**
 * The sentence's dates, the one of [from, to) first: one written right after it; in its clause, the last one written before
 * it, else the first after it ("addressed lawmakers at Parliament House on Friday"); outside
 * it, the last before ("On Thursday, she went into talks at Parliament House"), else the first after.
 */
export function datesFor(sentence: string, dates: DateMention[], [from, to]: [number, number]): string[] {
  const [start, end] = clauseAround(sentence, from, to);
  const inClause = dates.filter((d) => d.at >= start && d.at < end);
  const before = (list: DateMention[]) => list.filter((d) => d.at < from).at(-1);
  const own =
    rightAfter(sentence, inClause, to) ??
    before(inClause) ??
    inClause.find((d) => d.at >= to) ??
    before(dates) ??
    dates.find((d) => d.at >= from);
  return own ? [own.date, ...dates.filter((d) => d !== own).map((d) => d.date)] : [];
}
