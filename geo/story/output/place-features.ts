// Place features: every place the articles name, with all its excerpts and its role, and each
// stop no article names (an origin inferred from the traveller's home, which says why it is
// there; a capital standing for the country the texts name, marked approximate, quoted where
// the country is named).
import type { DateClaim, Excerpt, PlaceFeature, PlaceProperties, PlaceRole } from '../../contract/schema.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { Mention } from '../../places/geoparse.ts';
import { excerptWindow } from '../evidence/excerpt.ts';
import { roundPosition, STORY_DECIMALS, type LonLat } from '../../geometry/round.ts';
import type { Stop } from '../journey/route.ts';
import { sentenceAt } from '../evidence/sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** What the journey says of a stop (the dates given for arriving) or a site (its visit: order, dates, times, sentences). */
export type Visit = Pick<PlaceProperties, 'order' | 'timeClaims' | 'evidence'> & { dateClaims: DateClaim[] };
/** A place's visit, whether its dates differ (not so for a site visited on each of them), and whether its point is approximate. */
export type PlaceVisit = Visit & { datesDiffer: boolean } & Pick<PlaceProperties, 'approximate' | 'approximateWhy'>;

/** A place the mentions lack or quote only in part (a site named by a location header), with its excerpts. */
export interface AddedPlace {
  entry: GazetteerEntry;
  excerpts: Excerpt[];
}

/** A place's point as the outputs give it: longitude first, rounded. */
export const lonLatOf = (e: GazetteerEntry): LonLat => roundPosition([e.lon, e.lat], STORY_DECIMALS);

export function placeFeatures(
  articles: StoryArticle[],
  roleOf: (id: string) => PlaceRole,
  stops: Stop[],
  visits: ReadonlyMap<string, PlaceVisit>,
  added: readonly AddedPlace[] = [],
): PlaceFeature[] {
  // A home capital inferred as the origin is stated when a text says the traveller went back there.
  const stated = new Set(stops.filter((s) => s.basis === 'stated').map((s) => s.place.id));
  const inferred = new Map(
    stops.filter((s) => s.basis === 'inferred' && !stated.has(s.place.id)).map((s) => [s.place.id, s]),
  );
  const byPlace = new Map<string, { entry: GazetteerEntry; items: Array<{ a: number; m: Mention }> }>();
  articles.forEach(({ parsed }, a) =>
    parsed.mentions.forEach((m) => {
      const group = byPlace.get(m.entry.id) ?? { entry: m.entry, items: [] };
      group.items.push({ a, m });
      byPlace.set(m.entry.id, group);
    }),
  );
  // An inferred origin, or a stop the texts give only by its country ("Today in Qatar"): no mention names it.
  for (const { place } of stops) if (!byPlace.has(place.id)) byPlace.set(place.id, { entry: place, items: [] });
  const addedExcerpts = new Map<string, Excerpt[]>();
  for (const p of added) addedExcerpts.set(p.entry.id, [...(addedExcerpts.get(p.entry.id) ?? []), ...p.excerpts]);
  for (const { entry } of added) if (!byPlace.has(entry.id)) byPlace.set(entry.id, { entry, items: [] });
  const outletOf = new Map(articles.map(({ article }) => [article.id, article.outlet]));
  return [...byPlace.values()]
    .sort((x, y) => x.entry.id.localeCompare(y.entry.id))
    .map(({ entry, items }) => {
      const mentioned = items.map(({ a, m }) => mentionExcerpt(articles, a, m));
      const excerpts = [...mentioned, ...(addedExcerpts.get(entry.id) ?? [])];
      return {
        type: 'Feature',
        id: entry.id,
        geometry: { type: 'Point', coordinates: lonLatOf(entry) },
        properties: {
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          role: roleOf(entry.id),
          country: entry.country,
          mentionCount: excerpts.length,
          outletCount: new Set(excerpts.map((e) => outletOf.get(e.article))).size,
          excerpts,
          ...basisOf(inferred.get(entry.id)),
          ...visitOf(visits.get(entry.id)),
          ...sourceOf(entry),
        },
      };
    });
}

/** A mention as its place's panel quotes it: the window of its sentence, with the name highlighted. */
export function mentionExcerpt(articles: StoryArticle[], a: number, m: Mention): Excerpt {
  const { article, sentence } = sentenceAt(articles, { article: a, sentence: m.sentence });
  const quoted = excerptWindow(sentence.text, ...m.highlight);
  return {
    article: article.id,
    sentence: quoted.text,
    highlight: quoted.highlight,
    span: [m.start, m.end],
    text: m.text,
    metonym: m.metonym,
    caption: m.caption,
    confidence: m.confidence,
    reason: m.reason,
  };
}

/**
 * A stop the texts give only by its country ("Today in Niue": its capital stands for it): the
 * country's names in the sentences that put the traveller there are its excerpts, so its panel
 * counts the outlets that say so.
 */
export function standInExcerpts(articles: StoryArticle[], stop: Stop): Excerpt[] {
  if (!stop.approximateWhy) return [];
  const seen = new Set<string>();
  return stop.evidence.flatMap((s) => {
    const m = articles[s.article]?.parsed.bySentence[s.sentence]?.find(
      (x) => x.highlight[0] === s.highlight[0] && x.highlight[1] === s.highlight[1],
    );
    const key = `${s.article}:${s.sentence}:${s.highlight.join('-')}`;
    if (!m || seen.has(key)) return [];
    seen.add(key);
    return [mentionExcerpt(articles, s.article, m)];
  });
}

/** The gazetteer's ids and coordinate source, only where it has them. */
function sourceOf({ geonames, wikidata, coordSource }: GazetteerEntry): Partial<PlaceProperties> {
  return {
    ...(geonames ? { geonames } : {}),
    ...(wikidata ? { wikidata } : {}),
    ...(coordSource ? { coordSource } : {}),
  };
}

function visitOf(visit: PlaceVisit | undefined): Partial<PlaceProperties> {
  return visit ?? {};
}

function basisOf(stop: Stop | undefined): Pick<PlaceProperties, 'basis' | 'why'> {
  return stop ? { basis: stop.basis, why: stop.why } : { basis: 'stated', why: null };
}
