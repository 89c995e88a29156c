// What a place's panel says about the place itself rather than its sentences: where the
// outlets disagree on its date, and why the pipeline put it where it is.
import type { ArticleMeta, PlaceFeature } from '../../geo/contract/schema';

export type DateSide = { date: string; outlets: string[] };

/** Each date the outlets give for the place, with who gives it; null when they agree or give none. */
export function dateDisagreement(place: PlaceFeature, articleById: Map<string, ArticleMeta>): DateSide[] | null {
  const claims = place.properties.dateClaims ?? [];
  if (!place.properties.datesDiffer || claims.length < 2) return null;
  const outletOf = (id: string) => articleById.get(id)?.outlet ?? id;
  return claims.map((c) => ({ date: c.date, outlets: [...new Set(c.articles.map(outletOf))] }));
}

export type PlaceReason = { confidence: number; reason: string; mentions: number };

/** The mention the resolver was surest of, standing for how the place was found; null for a place no article names. */
export function placeReason(place: PlaceFeature): PlaceReason | null {
  const { excerpts } = place.properties;
  const best = [...excerpts].sort((a, b) => b.confidence - a.confidence)[0];
  return best ? { confidence: best.confidence, reason: best.reason, mentions: excerpts.length } : null;
}

/** The place's record at Wikidata (preferred: it links onward) or GeoNames; null when neither id is known. */
export function gazetteerLink(place: PlaceFeature): { href: string; label: string } | null {
  const { wikidata, geonames } = place.properties;
  if (wikidata) return { href: `https://www.wikidata.org/wiki/${wikidata}`, label: `Wikidata ${wikidata}` };
  if (geonames) return { href: `https://www.geonames.org/${geonames}`, label: `GeoNames ${geonames}` };
  return null;
}
