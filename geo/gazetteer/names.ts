// How names are compared: the same folding for the gazetteer's names and the text's words,
// so "Đà Nẵng", "Da Nang" and "da-nang" meet, and "Côte d’Ivoire" matches "Cote d'Ivoire".

const PLAIN = /^[A-Za-z]+( [A-Za-z]+)*$/;

/**
 * Latin letters that Unicode does not split into a letter and a mark, as English writes them:
 * "Łódź" is "Lodz", "Doğubayazıt" "Dogubayazit", "Đà Nẵng" "Da Nang", "Tromsø" "Tromso".
 */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
};
const LETTERS_WITHOUT_MARKS = /[đðłıøæœßþħŧ]/g;

export function foldName(name: string): string {
  // Most names are plain ASCII words: skip the Unicode work for them.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTERS_WITHOUT_MARKS, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(/[’‘`´]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

/** Words a place's name starts with that English writes short too: "St. Louis", "Ft. Donelson", "Mt. Vernon". */
const SHORT_FORMS: ReadonlyArray<[RegExp, string[]]> = [
  [/^(Saint|St\.?) /, ['Saint ', 'St. ']],
  [/^(Sainte|Ste\.?) /, ['Sainte ', 'Ste. ']],
  [/^(Fort|Ft\.?) /, ['Fort ', 'Ft. ']],
  [/^(Mount|Mt\.?) /, ['Mount ', 'Mt. ']],
];

/** A name with its first word written out and short ("St. Louis" → "Saint Louis" too), itself first. */
export function shortFormVariants(name: string): string[] {
  for (const [pattern, forms] of SHORT_FORMS) {
    const match = pattern.exec(name);
    if (match) return [name, ...forms.map((f) => f + name.slice(match[0].length)).filter((n) => n !== name)];
  }
  return [name];
}

/** How many words a folded key has: the matcher tries n-grams up to the longest. */
export function wordCount(key: string): number {
  return key.split(/[ ']/).filter(Boolean).length;
}

/** "Russian" → "Russians"; demonyms ending in -ese or -ish have no plural in -s. */
export function demonymForms(demonym: string): string[] {
  if (/(ese|ish|ch|ss|i)$/i.test(demonym) || demonym.includes(' ')) return [demonym];
  return [demonym, `${demonym}s`];
}

/** Scripts a reader of English news text can meet: Latin letters with any accents. */
export function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\s'’.\-,()]+$/u.test(name);
}
