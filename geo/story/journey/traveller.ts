// Who is travelling, and which sentences are about them: by name, by alias, by a pronoun
// opening the sentence, or as "the Russian president" once the home country is known.
import { lineOf } from '../../io/errors.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { LEADER_TITLES, OFFICE_PARTICLES, PERSONAL_PRONOUNS } from '../../lexicon/names.ts';
import type { StoryArticle } from '../inputs/types.ts';
import { travellerOffice } from '../sites/speaker.ts';

export interface Traveller {
  names: string[];
  /** The office the articles write before the name ("Vice President"), or null. */
  office: string | null;
  home: GazetteerEntry | null;
  /** Does this sentence speak of the traveller? */
  isIn(sentence: string): boolean;
  /** Does this text name the traveller, by name or alias? */
  isNamedIn(text: string): boolean;
}

const PRONOUN = new RegExp(String.raw`\b(?:${alternation(PERSONAL_PRONOUNS)})\b`, 'i');

/**
 * The sentences of an article that speak of the traveller: by name, or by a pronoun right after one
 * that does, in its paragraph or opening the next.
 */
export function travellerSentences(
  sentences: Array<{ text: string; paragraph: number }>,
  traveller: Traveller,
): Set<number> {
  const found = new Set<number>();
  sentences.forEach((s, i) => {
    const previous = sentences[i - 1];
    const afterOne = !!previous && found.has(i - 1);
    if (
      traveller.isIn(s.text) ||
      // Across paragraphs too: "… the Vice President previously met them." ¶ "She is departing …"
      (afterOne && PRONOUN.test(s.text))
    )
      found.add(i);
  });
  return found;
}

const ROLE = `(?:${alternation(LEADER_TITLES)})`;

export function findTraveller(
  name: string,
  aliases: string[],
  articles: StoryArticle[],
  fallbackHome: GazetteerEntry | null,
): Traveller {
  const names = [name, ...aliases].sort((a, b) => b.length - a.length);
  // Not \b: it knows only ASCII letters, and would miss "Kovač" before a space.
  const byName = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'u');
  const home = homeCountry(byName, articles) ?? fallbackHome;
  const demonyms = home ? demonymsOf(home, articles) : [];
  const byRole = demonyms.length
    ? new RegExp(`\\b(?:${demonyms.map(escape).join('|')}) (?:\\w+ ){0,2}${ROLE}\\b`, 'i')
    : null;
  // "the President" once the articles write "President Joe Biden": the traveller's office, not
  // another's ("the President of Egypt", "the Chinese President", "the Vice President").
  const office = travellerOffice(articles, names);
  const byOffice = office
    ? new RegExp(`\\bthe ${escape(office)}\\b(?!['’]s? (?:of|counterpart)\\b| of\\b|-)`, 'i')
    : null;
  const isIn = (s: string) => byName.test(s) || (byRole?.test(s) ?? false) || (byOffice?.test(s) ?? false);
  return { names, office, home, isIn, isNamedIn: (text) => byName.test(text) };
}

/**
 * A warning when no article names the traveller: the story then has no route, and
 * nothing else would say why. `settings` is the story settings file, for its line.
 */
export function unnamedTravellerWarning(
  traveller: Traveller,
  articles: StoryArticle[],
  settings: { file: string; text: string },
): string | null {
  if (articles.some(({ article }) => traveller.isNamedIn(article.body))) return null;
  const tried = traveller.names.map((n) => `“${n}”`).join(', ');
  const line = lineOf(settings.text, '"traveller"');
  return (
    `${settings.file}${line === null ? '' : `:${line}`}: no article names the traveller (tried ${tried}, case as written), so the map has no route. ` +
    `Add the form the articles use (e.g. a surname or a title) to \`traveller.aliases\` in ${settings.file}`
  );
}

/** "Chilean President Elena Varga", "Chile's president, Elena Varga": the country just before the name. */
function homeCountry(byName: RegExp, articles: StoryArticle[]): GazetteerEntry | null {
  const votes = new Map<string, { entry: GazetteerEntry; count: number }>();
  // No comma straight after the country: "In Vietnam, Vice President Harris said" is no Vietnamese.
  // Only capitalised words between ("U.S. Vice President", "U.S. Secretary of State"): "the Chinese are asking President Biden",
  // "the DPRK since President Biden took office" say nothing of the traveller's country.
  // "U.S." is named "U.S" and its full stop follows it.
  const titleThenName = new RegExp(`^\\.?(?:['’]s)? ((?:[\\w.]+ ){0,4}?)${ROLE}?,? ?${byName.source}`, 'iu');
  // Or the name, then the office of the country: "Kamala Harris, Vice President of the United States".
  const nameThenOffice = new RegExp(`${byName.source},? (?:the )?(?:\\w+ )?${ROLE} of (?:the )?$`, 'iu');
  for (const { parsed } of articles) {
    for (const m of parsed.mentions) {
      if (m.entry.kind !== 'country') continue;
      const sentence = parsed.sentences[m.sentence]!.text;
      const after = sentence.slice(m.highlight[1], m.highlight[1] + 40);
      const before = sentence.slice(Math.max(0, m.highlight[0] - 80), m.highlight[0]);
      const words = titleThenName.exec(after)?.[1];
      // "U.S. Secretary of State Dana Cole": an office of several words, "of" among them.
      const titled =
        words !== undefined && words.split(' ').every((w) => w === '' || /^\p{Lu}/u.test(w) || OFFICE_PARTICLES.has(w));
      if (!titled && !nameThenOffice.test(before)) continue;
      const vote = votes.get(m.entry.id) ?? { entry: m.entry, count: 0 };
      vote.count++;
      votes.set(m.entry.id, vote);
    }
  }
  return (
    [...votes.values()].sort((a, b) => b.count - a.count || a.entry.id.localeCompare(b.entry.id))[0]?.entry ?? null
  );
}

/** The words the articles use for the home country's people, found from the mentions themselves. */
function demonymsOf(home: GazetteerEntry, articles: StoryArticle[]): string[] {
  const words = new Set<string>();
  for (const { parsed } of articles)
    for (const m of parsed.mentions) if (m.entry.id === home.id && m.demonym) words.add(m.text);
  return [...words];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
