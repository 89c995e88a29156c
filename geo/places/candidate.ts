// What the finder hands the resolver: a candidate name with the words and names around it,
// and what the article names as a whole (the context a small town or a landmark needs).
import type { GazetteerEntry, NameHit } from '../gazetteer/types.ts';

export interface Candidate {
  sentence: number;
  /** Span in the clean text. */
  start: number;
  end: number;
  text: string;
  hits: NameHit[];
  /**
   * Inside a longer name of an organisation or a thing: "Communist Party of China", "Winnipeg
   * Police Service". The place is meant literally, but the mention is the organisation's.
   */
  inOrganisation: boolean;
  /**
   * Beside English words in one name ("Winnipeg Police Service", "North Korea Rolls Out"): a
   * town's or region's name there is part of a compound name; a country's is read as itself.
   */
  inCompound: boolean;
  /** The words of the person's name it is part of, its own included ("Carl Thayer"); empty when it is no person's. */
  nameWords: string[];
  /** The words just before it, lower-cased (for locative and metonym cues). */
  before: string[];
  /** The words just after it, lower-cased. */
  after: string[];
  /**
   * The names written right after it and right before it, with what joins them: "Buffalo, New
   * York" (a comma: the second may hold the first), "Texas and Georgia" (a list).
   */
  next: Neighbour | null;
  previous: Neighbour | null;
}

export interface Neighbour {
  hits: NameHit[];
  joint: 'comma' | 'and';
}

/** A run of tokens the gazetteer knows, first to last, with the places so named. */
export interface Match {
  first: number;
  last: number;
  hits: NameHit[];
}

export interface ResolveContext {
  /** ISO2 codes of the countries this article names (by name or demonym). */
  articleCountries: Set<string>;
  /** Place ids this article names unambiguously (countries, capitals). */
  articlePlaces: Set<string>;
  /** ISO2 codes of countries whose regions the article names ("Texas": US), with those regions' ids. */
  regionsByCountry: Map<string, Set<string>>;
  /**
   * First-level regions the article names by name ("Kansas", "New South Wales"), each with the
   * sentences that name it: a town in one of them is likelier that one, the more so in a sentence beside.
   */
  articleRegions: Map<string, number[]>;
  /**
   * Towns the article's names were first read as, each the only reading of its name (set by a
   * second reading of the article): a town of a name near one of them is likelier that one.
   */
  anchors: GazetteerEntry[];
  /** Each country the article names, with the words that name it ("Georgia", "Georgian", "Tbilisi"). */
  countryWords: Map<string, Set<string>>;
  /**
   * ISO2 codes of countries named only inside organisations' names ("the First Nebraska Cavalry",
   * "the Kenya Red Cross"): no place of the text, but weak evidence of the country its towns are in.
   */
  organisationCountries: Set<string>;
  /** ISO2 codes of the countries the whole story names. */
  storyCountries: ReadonlySet<string>;
}
