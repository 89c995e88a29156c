// The traveller speaking: a transcript labels each turn ("THE VICE PRESIDENT:", "PM RUDD:"),
// and what the traveller says in the first person ("Yesterday, I visited …") is about them.
import { OFFICE_PARTICLES, OFFICE_WORDS } from '../../lexicon/names.ts';
import { alternation } from '../../lexicon/pattern.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** A turn's label at the start of a sentence: capitals, then a colon ("MR. SULLIVAN:"). */
const LABEL = /^\s*([\p{Lu}][\p{Lu} .’'-]{1,60}):/u;
/** A question from the floor: "Q    Thanks." */
const QUESTION = /^\s*Q\s/;
const FIRST_PERSON = /\b(?:I|we|We|me|us|my|our|My|Our)\b/;

/**
 * Tells whether a turn's label is the traveller's: any with a word of the traveller's names
 * ("VICE PRESIDENT HARRIS", "PM RUDD"), or the bare office the articles write before the name,
 * with or without "THE", or its initials ("Prime Minister Kevin Rudd" → "PRIME MINISTER", "THE
 * PRIME MINISTER", "PM"). A bare office is someone else's in a text that labels the traveller by
 * name: there the host of that office speaks ("PM:" beside "PRESIDENT MORALES:"). `labels` are
 * every label of the text.
 */
export function travellerLabels(traveller: {
  names: readonly string[];
  office: string | null;
}): (label: string, labels: readonly string[]) => boolean {
  const nameWords = new Set(traveller.names.flatMap((n) => n.toUpperCase().split(/\s+/)));
  const byName = (l: string) => l.split(/[\s.]+/).some((w) => nameWords.has(w));
  const office = traveller.office?.toUpperCase() ?? null;
  const words = office?.split(' ') ?? [];
  const bare = new Set(
    office ? [office, `THE ${office}`, ...(words.length > 1 ? [words.map((w) => w[0]).join('')] : [])] : [],
  );
  return (l, labels) => byName(l) || (bare.has(l.replace(/\./g, '')) && !labels.some(byName));
}

/** Every turn's label in a text, each once. */
export function labelsOf(sentences: ReadonlyArray<{ text: string }>): string[] {
  return [...new Set(sentences.flatMap((s) => LABEL.exec(s.text)?.[1]?.trim() ?? []))];
}

/** The office the articles write most often before the traveller's name ("Vice President Kamala Harris" → "Vice President"); null when none. */
export function travellerOffice(articles: readonly StoryArticle[], travellerNames: readonly string[]): string | null {
  const offices = new Map<string, number>();
  const names = travellerNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // "Secretary of State Dana Cole": an office's name may hold "of" or "for".
  const particle = alternation(OFFICE_PARTICLES);
  const titled = new RegExp(
    String.raw`\b((?:(?:[\p{Lu}][\p{Ll}]+|${particle}) ){1,4}?)(?:${names})(?![\p{L}\p{N}_])`,
    'gu',
  );
  for (const { article } of articles)
    for (const m of article.body.matchAll(titled)) {
      const words = m[1]!.trim().split(' ');
      const from = words.findIndex((w) => OFFICE_WORDS.has(w.toLowerCase()));
      const office = from < 0 ? null : words.slice(from);
      if (
        office?.every((w) => OFFICE_WORDS.has(w.toLowerCase()) || OFFICE_PARTICLES.has(w)) &&
        !OFFICE_PARTICLES.has(office.at(-1)!)
      ) {
        const key = office.join(' ');
        offices.set(key, (offices.get(key) ?? 0) + 1);
      }
    }
  return [...offices].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The sentences of an article in the traveller's turns, whatever they say. */
export function travellerTurns(
  sentences: ReadonlyArray<{ text: string }>,
  isTravellerLabel: (label: string, labels: readonly string[]) => boolean,
): Set<number> {
  const labels = labelsOf(sentences);
  const found = new Set<number>();
  let speaking = false;
  sentences.forEach((s, i) => {
    const label = LABEL.exec(s.text)?.[1]?.trim();
    if (label) speaking = isTravellerLabel(label, labels);
    else if (QUESTION.test(s.text)) speaking = false;
    if (speaking) found.add(i);
  });
  return found;
}

/** The sentences of an article the traveller speaks in the first person, turn by turn. */
export function firstPersonSentences(
  sentences: ReadonlyArray<{ text: string }>,
  isTravellerLabel: (label: string, labels: readonly string[]) => boolean,
): Set<number> {
  return new Set([...travellerTurns(sentences, isTravellerLabel)].filter((i) => FIRST_PERSON.test(sentences[i]!.text)));
}
