// One visit or two: a site the outlets date on different days is a disagreement only when
// their sentences tell of the same visit. Decided from the sentences, never from who wrote them.
import { alternation } from '../../lexicon/pattern.ts';
import { VISIT_EVENTS } from '../../lexicon/story.ts';
import { clauseAround } from '../dates/clauses.ts';
import { sentenceAt } from '../evidence/sentence-ref.ts';
import type { SiteVisit } from './types.ts';
import type { StoryArticle } from '../inputs/types.ts';

const EVENTS = VISIT_EVENTS.map(
  ([kind, words]) => [kind, new RegExp(String.raw`\b(?:${alternation([...words])})\b`, 'i')] as const,
);

/**
 * True when each day given for the site is a visit of its own: one article gives it more than
 * one day (an article does not contradict itself), or each day's sentences tell what the
 * traveller did there and no two days tell of the same ("talks" on Thursday, "addressed
 * lawmakers" on Friday; two transcripts headed with the site, each spoken there on its day).
 * Two days of one event, or a day with no word of what was done, stay a disagreement.
 */
export function visitedOnEachDay(articles: StoryArticle[], site: SiteVisit): boolean {
  const days = new Map<string, { articles: Set<number>; events: Set<string> }>();
  for (const s of site.sightings) {
    const date = s.dates[0];
    if (!date) continue;
    const day = days.get(date) ?? { articles: new Set(), events: new Set() };
    day.articles.add(s.article);
    for (const event of eventsAt(sentenceAt(articles, s).sentence.text, s.highlight)) day.events.add(event);
    days.set(date, day);
  }
  // A location header is an event of its own: the transcript of what was said there that day.
  for (const h of site.headers) {
    if (!h.date) continue;
    const day = days.get(h.date) ?? { articles: new Set(), events: new Set() };
    day.articles.add(h.article);
    day.events.add(`spoken there (${h.article})`);
    days.set(h.date, day);
  }
  const list = [...days.values()];
  if (list.length < 2) return false;
  const perArticle = list.flatMap((d) => [...d.articles]);
  if (new Set(perArticle).size < perArticle.length) return true;
  const events = list.flatMap((d) => [...d.events]);
  return list.every((d) => d.events.size > 0) && new Set(events).size === events.length;
}

/** The kinds of event the clause around the site's name tells of, its name left out ("Parliament House"). */
function eventsAt(sentence: string, [from, to]: [number, number]): string[] {
  const [start, end] = clauseAround(sentence, from, to);
  const clause = `${sentence.slice(start, from)} ${sentence.slice(to, end)}`;
  return EVENTS.filter(([, pattern]) => pattern.test(clause)).map(([kind]) => kind);
}
