// Someone else's movement told in a sentence about the traveller: "His visit comes as Chinese
// Premier Wei Lan visits Cambodia", "While Ebert was in Beijing, French President Claire Morel
// visited Tokyo", "a visit to Ottawa by Mexican Foreign Minister Ana Ruiz", "Her predecessor
// visited Kyiv three times".
import { LEADER_TITLES, OFFICE_WORDS, RELATION_NOUNS } from '../../lexicon/names.ts';
import { alternation } from '../../lexicon/pattern.ts';
import type { Traveller } from './traveller.ts';

const OFFICE = alternation([...OFFICE_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)));
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A person by office and name: "Chinese Premier Wei Lan", "U.S. Secretary of State Dana Cole". */
const TITLED = String.raw`(?:${NAME}\s+){0,2}(?:(?:${OFFICE})\s+)+(?:(?:of|for)\s+(?:the\s+)?${NAME}\s+)?${NAME}(?:\s+${NAME}){0,2}`;
/** Someone by a country and an office, or by kin or rank to another: "the Polish president", "Her predecessor". */
const DESCRIBED = String.raw`(?:(?:the\s+)?(?!The\b)\p{Lu}[\p{L}'’.-]*\s+(?:${alternation(LEADER_TITLES)})|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:${alternation(RELATION_NOUNS)}))`;
/**
 * A person opening a clause, then only lower-case words up to the place: the subject of what
 * moves there ("as Premier Wei Lan visits ", ", French President Claire Morel visited ", "Her
 * predecessor visited "). Not an object: "Arata met Chinese President Zhou Ming in" has a verb
 * before the name.
 */
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[,;:—–(]\s*|\b(?:as|while|when|whereas|meanwhile|but|after|before|since)\s+)(${TITLED}|${DESCRIBED})((?:\s+[a-z][\w’'-]*){0,6})\s+$`,
  'u',
);
/** "him", "her": the traveller is who the other person moves or receives ("welcomed him to Hanoi"). */
const OBJECT_PRONOUN = /\b(?:him|her|them|us)\b/;
/** A visit named before the place, and whose it is right after it: "a visit to Ottawa by …". */
const VISIT_BEFORE = /\b(?:visit|trip|tour|stop|stopover|journey)s? (?:to|in|of) (?:the )?$/i;
const BY_AFTER = new RegExp(String.raw`^,?\s+by\s+(${TITLED})`, 'u');

/** Is the place at [start, end) of a sentence where someone other than the traveller goes or is? */
export function anotherTravels(sentence: string, [start, end]: [number, number], traveller: Traveller): boolean {
  const before = sentence.slice(Math.max(0, start - 160), start);
  const subject = SUBJECT_BEFORE.exec(before);
  if (subject && !traveller.isIn(subject[1]!) && !OBJECT_PRONOUN.test(subject[2]!) && !traveller.isIn(subject[2]!))
    return true;
  if (!VISIT_BEFORE.test(before)) return false;
  const by = BY_AFTER.exec(sentence.slice(end, end + 100));
  return !!by && !traveller.isIn(by[1]!);
}
