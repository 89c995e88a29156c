// Words beside a place's name that say how it is used: as a location, or as its government.

/**
 * The prepositions of LOCATIVE_WORDS: before a name they place it even where the name is a
 * person's elsewhere ("in Sydney"). The verbs do not ("During the visit, Lam said"), nor "to".
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at from into near outside around across via toward towards'.split(' '),
);

/** Words before a place that say it is a location, not an actor: "in Canberra", "visited Canberra". */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  ...LOCATIVE_PREPOSITIONS,
  'to',
  'visit',
  'visited',
  'visiting',
  'visits',
  'reached',
  'left',
  'leaving',
  'capital',
  'city',
  'arrived',
  'landed',
  'over',
  'stop',
]);

/** Words after a capital that make it its government: "Canberra had always abstained". */
export const GOVERNMENT_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'has',
  'had',
  'have',
  'looks',
  'wants',
  'wanted',
  'pledged',
  'expressed',
  'accused',
  'abstained',
  'warned',
  'announced',
  'thanked',
  'urged',
  'criticised',
  'criticized',
  'denied',
  'insists',
  'insisted',
  'agreed',
  'hopes',
  'hoped',
  'would',
  'will',
  'and',
]);

/** Words before a capital that make it a government acted upon: "talks with Canberra", "accused Beijing". */
export const GOVERNMENT_OBJECT_CUES: ReadonlySet<string> = new Set([
  'with',
  'thanked',
  'urged',
  'accused',
  'against',
  'abetting',
  'between',
  'courting',
  'of',
]);

/** Words after a region's name that say it is the region: "Ohio state", "Quang Ninh province". */
export const ADMIN_DIVISION_WORDS: ReadonlySet<string> = new Set([
  'state',
  'province',
  'region',
  'county',
  'prefecture',
  'oblast',
  'territory',
]);

/** Words after a place's name that make the whole a division of it: "Dallas County", "Quezon City", "Orleans Parish". */
export const DIVISION_AFTER_WORDS: ReadonlySet<string> = new Set([
  ...ADMIN_DIVISION_WORDS,
  'parish',
  'district',
  'city',
]);

/** Words after a place's name that make the whole land or water named after it: "Fraser Valley", "Ural Mountains". */
export const FEATURE_AFTER_WORDS: ReadonlySet<string> = new Set([
  'valley',
  'delta',
  'basin',
  'river',
  'lake',
  'creek',
  'bay',
  'island',
  'islands',
  'peninsula',
  'coast',
  'mountains',
  'hills',
]);

/**
 * Points of the compass that English puts before a place to name a part of it ("Central
 * Africa", "Northern Europe", "North-Western Sydney"): with the place, they are one name.
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(
  ['north', 'south', 'east', 'west', 'central']
    .flatMap((w) => [w, w.endsWith('l') ? w : `${w}ern`])
    .concat([
      'northeast',
      'northwest',
      'southeast',
      'southwest',
      'northeastern',
      'northwestern',
      'southeastern',
      'southwestern',
    ]),
);
