// The settings a story may leave out, worked out from the story itself. Each is a small pure
// function, so a stage that needs one (the trade stage, the hub) can call it; `npm run data`
// prints each default it used.
import { UNKNOWN_OUTLET } from '../../article/ingest.ts';
import { MONTHS } from '../../lexicon/calendar.ts';

/** Words after a surname that are not the surname: "Martin Luther King Jr." is "King". */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The surname, the way news copy names a person after the first mention: "Kamala Harris" → ["Harris"]. */
export function defaultAliases(name: string): string[] {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.length > 1 ? [words[words.length - 1]!] : [];
}

/** "A", "A and B", "A, B and C". */
export function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * "Kamala Harris’s trip to Ghana, Tanzania and Zambia": the countries visited away from home,
 * in the order of the route; the stops themselves for a trip at home; "Kamala Harris’s trip" when
 * the route has no stop.
 */
export function tripTitle(traveller: string, visited: string[]): string {
  return visited.length ? `${traveller}’s trip to ${listed(visited)}` : `${traveller}’s trip`;
}

const dayMonthYear = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { day: day!, month: MONTHS[month! - 1]!, year: year! };
};
const capital = (month: string) => month[0]!.toUpperCase() + month.slice(1);

/** "23–26 August 2021", "25 March – 2 April 2023", "30 December 2024 – 2 January 2025", "13 May 2025". */
export function dateRange(first: string, last: string): string {
  const [a, b] = [dayMonthYear(first), dayMonthYear(last)];
  const [ma, mb] = [capital(a.month), capital(b.month)];
  if (first.slice(0, 10) === last.slice(0, 10)) return `${a.day} ${ma} ${a.year}`;
  if (a.year !== b.year) return `${a.day} ${ma} ${a.year} – ${b.day} ${mb} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${ma} – ${b.day} ${mb} ${b.year}`;
  return `${a.day}–${b.day} ${ma} ${a.year}`;
}

/**
 * "23–26 August 2021 · 6 articles from whitehouse.gov": the span of the dates the route gives,
 * then how many articles and from whom; without a dated stop, the articles' own span after them
 * ("4 articles, 26–28 April 2022"), which is not the trip's. Unknown outlets are not named.
 */
export function tripSubtitle(routeDates: string[], articleDates: string[], outlets: string[]): string {
  const span = (dates: string[]) => {
    const days = dates.map((d) => d.slice(0, 10)).sort();
    return days.length ? dateRange(days[0]!, days[days.length - 1]!) : null;
  };
  const known = [...new Set(outlets.filter((o) => o !== UNKNOWN_OUTLET))];
  const from = known.length === 0 ? '' : known.length === 1 ? ` from ${known[0]}` : ` from ${known.length} outlets`;
  const count = `${outlets.length} ${outlets.length === 1 ? 'article' : 'articles'}${from}`;
  const trip = span(routeDates);
  if (trip) return `${trip} · ${count}`;
  const published = span(articleDates);
  return published ? `${count}, ${published}` : count;
}

/**
 * Whose trade to draw: the country named with every trade figure (each figure's sentence
 * names a pair, or only the partner when the reporter is understood); when several are, the
 * traveller's home among them, else the one the story names most (`mentions`), else the first
 * named; when none is, the traveller's home country. `figureCountries` lists, per trade figure,
 * the countries its sentence names, in order (none, for a figure whose sentence names none: left out).
 */
export function tradeHub(
  figureCountries: string[][],
  home: string | null,
  mentions: (country: string) => number = () => 0,
): string | null {
  // A figure whose sentence names no country says nothing of whose trade it is.
  const naming = figureCountries.filter((named) => named.length > 0);
  if (naming.length === 0) return home;
  const common = naming[0]!.filter((c) => naming.every((named) => named.includes(c)));
  if (common.length === 0) return home;
  if (home !== null && common.includes(home)) return home;
  return common.reduce((best, c) => (mentions(c) > mentions(best) ? c : best));
}
