// A wire story's dateline ("SEOUL, South Korea (AP) —", "JAKARTA, June 3 (Reuters) -", "Manila
// (AFP) -") is where it was filed: no stop of its own. But an arrival the story tells without
// naming where ("Cole, who flew in from Seoul on Thursday evening", "Ebert, who arrived late
// Wednesday from New Delhi") is an arrival there.
import type { Mention } from '../../places/geoparse.ts';
import { MONTH_ABBREVIATIONS, MONTHS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';

const MONTH = `(?:${alternation(MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
/** After the place: its country or state, a day, the agency, then the dash that ends the dateline. */
const AFTER_PLACE = new RegExp(
  String.raw`^(?:,\s*\p{Lu}[\p{L}.’' ]{1,30}?)?(?:,\s*${MONTH}\s+\d{1,2})?\s*(\(\p{Lu}[^)\n]{0,30}\))?\s*[-–—]\s`,
  'iu',
);

/** The place a story's first sentence opens with as its dateline, or null when it has none. */
export function datelineMention(first: { text: string } | undefined, mentions: readonly Mention[]): Mention | null {
  const m = mentions[0];
  if (!first || !m || first.text.slice(0, m.highlight[0]).trim() !== '') return null;
  const after = AFTER_PLACE.exec(first.text.slice(m.highlight[1]));
  // Capitals ("HANOI") or an agency in brackets ("Manila (AFP) -") tell a dateline from a sentence.
  if (!after || (!after[1] && m.text !== m.text.toUpperCase())) return null;
  return m;
}

/**
 * A verb of arriving with no place named after it: "who arrived late Wednesday from New Delhi",
 * "flew in from Seoul"; not "arrived in Hanoi", "arrived in the Vietnamese capital".
 */
const ARRIVED =
  /\b(?:arrived|arrives|landed|lands|touched down|flew in|flies in)\b(?!\s+(?:(?:back|here)\s+)?(?:in|at|to|into)\s+(?:the\s+)?\p{Lu})/iu;

/** Where the sentence tells of an arrival without naming where: the verb's span, or null. */
export function arrivalWithoutPlace(sentence: string): [number, number] | null {
  const verb = ARRIVED.exec(sentence);
  if (!verb) return null;
  const word = /^[\p{L} ]+/u.exec(verb[0])![0];
  return [verb.index, verb.index + word.length];
}
