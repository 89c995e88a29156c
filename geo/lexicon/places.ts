// Words beside a place's name that say how it is used: as a location, or as its government.

/** Words before a place that say it is a location, not an actor: "in Canberra", "visited Canberra". */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'to',
  'from',
  'into',
  'near',
  'outside',
  'around',
  'across',
  'via',
  'toward',
  'towards',
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
