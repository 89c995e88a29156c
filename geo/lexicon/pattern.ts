// Regular-expression pieces built from lexicon lists, so a word is written once.

/** The words as one alternation, in the order given (the first that fits wins), specials escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The symbols (not letters, digits or spaces) of the forms, escaped to go inside a character class: "$€£¥". */
export function classSymbols(forms: readonly string[]): string {
  return [...new Set(forms.join('').replace(/[\p{L}\p{N}\s]/gu, ''))]
    .map((c) => c.replace(/[\]\\^-]/g, '\\$&'))
    .join('');
}
