// A transcript's location header: the lines a White House transcript opens with, saying where
// it was spoken ("Changi Naval Base / Singapore, Singapore", "Aboard Air Force One / En Route
// Phnom Penh, Cambodia"). It is evidence of where the traveller is, not a sentence of prose:
// the cleaner keeps it out of the text the stages read, and the article carries it instead.
import { stripMarkup } from './markup.ts';

export interface PlacelineLine {
  /** The line without markup or "En Route": "Accra, Ghana", "Kotoka International Airport". */
  text: string;
  /** Its span in the body as written (the markup around it left out). */
  span: [number, number];
}

export interface Placeline {
  /** The venue line above the place, when there is one: "Changi Naval Base", "Aboard Air Force One". */
  venue: PlacelineLine | null;
  /** The place: "Singapore, Singapore", "Phnom Penh, Cambodia" (for "En Route Phnom Penh, Cambodia"). */
  place: PlacelineLine;
  /** In flight towards `place`, not there yet ("En Route …"). */
  enRoute: boolean;
  /** The header as one line, its lines joined with " / ". */
  text: string;
  /** The header's span in the body: from its first line's first character to its last line's last. */
  span: [number, number];
}

/** A header is short and comes first: only this much of the body is looked at. */
const HEAD_CHARS = 1000;
const MAX_LINE = 80;
/** Small words a venue or place name may hold in lower case: "Gardens by the Bay", "Dar es Salaam". */
const LOWER_WORDS = new Set(['of', 'the', 'by', 'to', 'at', 'in', 'on', 'and', 'de', 'del', 'la', 'el', 'es', 'al']);
const EN_ROUTE = /^en route(?: to)?\s+/i;
/** "City, Country": two or three comma-separated parts, each a name (no date: "New Orleans, January 23, 1864" heads a letter). */
const PLACE = /^[^,\d]+(?:, [^,\d]+){1,2}$/u;
/** What follows a place line alone: a clock time ("5:24 P.M. EET") or a speaker ("THE PRESIDENT:"). */
const FOLLOWS_HEADER = /^\s*(?:\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?|[\p{Lu}][\p{Lu} .'’-]+:)/u;

/** Every word a name's: capitalised, a number, a small joining word, or "el-Sheikh". */
function isNameLine(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LINE || /[.!?:;,]$/.test(text)) return false;
  return text
    .split(/[\s,/]+/)
    .filter(Boolean)
    .every((w) => /^[\p{Lu}\d(]/u.test(w) || LOWER_WORDS.has(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** The header at the start of `body`, or null when the body does not open with one. */
export function findPlaceline(body: string): Placeline | null {
  const head = stripMarkup(body.slice(0, HEAD_CHARS));
  const lines: Line[] = [];
  let at = 0;
  for (const raw of head.text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    lines.push({ text, start: at + lead, end: at + lead + text.length });
    at += raw.length + 1;
  }
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0) return null;
  const block: Line[] = [];
  for (let i = first; i < lines.length && lines[i]!.text !== '' && block.length < 3; i++) block.push(lines[i]!);
  const after = lines.slice(first + block.length).find((l) => l.text !== '');
  // A header is one or two lines and then a blank line; a longer run is a paragraph.
  if (block.length === 0 || block.length > 2 || first + block.length >= lines.length) return null;
  const placeLine = block[block.length - 1]!;
  const enRoute = block.some((l) => EN_ROUTE.test(l.text));
  const placeText = placeLine.text.replace(EN_ROUTE, '');
  if (!block.every((l) => isNameLine(l.text)) || !PLACE.test(placeText)) return null;
  // A single "Name, Name" line could be a headline: it counts only before a clock time or a speaker.
  if (block.length === 1 && !(after && FOLLOWS_HEADER.test(after.text))) return null;
  const toBody = (from: number, to: number): [number, number] => [head.toOriginal[from]!, head.toOriginal[to - 1]! + 1];
  const place = { text: placeText, span: toBody(placeLine.end - placeText.length, placeLine.end) };
  const venue = block.length === 2 ? { text: block[0]!.text, span: toBody(block[0]!.start, block[0]!.end) } : null;
  return {
    venue,
    place,
    enRoute,
    text: block.map((l) => l.text).join(' / '),
    span: [venue?.span[0] ?? toBody(placeLine.start, placeLine.end)[0], place.span[1]],
  };
}
