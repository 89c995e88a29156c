// Clean: strip the markup a capture keeps (HTML tags and entities, Markdown), set aside a
// transcript's location header, drop the web clutter (navigation, cookie banners, "Related
// article" lines, credits), flag image captions, and mend words that a line break split —
// while keeping, for every character kept, its offset in the original.
import { stripMarkup } from './markup.ts';
import { findPlaceline } from './placeline.ts';

export type LineKind = 'prose' | 'caption' | 'clutter';

export interface CleanText {
  /** The text that later stages read. */
  text: string;
  /** `toOriginal[i]` is the body offset of `text[i]` (a line break maps to the first character of the body's); one extra entry maps the end. */
  toOriginal: number[];
  /** Clean-text ranges that are image captions. */
  captions: Array<[number, number]>;
  /** Every original line that was dropped, with why (kept for tests and `--verbose`). */
  dropped: Array<{ line: number; text: string; reason: string }>;
}

/** "By Rebecca Ratcliffe – The Guardian with Reuters": names, not "By Monday the talks had ended". */
function isByline(line: string): boolean {
  if (!/^\s*By\s+\p{Lu}[^.!?]*$/u.test(line)) return false;
  const lower = line.match(/(?<=\s)\p{Ll}+/gu) ?? [];
  return lower.filter((w) => !BYLINE_JOINERS.has(w)).length <= 1;
}
const BYLINE_JOINERS = new Set(['and', 'with', 'for', 'of', 'the', 'in', 'at', 'by']);

// Each rule names what it drops and asks for its form, not for a word that prose uses too
// ("cookies" served at a dinner, "related talks", "the consent of parliament").
const CLUTTER: Array<[RegExp | ((line: string) => boolean), string]> = [
  [/^\s*(\d+\.\s*)?skip to\b/i, 'navigation'],
  [
    /\b(we use|this (web)?site uses|use of|accept( all)?|manage|consent to)\b[^.]{0,40}\bcookies?\b|\bcookies?\b[^.]{0,40}\b(policy|settings|preferences|consent)\b|\btraceurs\b/i,
    'cookie banner',
  ],
  [
    /^\s*(related( articles?| stories| content)?|read more|see also|more on this( story)?|advertisement)\s*(:|$)/i,
    'related link',
  ],
  [
    /^\s*(print friendly|translate\s*\/|share this( article| story| page)?\s*$|source site\s*$|original url:?\s*$)/i,
    'page chrome',
  ],
  [/^\s*https?:\/\/\S*(\s\S+)?\s*$/, 'bare URL'],
  [isByline, 'byline or stamp'],
  [/^\s*[Ss]tatus:\s.*$/, 'byline or stamp'],
  [/^\s*updated (with|at)\b/i, 'update note'],
  [/^\s*(\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{1,2}\.\d{1,2}\.\d{4}.*)\s*$/, 'date line'],
  [/^\s*[a-z]{1,4}(,\s*[a-z/]{1,9})*\s*\(.*\)\s*$/, 'agency initials'],
  [/^[A-Z][a-z]+(?:[A-Z][a-z]+)+\s*$/, 'section breadcrumb'],
  [/^\s*[\w ]{1,30}:\s*journalist [\w -]+$|^.*: Journalist [A-Z]/, 'video teaser'],
];

/** A photo credit glued to the caption ("…in UkraineImage: Minh Hoang/AP Photo"). */
const CREDIT =
  /(Image|Photo|Picture|Foto|Credit)\s*:.*$|(?<=\.)\s+[\p{Lu}][\p{L}-]+ [\p{Lu}][\p{L}-]+( \/ [\p{Lu}][\w ]*){1,3}$/u;
const CAPTION_PREFIX = /^\s*(image|photo)( caption)?\s*:/i;

export function classifyLine(line: string, next: string | undefined): { kind: LineKind; reason: string } {
  for (const [rule, reason] of CLUTTER)
    if (typeof rule === 'function' ? rule(line) : rule.test(line)) return { kind: 'clutter', reason };
  if (CAPTION_PREFIX.test(line) || CREDIT.test(line)) return { kind: 'caption', reason: 'photo credit' };
  const unpunctuated = !/[.!?:"”’)]\s*$/.test(line) && line.trim().split(/\s+/).length >= 8;
  if (unpunctuated && next !== undefined && CREDIT.test(next))
    return { kind: 'caption', reason: 'alt text before a caption' };
  return { kind: 'prose', reason: '' };
}

/**
 * Whether a line break inside a paragraph only wraps it: the line does not end its sentence or
 * force the break (Markdown's two trailing spaces), the next line starts no list item, heading
 * or quote, and either goes on in lower case or follows a line long enough to have been wrapped.
 */
function softWrap(line: string, next: string): boolean {
  if (/ {2,}$|\\$/.test(line) || /[.!?:;…"”’)\]]\s*$/u.test(line)) return false;
  if (/^\s*(?:[-*+•]\s|\d+[.)]\s|#|>|\|)/u.test(next)) return false;
  return /^\s*\p{Ll}/u.test(next) || line.trim().length >= WRAPPED_LINE;
}
/** A line this long that stops mid-sentence was wrapped; a shorter one may be a heading. */
const WRAPPED_LINE = 50;

export function cleanText(body: string): CleanText {
  const unmarked = stripMarkup(body);
  const toBody = unmarked.toOriginal;
  const header = findPlaceline(body)?.span ?? null;
  const clean = cleanLines(
    unmarked.text,
    (at) => header !== null && toBody[at]! >= header[0] && toBody[at]! < header[1],
  );
  // Dropped lines are told as the file has them: their line number and text before the markup went.
  let [line, scanned] = [1, 0];
  const dropped = clean.dropped.map(({ at, length, reason }) => {
    let [from, to] = [toBody[at]!, toBody[at + length]!];
    // The whole line of the file, markup at its ends included.
    while (from > 0 && !/[\r\n]/.test(body[from - 1]!)) from--;
    while (to < body.length && !/[\r\n]/.test(body[to]!)) to++;
    for (; scanned < from; scanned++) {
      const c = body.charCodeAt(scanned);
      if (c === 10 || (c === 13 && body.charCodeAt(scanned + 1) !== 10)) line++;
    }
    return { line, text: body.slice(from, to), reason };
  });
  // The clean text's offsets are into the unmarked text: each becomes the body's, in place (the array is this call's own).
  const toOriginal = clean.toOriginal;
  for (let i = 0; i < toOriginal.length; i++) toOriginal[i] = toBody[toOriginal[i]!]!;
  return { ...clean, toOriginal, dropped };
}

interface Lines extends Omit<CleanText, 'dropped'> {
  /** Each dropped line by its offset and length in the text given. */
  dropped: Array<{ at: number; length: number; reason: string }>;
}

/** Line by line; `inHeader(offset)`: whether the line whose text starts there is the location header's. */
function cleanLines(body: string, inHeader: (at: number) => boolean): Lines {
  // Lines end with LF, CRLF or a lone CR; the clean text has LF, and offsets count the file's own.
  const lines: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const end of body.matchAll(/\r\n?|\n/g)) {
    lines.push(body.slice(offset, end.index));
    starts.push(offset);
    offset = end.index + end[0].length;
  }
  lines.push(body.slice(offset));
  starts.push(offset);
  const out: string[] = [];
  const toOriginal: number[] = [];
  const captions: Array<[number, number]> = [];
  const dropped: Lines['dropped'] = [];
  /** Appends `text`, which starts at body offset `at` (one character of it when `at` is a newline's). */
  const push = (text: string, at: number) => {
    out.push(text);
    for (let c = 0; c < text.length; c++) toOriginal.push(at + c);
  };
  // For each line, the index of the next line with text (the caption and hyphen rules look ahead).
  const nextText: Array<number | undefined> = [];
  for (let i = lines.length - 1, next: number | undefined; i >= 0; i--) {
    nextText[i] = next;
    if (lines[i]!.trim() !== '') next = i;
  }
  // Each line is classified once, though the wrap rule asks about the next line too.
  const kinds: Array<ReturnType<typeof classifyLine>> = [];
  const kindOf = (i: number) =>
    (kinds[i] ??= classifyLine(lines[i]!, nextText[i] === undefined ? undefined : lines[nextText[i]!]));
  let joinNext = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = starts[i]!;
    if (line.trim() === '') {
      if (!joinNext) push('\n', start);
      continue;
    }
    if (inHeader(start + line.length - line.trimStart().length)) {
      dropped.push({ at: start, length: line.length, reason: 'location header' });
      push('\n', start);
      joinNext = false;
      continue;
    }
    const nextIndex = nextText[i];
    const { kind, reason } = kindOf(i);
    if (kind === 'clutter') {
      dropped.push({ at: start, length: line.length, reason });
      push('\n', start);
      joinNext = false;
      continue;
    }
    const credit = kind === 'caption' ? CREDIT.exec(line) : null;
    // "non-" at a line end and "traditional" on the next line are one word.
    const nextLine = nextIndex === undefined ? '' : lines[nextIndex]!;
    joinNext = kind === 'prose' && /\p{L}-$/u.test(line.trimEnd()) && /^\s*\p{Ll}/u.test(nextLine);
    // A paragraph wrapped in the capture (a transcript's lines of about 70 characters) is one line
    // of prose: the break becomes a space, so a sentence across it is read as one.
    const wraps =
      kind === 'prose' &&
      !joinNext &&
      nextIndex === i + 1 &&
      softWrap(line, nextLine) &&
      !inHeader(starts[nextIndex]!) &&
      kindOf(nextIndex).kind === 'prose';
    const kept = line.slice(0, credit && credit.index > 0 ? credit.index : line.length);
    const from = toOriginal.length;
    push(joinNext || wraps ? kept.trimEnd() : kept, start);
    if (kind === 'caption') captions.push([from, toOriginal.length]);
    if (wraps) push(' ', start + line.length);
    if (joinNext || wraps) {
      const lead = nextLine.length - nextLine.trimStart().length;
      if (lead > 0) {
        lines[nextIndex!] = nextLine.trimStart();
        starts[nextIndex!] = starts[nextIndex!]! + lead;
      }
    } else {
      push('\n', start + line.length);
    }
  }
  toOriginal.push(body.length);
  return { text: out.join(''), toOriginal, captions, dropped };
}
