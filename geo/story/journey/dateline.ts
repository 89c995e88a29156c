// An arrival a wire story tells without naming where ("Cole, who flew in from Seoul on Thursday
// evening", "Ebert, who arrived late Wednesday from New Delhi") happened at its dateline; "arrived
// here" says so.

/**
 * A verb of arriving with no place named after it: "who arrived late Wednesday from New Delhi",
 * "flew in from Seoul"; not "arrived in Hanoi", "arrived in the Vietnamese capital".
 */
const ARRIVED =
  /\b(?:arrived|arrives|landed|lands|touched down|flew in|flies in)\b(?!\s+(?:(?:back|here)\s+)?(?:in|at|to|into)\s+(?:the\s+)?\p{Lu})/iu;

const HERE_AFTER = /^\s+here\b/i;

/**
 * Where the sentence tells of an arrival without naming where: the verb's span, and whether it
 * says "here" (the dateline's place itself: "arrived here on Monday"); or null.
 */
export function arrivalWithoutPlace(sentence: string): { span: [number, number]; here: boolean } | null {
  const verb = ARRIVED.exec(sentence);
  if (!verb) return null;
  const end = verb.index + verb[0].length;
  return { span: [verb.index, end], here: HERE_AFTER.test(sentence.slice(end)) };
}
