// Words of figures in English news: qualifiers, numbers written as words, what gets counted.

/** Words before a figure that qualify it: "more than 80%", "around a dozen". */
export const QUALIFIERS: readonly string[] = [
  'just',
  'only',
  'more than',
  'less than',
  'fewer than',
  'over',
  'under',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'roughly',
  'approximately',
  'up to',
  'a total of',
  'barely',
];

/** Numbers written as words, with their value, in the order the count pattern tries them. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  dozen: 12,
  'a dozen': 12,
  'two dozen': 24,
  'several dozen': 36,
};

/** What a story counts: "nine memorandums", "a dozen agreements". */
export const COUNTED_NOUNS: readonly string[] = [
  'memorandums',
  'memoranda',
  'agreements',
  'deals',
  'documents',
  'contracts',
  'treaties',
  'accords',
  'pacts',
  'projects',
  'declarations',
  'mous',
];

/** Units after "4.2bn" that make it no amount of money: "1.4 billion people". */
export const NON_MONEY_UNITS: readonly string[] = [
  'people',
  'tons',
  'tonnes',
  'barrels',
  'doses',
  'users',
  'residents',
  'visitors',
  'tourists',
];
