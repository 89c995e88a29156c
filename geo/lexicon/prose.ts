// The English that tells a sentence of prose from a heading, a menu or a credit: a finite verb.

/** Auxiliaries, modals and the commonest finite verbs of news prose, lower case as compared. */
export const FINITE_VERB_CUES: ReadonlySet<string> = new Set([
  ...['is', 'are', 'was', 'were', 'am', 'be', 'been', "isn't", "aren't", "wasn't", "weren't"],
  ...['has', 'have', 'had', 'do', 'does', 'did', "don't", "doesn't", "didn't"],
  ...['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "won't", "can't"],
  ...['said', 'says', 'say', 'told', 'tells', 'asked', 'added', 'noted', 'stressed', 'announced'],
  ...['went', 'came', 'met', 'made', 'took', 'gave', 'got', 'left', 'arrived', 'visited', 'held', 'signed'],
  ...['want', 'wants', 'think', 'thinks', 'know', 'knows', 'believe', 'believes', 'need', 'needs'],
]);

/** Fewer words than this is a heading, a label or a credit, not a sentence of prose. */
export const MIN_PROSE_WORDS = 6;
