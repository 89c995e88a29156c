// An arrival a wire story tells without naming where ("Cole, who flew in from Seoul on Thursday
// evening", "Ebert, who arrived late Wednesday from New Delhi") happened at its dateline.

/**
 * A verb of arriving with no place named after it: "who arrived late Wednesday from New Delhi",
 * "flew in from Seoul"; not "arrived in Hanoi", "arrived in the Vietnamese capital".
 */
const ARRIVED =
  /\b(?:arrived|arrives|landed|lands|touched down|flew in|flies in)\b(?!\s+(?:(?:back|here)\s+)?(?:in|at|to|into)\s+(?:the\s+)?\p{Lu})/iu;

/** Where the sentence tells of an arrival without naming where: the verb's span, or null. */
export function arrivalWithoutPlace(sentence: string): [number, number] | null {
  const verb = ARRIVED.exec(sentence);
  return verb ? [verb.index, verb.index + verb[0].length] : null;
}
