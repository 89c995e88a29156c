// The traveller speaking: a transcript labels each turn ("THE VICE PRESIDENT:", "PM RUDD:"),
// and what the traveller says in the first person ("Yesterday, I visited …") is about them.
import { OFFICE_WORDS } from '../../lexicon/names.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** A turn's label at the start of a sentence: capitals, then a colon ("MR. SULLIVAN:"). */
const LABEL = /^\s*([\p{Lu}][\p{Lu} .’'-]{1,60}):/u;
/** A question from the floor: "Q    Thanks." */
const QUESTION = /^\s*Q\s/;
const FIRST_PERSON = /\b(?:I|we|We|me|us|my|our|My|Our)\b/;

/**
 * The labels of the traveller's turns: any with a word of the traveller's names ("VICE
 * PRESIDENT HARRIS", "PM RUDD"), and "THE" + the office the articles write before the name
 * ("Vice President Kamala Harris" → "THE VICE PRESIDENT").
 */
export function travellerLabels(articles: StoryArticle[], travellerNames: string[]): (label: string) => boolean {
  const nameWords = new Set(travellerNames.flatMap((n) => n.toUpperCase().split(/\s+/)));
  const office = travellerOffice(articles, travellerNames);
  const label = office ? `THE ${office.toUpperCase()}` : null;
  return (l) => l === label || l.split(/[\s.]+/).some((w) => nameWords.has(w));
}

/** The office the articles write most often before the traveller's name ("Vice President Kamala Harris" → "Vice President"); null when none. */
export function travellerOffice(articles: StoryArticle[], travellerNames: string[]): string | null {
  const offices = new Map<string, number>();
  const names = travellerNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const titled = new RegExp(String.raw`\b((?:[\p{Lu}][\p{Ll}]+ ){1,3}?)(?:${names})\b`, 'gu');
  for (const { article } of articles)
    for (const m of article.body.matchAll(titled)) {
      const words = m[1]!.trim().split(' ');
      const from = words.findIndex((w) => OFFICE_WORDS.has(w.toLowerCase()));
      const office = from < 0 ? null : words.slice(from);
      if (office?.every((w) => OFFICE_WORDS.has(w.toLowerCase()))) {
        const key = office.join(' ');
        offices.set(key, (offices.get(key) ?? 0) + 1);
      }
    }
  return [...offices].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The sentences of an article the traveller speaks in the first person, turn by turn. */
export function firstPersonSentences(
  sentences: ReadonlyArray<{ text: string }>,
  isTravellerLabel: (label: string) => boolean,
): Set<number> {
  const found = new Set<number>();
  let speaking = false;
  sentences.forEach((s, i) => {
    const label = LABEL.exec(s.text)?.[1]?.trim();
    if (label) speaking = isTravellerLabel(label);
    else if (QUESTION.test(s.text)) speaking = false;
    if (speaking && FIRST_PERSON.test(s.text)) found.add(i);
  });
  return found;
}
