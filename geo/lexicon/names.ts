// Words around the names of people, offices and organisations, lower-case as compared.
import { MONTH_ABBREVIATIONS } from './calendar.ts';

/** Small words inside a name that join its capitalised words: "Rio de Janeiro", "Mohammed bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'du',
  'la',
  'van',
  'von',
  'bin',
  'al',
]);

/** What the news calls a head of state or government: "the Russian president", "Chile's president". */
export const LEADER_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'leader',
  'head of state',
  'head of government',
  'king',
  'queen',
  'monarch',
];

/**
 * What someone is to another, written after "his" or "her": a person of their own ("Her predecessor
 * visited Kyiv three times"). Not those who travel with them (wife, aides, delegation).
 */
export const RELATION_NOUNS: readonly string[] = [
  'predecessor',
  'predecessors',
  'successor',
  'counterpart',
  'counterparts',
  'rival',
  'opponent',
  'father',
  'mother',
  'envoy',
];

/** Small words inside an office's name: "Secretary of State", "Minister for Foreign Affairs". */
export const OFFICE_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'the']);

/** Pronouns that carry the traveller into the next sentence of a paragraph. */
export const PERSONAL_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her', 'his'];

/** Single words of an office written before a person's name: "Foreign Minister", "Deputy Prime Minister". */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...LEADER_TITLES.flatMap((title) => title.split(' ')).filter((word) => !NAME_PARTICLES.has(word)),
  'deputy',
  'foreign',
  'secretary',
  'general',
  'prince',
  'princess',
  'pope',
  'mayor',
  'governor',
  'senator',
  'ambassador',
  'chief',
  'trade',
  'defence',
  'defense',
  'vice',
  'speaker',
  'emperor',
  'sheikh',
  'sultan',
]);

/** Military and police ranks written before a name: "General Lyon", "Colonel Sigel", "Captain Murphy". */
export const RANKS: ReadonlySet<string> = new Set([
  'general',
  'colonel',
  'major',
  'captain',
  'lieutenant',
  'sergeant',
  'corporal',
  'private',
  'brigadier',
  'commander',
  'admiral',
  'commodore',
  'marshal',
  'inspector',
  'detective',
  'constable',
]);

/** Ordinals that name units and districts: "the 14th Indiana", "Fifth Infantry California Volunteers". */
export const ORDINAL_WORD =
  /^(?:\d+(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth)$/i;

/** Honorifics before a name, written with or without a full stop. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that make a place's name the name of a building or site in it: "Sydney Harbour Bridge" still names Sydney. */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'house',
  'airport',
  'square',
  'street',
  'bridge',
  'palace',
  'hall',
  'park',
  'station',
  'tower',
  'stadium',
  'lake',
  'river',
  'memorial',
  'monument',
  'opera',
  'port',
  'harbour',
  'harbor',
  'cathedral',
  'temple',
  'gate',
]);

/** Words that head an organisation's or a publication's name: "Communist Party", "The Sydney Morning Herald". */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'party',
  'university',
  'association',
  'bank',
  'ministry',
  'agency',
  'company',
  'corporation',
  'council',
  'commission',
  'committee',
  'institute',
  'center',
  'centre',
  'airlines',
  'airways',
  'group',
  'news',
  'times',
  'post',
  'herald',
  'daily',
  'journal',
  'tribune',
  'telegraph',
  'federation',
  'league',
  'foundation',
  'fund',
  'court',
  'army',
  'navy',
  'club',
  'college',
  'school',
  'academy',
  'society',
  'museum',
  'studies',
  'press',
  'radio',
  'television',
  'tv',
  'network',
  'inc',
  'ltd',
  'union',
  'department',
  'regiment',
  'brigade',
  'battalion',
  'corps',
  'militia',
  'infantry',
  'cavalry',
  'artillery',
  'volunteers',
  'guard',
  // News agencies' names in their own languages: "Agence France-Presse", "Deutsche Presse-Agentur", "Agencia EFE".
  'agence',
  'agencia',
  'agenzia',
  'agentur',
  'presse',
  'prensa',
]);

/** Small grammatical words: a Title Case headline leaves them in lower case, and alone they make no name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'and',
  'the',
  'for',
  'with',
  'from',
  'into',
  'over',
  'but',
  'nor',
  'yet',
  'per',
  'via',
  'amid',
]);

/** Words after which a full stop does not end a sentence ("Mr.", "Jun.", "U.S."), without their last full stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rep',
  'sen',
  'gov',
  'pres',
  ...MONTH_ABBREVIATIONS,
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'mt',
  'ft',
  'approx',
  'dept',
  'est',
  'fig',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
]);
