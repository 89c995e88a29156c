// The settings file's gaps filled from the story (the pure rules are in defaults.ts), with one
// line for each default used, which `npm run data` prints.
import { foldName } from '../../gazetteer/names.ts';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import { defaultAliases, tradeHub, tripSubtitle, tripTitle } from './defaults.ts';
import type { Journey } from '../journey/journey.ts';
import type { SettingsFile, StorySettings } from '../inputs/settings.ts';
import { tradeFigureCountries } from '../trade/trade-hub.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface Defaults {
  settings: StorySettings;
  /** One line per setting left to its default: "title “…”". */
  used: string[];
}

/** The traveller with the default aliases (the surname) when the file gives none. */
export function travellerOf(file: SettingsFile): StorySettings['traveller'] {
  return { ...file.traveller, aliases: file.traveller.aliases ?? defaultAliases(file.traveller.name) };
}

/** Whose trade to draw when the file does not say: see tradeHub. */
export function defaultReporter(
  articles: StoryArticle[],
  home: GazetteerEntry | null,
  gazetteer: Gazetteer,
): GazetteerEntry | null {
  const mentions = new Map<string, number>();
  for (const { parsed } of articles)
    for (const m of parsed.mentions) mentions.set(m.entry.id, (mentions.get(m.entry.id) ?? 0) + 1);
  const hub = tradeHub(tradeFigureCountries(articles), home?.id ?? null, (c) => mentions.get(c) ?? 0);
  return hub === null ? null : (gazetteer.entry(hub) ?? null);
}

export function fillDefaults(
  file: SettingsFile,
  story: { articles: StoryArticle[]; journey: Journey; reporter: GazetteerEntry | null },
): Defaults {
  const { articles, journey, reporter } = story;
  const traveller = travellerOf(file);
  const used: string[] = [];
  const note = (line: string) => used.push(line);
  const title = file.title ?? tripTitle(traveller.name, visited(articles, journey));
  if (file.title === undefined) note(`title “${title}” (the traveller and the countries visited)`);
  const subtitle =
    file.subtitle ??
    tripSubtitle(
      journey.stops.flatMap((s) => s.date ?? []),
      articles.flatMap(({ article }) => article.date ?? []),
      articles.map(({ article }) => article.outlet),
    );
  if (file.subtitle === undefined) note(`subtitle “${subtitle}” (the trip's dates and its articles)`);
  if (file.traveller.aliases === undefined)
    note(`traveller.aliases ${JSON.stringify(traveller.aliases)} (the surname)`);
  if (file.traveller.home === undefined)
    note(
      `traveller.home ${journey.home ? `${journey.home.name} (read from the text)` : 'unknown (the text does not say)'}`,
    );
  if (file.trade === undefined)
    note(
      `trade.reporter ${reporter ? `${reporter.name} (the country named with every trade figure, else the traveller's home)` : 'none: no country is named with every trade figure and the home country is unknown, so no flows are drawn'}`,
    );
  if (file.colors === undefined) note("colors: the app's own palette");
  return { settings: { title, subtitle, traveller, trade: file.trade, colors: file.colors ?? {} }, used };
}

/**
 * The countries the route visits away from home, in route order, by the names the articles use;
 * for a trip at home, the stops after the first.
 */
function visited(articles: StoryArticle[], journey: Journey): string[] {
  const countryName = new Map<string, string>();
  for (const { parsed } of articles)
    for (const m of parsed.mentions)
      if (m.entry.kind === 'country' && m.entry.country) countryName.set(m.entry.country, m.entry.name);
  const abroad = journey.stops.filter((s) => s.place.country !== journey.home?.country);
  const names = abroad.length
    ? abroad.map((s) => (s.place.country ? countryName.get(s.place.country) : undefined) ?? s.place.name)
    : journey.stops.slice(1).map((s) => s.place.name);
  return [...new Map(names.map((n) => [foldName(n), n])).values()];
}
