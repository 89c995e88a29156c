// What the words around a place say about the traveller's movement: "arrived in X",
// "from a visit to X", "after two days in X", "X is the final stop", "will not travel to X".
import { alternation } from '../../lexicon/pattern.ts';
import { MOVE_VERBS, ONWARD_WORDS, UNDONE_VERBS, VISIT_DEEDS } from '../../lexicon/story.ts';
import { excerptWindow } from '../evidence/excerpt.ts';

export type Cue = 'arrive' | 'here' | 'visit' | 'from' | 'began' | 'before' | 'after' | 'first' | 'final' | 'present';

const W = String.raw`[\w’'-]+`;
// "travels to" is also "travels on to", "heads next to", "flies from there to".
const MOVE_VERB = MOVE_VERBS.map((verb) =>
  verb.endsWith(' to')
    ? `${alternation([verb.slice(0, -3)])} (?:(?:${alternation(ONWARD_WORDS)}) )?to`
    : alternation([verb]),
).join('|');
const VISIT_DEED = alternation(VISIT_DEEDS);
const PATTERNS: Array<[Cue, RegExp]> = [
  [
    'before',
    new RegExp(
      String.raw`\b(?:before|ahead of|prior to) (?:(?:his|her|their|the|a) )?(?:${W} )?(?:visit|trip|arrival|tour) (?:to|in) (?:the )?$`,
      'i',
    ),
  ],
  // "arrived in Canberra from Auckland", "travelled to Chile, …, from a summit in Brazil";
  // not "the visit drew criticism from the US": a verb of motion must come first.
  [
    'from',
    new RegExp(
      String.raw`\b(?:${MOVE_VERB})\b[^.;:]*?\bfrom (?:(?:a|an|the|his|her|its) )?(?:${W} ){0,3}?(?:(?:visit|trip|summit|talks|stop|tour|stay)s? (?:to|with|in) )?(?:the )?$`,
      'i',
    ),
  ],
  // Being there on the day the text is written: "Today in Qatar, the President signed", "here in
  // Auckland", "good to be back in New Zealand", "Welcome to Moscow" (a greeting to who has come).
  [
    'here',
    new RegExp(
      String.raw`(?:\b(?:today|tonight|this (?:morning|afternoon|evening)|here|now|(?<!\b(?:due|expected) )back)(?: (?:here|today|tonight))?,? (?:in|at)|\b(?:good|great|wonderful|glad|happy|honou?r|pleasure|privilege) to be (?:(?:back|here|with you) )*(?:in|at)|\bwelcome(?:s|d)? (?:(?:you|him|her|them|us|all|everyone|back) )*to)(?: the)? $`,
      'i',
    ),
  ],
  ['after', new RegExp(String.raw`\b(?:after|following|followed)\b(?: ${W}){0,6} $`, 'i')],
  [
    'began',
    new RegExp(
      String.raw`\b(?:left |departed |departing |leaving |began (?:(?:his|her|their|the) )?(?:tour|trip|journey) in |(?:tour|trip|journey) (?:that )?(?:began|started) (?:when (?:${W} ){1,3}left |in ))(?:the )?$`,
      'i',
    ),
  ],
  ['first', new RegExp(String.raw`\bfirst (?:stop|visited|leg)(?: (?:in|at|was|:))?(?: the)? $`, 'i')],
  // Words between the verb and the place: "arrived in the capital, Hanoi", "travel to Pnom Penh, Cambodia";
  // not "travel to Singapore reaffirmed the U.S. partnership" (see ARRIVE_GAP).
  [
    'arrive',
    new RegExp(String.raw`\b(?:${MOVE_VERB})(?: (?:in|at|to|into|for|on|across))?((?:,? ${W}){0,4}),? $`, 'i'),
  ],
  [
    'visit',
    new RegExp(
      String.raw`\b(?:visit(?:ed|ing|s)?|trip|tour|stop|stopover|leg|stay)(?: (?:to|of|in|at))?(?: (?:the|a|an))? $`,
      'i',
    ),
  ],
  // What the traveller did there, in the same clause: "held talks with the King in Bahrain on
  // Thursday"; not "met Pope Francis at the Vatican", a venue in the city they are in.
  ['visit', new RegExp(String.raw`\b(?:${VISIT_DEED})\b[^.;:,()]{0,70}?\bin(?: the)? $`, 'i')],
  ['present', /\b(?:in|at)(?: the)? $/i],
];
/** "ending his visit to Peru", "wrapped up her stay in Lima": a place being left, before what follows. */
const ENDING =
  /\b(?:end(?:s|ed|ing)?|wrap(?:s|ped|ping)? up|conclud(?:es|ed|ing)|finish(?:es|ed|ing)?) (?:(?:his|her|their|the|a) )?(?:[\w’'-]+ )?(?:visit|trip|stay|tour) (?:to|in|of) (?:the )?$/i;
/**
 * "wrapping up the trip in Detroit", "ended her tour in Lusaka": the whole trip's end, its final stop,
 * where "ending his visit to Peru" leaves one stop for the next.
 */
const TRIP_ENDS_IN =
  /\b(?:end(?:s|ed|ing)?|wrap(?:s|ped|ping)? up|conclud(?:es|ed|ing)|finish(?:es|ed|ing)?|clos(?:es|ed|ing)) (?:(?:his|her|their|the|a) )?(?:[\w’'-]+ ){0,2}(?:trip|tour|journey|swing) in (?:the )?$/i;
/** "left Accra for Dar es Salaam", "will depart Tanzania for Lusaka": the place left comes before the one named after "for". */
const LEAVE_BEFORE = /\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?)(?: from)? (?:the )?$/i;
const FOR_AFTER = /^[^.;:]{0,60}?\bfor (?:the )?\p{Lu}/u;
const FOR_BEFORE = /\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?)\b[^.;:]{0,60}? for (?:the )?$/i;
const NEGATED = new RegExp(
  String.raw`(?:\b(?:not|never|no plans? to|${alternation(UNDONE_VERBS)})\b|n['’]t\b)[^,.;]*$`,
  'i',
);
/**
 * "wants India to buy fewer weapons from Russia", "travelled to meet leaders from Asia": a place past
 * an infinitive is not where the motion came from or went.
 */
const INFINITIVE = /\bto (?!(?:the|a|an|his|her|its|their)\b)[a-z]/;
/** A plan undone, after the place: "a planned stop in Lomé was called off", "the visit to Lima has been postponed". */
const CALLED_OFF =
  /^[^.;:]{0,40}?\b(?:was|were|is|are|has been|have been|had been) (?:called off|cancell?ed|scrapped|postponed|dropped|shelved)\b/i;
const FINAL_AFTER = new RegExp(
  String.raw`^(?:['’]s)?,? (?:is|was|will be|as) (?:${W} ){0,3}?(?:final|last) (?:stop|leg|destination)\b`,
  'i',
);
/** A time right after the place left: "left Tokyo on Sunday", "left Rome late last night". */
const LEFT_WHEN = /^,? (?:on|late|early|last|this|yesterday|overnight)\b/i;
const MOVEMENT_IN_SENTENCE = new RegExp(String.raw`\b(?:${MOVE_VERB}|visit|trip|tour)`, 'i');

/**
 * Capitalised names joined by commas, ending in "and" ("and then to", "then on to"): the places
 * before the last of a list of destinations.
 */
const DESTINATIONS = /^(?:,? (?:\p{Lu}[\w’'.-]*|and))*,? (?:and|and then|then)(?: on)?(?: to)?$/u;

/** The cue for the place at [start, end) of the sentence, or null when nothing says it moved there. */
export function cueFor(sentence: string, start: number, end: number): Cue | null {
  const before = sentence.slice(Math.max(0, start - 90), start).replace(/\s+/g, ' ');
  const after = sentence.slice(end, end + 60);
  if (NEGATED.test(before) || CALLED_OFF.test(after)) return null;
  if (FINAL_AFTER.test(after.replace(/^\s*/, ' ').replace(/^ (['’]s)/, '$1'))) return 'final';
  if (LEAVE_BEFORE.test(before) && FOR_AFTER.test(after)) return 'from';
  if (TRIP_ENDS_IN.test(before)) return 'final';
  if (ENDING.test(before)) return 'from';
  if (FOR_BEFORE.test(before)) return 'arrive';
  for (const [cue, pattern] of PATTERNS) {
    const match = pattern.exec(before);
    if (!match) continue;
    // A name between the verb and the place was where it went, unless the place stands beside it
    // after a comma; or closes a list of where it went: "will travel to Panama and Costa Rica".
    if (cue === 'arrive' && /(?:^|\s)\p{Lu}/u.test(match[1] ?? '') && !/,\s*$/.test(before))
      if (DESTINATIONS.test(match[1]!)) return 'visit';
      else continue;
    // In a long sentence, only the part quoted with the place: else each of a thousand places would read it all.
    // "who left Tokyo on Sunday evening" says it with its day.
    if (
      cue === 'began' &&
      !MOVEMENT_IN_SENTENCE.test(excerptWindow(sentence, start, end).text) &&
      !LEFT_WHEN.test(after)
    )
      continue;
    if ((cue === 'from' || cue === 'arrive') && INFINITIVE.test(match[0])) continue;
    return cue;
  }
  return null;
}

/**
 * A perfect that tells of the text's own day: "has arrived in the Polish capital, Warsaw", "has
 * made an unannounced visit to Kyiv". Not "has visited Kyiv three times", "has travelled to":
 * those perfects tell of any time before.
 */
const TOLD_TODAY = new RegExp(
  String.raw`\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|touched down|(?:made|paid)\s+(?:a|an|his|her|their)\b)[^.;:]{0,70}$`,
  'i',
);

/** Does the text before the place at `start` tell of arriving or visiting there on the text's own day? */
export function toldToday(sentence: string, start: number): boolean {
  return TOLD_TODAY.test(sentence.slice(Math.max(0, start - 90), start));
}

/** Cues that put the traveller at the place; "after" and "in" alone do not. */
export const STRONG_CUES = new Set<Cue>(['arrive', 'here', 'visit', 'from', 'began', 'before', 'first', 'final']);
