// Words that tell a site the traveller visited: a building or grounds named in capitals, and
// the words just before a name that put someone there.

/**
 * Words that name a place aircraft land at: a step frames it whole, with the land around it, and
 * reaching it is arriving in its city, one event with the arrival ("Kotoka International Airport").
 */
export const AIRFIELD_WORDS: readonly string[] = [
  'airport',
  'airfield',
  'air base',
  'airbase',
  'aerodrome',
  'airstrip',
];

/** Words that make a capitalised name a place one visits: "Changi Naval Base", "Panuka Farm", "Gardens by the Bay". */
export const SITE_WORDS: readonly string[] = [
  'airport',
  'airfield',
  'base',
  'palace',
  'memorial',
  'monument',
  'mausoleum',
  'hotel',
  'institute',
  'farm',
  'university',
  'college',
  'school',
  'academy',
  'market',
  'pavilion',
  'castle',
  'fort',
  'fortress',
  'citadel',
  'house',
  'hospital',
  'clinic',
  'museum',
  'gallery',
  'centre',
  'center',
  'hall',
  'stadium',
  'arena',
  'garden',
  'gardens',
  'park',
  'square',
  'plaza',
  'temple',
  'pagoda',
  'shrine',
  'mosque',
  'church',
  'cathedral',
  'basilica',
  'embassy',
  'consulate',
  'parliament',
  'residence',
  'port',
  'harbour',
  'harbor',
  'shipyard',
  'factory',
  'plant',
  'laboratory',
  'headquarters',
  'studio',
  'library',
  'theatre',
  'theater',
  'cemetery',
  'campus',
];

/** Small words a site's name holds in lower case: "Gardens by the Bay", "Institute of Hygiene". */
export const SITE_NAME_JOINERS: readonly string[] = [
  'of',
  'the',
  'by',
  'for',
  'on',
  'and',
  'de',
  'la',
  'du',
  'des',
  'del',
];

/** Words before a name that put the traveller there: "at", "to", "visited", "toured", "inside". */
export const SITE_CUES: readonly string[] = [
  'at',
  'to',
  'inside',
  'into',
  'visit',
  'visits',
  'visited',
  'visiting',
  'tour',
  'toured',
  'touring',
  'tours',
  'inspected',
  'inspect',
];

/**
 * Words before "at" or "to" that tell of a life or a dealing there, not a visit: "worked at the
 * Central Hospital", "burden-sharing at the air base", "exports to the Port of …".
 */
export const NOT_VISIT_WORDS: readonly string[] = [
  'work',
  'works',
  'worked',
  'working',
  'study',
  'studied',
  'studying',
  'born',
  'died',
  'lived',
  'living',
  'treated',
  'trained',
  'taught',
  'teaching',
  'employed',
  'stationed',
  'based',
  'built',
  'building',
  'invest',
  'invested',
  'investing',
  'investment',
  'investments',
  'sharing',
  'export',
  'exports',
  'exported',
  'sold',
  'sent',
  'shipped',
  'access',
  'commitment',
  'contributed',
  'donated',
];

/** A transcript's venue that is a vehicle or a line, not a site: "Aboard Air Force One", "Via Teleconference". */
export const NOT_A_VENUE: readonly string[] = ['aboard', 'on board', 'en route', 'via', 'by telephone', 'virtual'];
