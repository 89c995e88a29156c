// Sites by the form of their name: capitalised words holding a site word ("Changi Naval Base",
// "National Institutes of Hygiene", "Gardens by the Bay"), whether a gazetteer knows them or not.
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { SITE_NAME_JOINERS, SITE_WORDS } from '../../lexicon/sites.ts';

export interface NameSpan {
  name: string;
  /** [start, end) in the sentence. */
  start: number;
  end: number;
}

/** A capitalised word; a full stop only inside one ("U.S"), so a run stops at a sentence's end. */
const WORD = String.raw`(?:[\p{Lu}\d](?:[\p{L}\p{M}\d'’&-]|\.(?=\p{L}))*)`;
const JOINER = `(?:${alternation([...SITE_NAME_JOINERS])})`;
/** Capitalised words, with small joining words between them (never at either end). */
const RUN = new RegExp(String.raw`${WORD}(?:\s+(?:${JOINER}\s+){0,2}${WORD})*`, 'gu');
/** "Monument to the Unknown Soldier": "to" joins a name only right after its site word. */
const DEDICATED_TO = new RegExp(String.raw`^\s+to\s+(?:the\s+)?${WORD}(?:\s+(?:${JOINER}\s+){0,2}${WORD})*`, 'u');
const AIRPORT_AFTER = /^\s+(?:international\s+)?(?:airport|airfield|air base)\b/;
const SITE_WORD = new RegExp(String.raw`\b(?:${alternation([...SITE_WORDS])})s?\b`, 'i');
const WHOLE_SITE_WORD = new RegExp(String.raw`^(?:${SITE_WORD.source})$`, 'i');
/** A site word anywhere, even inside another word: a sentence without one holds no site's name. */
const ANY_SITE_WORD = new RegExp(alternation([...SITE_WORDS]), 'i');
/** A day or a month ends a name: "the Moncloa Palace on Tuesday". */
const CALENDAR = new RegExp(
  String.raw`\s+(?:(?:${JOINER})\s+)*\b(?:${alternation([...WEEKDAYS, ...MONTHS])})\b.*$`,
  'iu',
);
/**
 * A possessive ends no name, nor the joining words before it: "greeted at Jomo Kenyatta
 * International Airport by Kenya's foreign minister" is the airport.
 */
const OWNER_AT_END = new RegExp(String.raw`(?:\s+(?:${JOINER}))*\s+${WORD}['’]s$`, 'u');
/** Words that open a sentence or a run without being part of a name: "Yesterday, …", "The …". */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Yesterday', 'Today', 'Tomorrow', 'And', 'But', 'So']);

/** Every capitalised name of two or more words that holds a site word, with its span. */
export function siteNames(sentence: string): NameSpan[] {
  const found: NameSpan[] = [];
  // Every name kept holds a site word (SITE_WORD), and each is a piece of the sentence.
  if (!ANY_SITE_WORD.test(sentence)) return found;
  for (const m of sentence.matchAll(RUN)) {
    let text = m[0];
    const lastWord = text.split(/\s+/).pop()!;
    const dedicated = WHOLE_SITE_WORD.test(lastWord) ? DEDICATED_TO.exec(sentence.slice(m.index + text.length)) : null;
    if (dedicated) text += dedicated[0];
    // News writes an airport's kind in lower case: "Kotoka airport", "Sunan international airport".
    else text += AIRPORT_AFTER.exec(sentence.slice(m.index + text.length))?.[0] ?? '';
    text = text
      .replace(CALENDAR, '')
      .replace(OWNER_AT_END, '')
      .replace(/[.’'-]+$/, '');
    // Split at "and": each part with a site word opens a name, one without joins the name before
    // it or, first, is left out. "State House and the Gardens by the Bay" are two sites, "Institute
    // of Hygiene and Epidemiology" one, "Accra and the Memorial to …" the memorial.
    const names: Array<{ at: number; text: string }> = [];
    for (const part of text.matchAll(/(?:^|\s+and\s+)((?:(?!\s+and\s).)+)/gu)) {
      const at = part.index + part[0].length - part[1]!.length;
      const last = names[names.length - 1];
      if (SITE_WORD.test(part[1]!)) names.push({ at, text: part[1]! });
      else if (last) last.text = text.slice(last.at, at + part[1]!.length);
    }
    for (const { at, text: name } of names) {
      const span = siteName(name, m.index + at);
      if (span) found.push(span);
    }
  }
  return found;
}

/** The name without an opening article or time word, when it still holds a site word and another word. */
function siteName(raw: string, at: number): NameSpan | null {
  let [start, text] = [at, raw];
  // "The Sokha Hotel": the article is not the name's.
  const first = /^\S+\s+/.exec(text);
  if (first && (OPENERS.has(first[0].trim()) || first[0].trim() === 'the'))
    [start, text] = [start + first[0].length, text.slice(first[0].length)];
  const words = text.split(/\s+/).filter((w) => !SITE_NAME_JOINERS.includes(w));
  if (words.length < 2 || !SITE_WORD.test(text) || words.every((w) => WHOLE_SITE_WORD.test(w))) return null;
  // A speaker's label in capitals ("THE VICE PRESIDENT:") is no name.
  if (text === text.toUpperCase() && /[A-Z]{3}/.test(text) && !/\d/.test(text)) return null;
  return { name: text, start, end: start + text.length };
}

/** The site word a name holds, in lower case and singular where the list has it so: "Panuka Farm" → "farm". */
export function siteWordOf(name: string): string | null {
  const word = SITE_WORD.exec(name)?.[0].toLowerCase() ?? null;
  return word && !SITE_WORDS.includes(word) ? word.replace(/s$/, '') : word;
}
