// A wire story's dateline ("SEOUL, South Korea (AP) —", "JAKARTA, June 3 (Reuters) -", "Manila
// (AFP) -"): where it was filed. No stop of its own, but where the story's arrival without a place
// happened (journey) and where a site its sentences do not place is (sites).
import type { Mention } from '../../places/geoparse.ts';
import { MONTH_ABBREVIATIONS, MONTHS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';

const MONTH = `(?:${alternation(MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
/** After the place: its country or state, a day, the agency, then the dash that ends the dateline. */
const AFTER_PLACE = new RegExp(
  String.raw`^(?:,\s*\p{Lu}[\p{L}.’' ]{1,30}?)?(?:,\s*${MONTH}\s+\d{1,2})?\s*(\(\p{Lu}[^)\n]{0,30}\))?\s*[-–—]\s`,
  'iu',
);

/** The place a story's first sentence opens with as its dateline, or null when it has none. */
export function datelineMention(first: { text: string } | undefined, mentions: readonly Mention[]): Mention | null {
  const m = mentions[0];
  if (!first || !m || first.text.slice(0, m.highlight[0]).trim() !== '') return null;
  const after = AFTER_PLACE.exec(first.text.slice(m.highlight[1]));
  // Capitals ("HANOI") or an agency in brackets ("Manila (AFP) -") tell a dateline from a sentence.
  if (!after || (!after[1] && m.text !== m.text.toUpperCase())) return null;
  return m;
}
