// One row of the story table: a story's outputs, as the app reads them, scored against its key.
import type { FlowCollection, PlaceCollection, RouteCollection, SiteCollection } from '../contract/schema.ts';
import { scoreFlows, type DrawnFlow, type FlowScore } from './flow-match.ts';
import { scoreRoute, type RouteScore, type RouteStop } from './route-match.ts';
import { scoreSites, type DrawnSite, type SiteScore } from './site-match.ts';
import type { StoryKey } from './story-key.ts';

export interface StoryOutputs {
  places: PlaceCollection;
  route: RouteCollection;
  sites: SiteCollection;
  flows: FlowCollection;
}

export interface StoryRow {
  story: string;
  /** Why the build refused the story; null when it built. */
  refused: string | null;
  route: RouteScore;
  sites: SiteScore;
  flows: FlowScore;
  /** Prose sentences the cleaner dropped, over every article; null when the articles could not be read. */
  sentencesDropped: number | null;
  warnings: number;
}

/** The stops in order as the legs give them (a route of one stop has no leg: its stop alone). */
export function routeStops({ places, route }: Pick<StoryOutputs, 'places' | 'route'>): RouteStop[] {
  const place = new Map(places.features.map((f) => [f.properties.id, f]));
  const stop = (id: string, name: string, arrive: string | null): RouteStop => {
    const f = place.get(id);
    const [lon, lat] = f?.geometry.coordinates ?? [NaN, NaN];
    return { name, lat, lon, arrive, inferred: f?.properties.basis === 'inferred' };
  };
  const legs = [...route.features].sort((a, b) => a.properties.order - b.properties.order);
  if (legs.length === 0)
    return places.features
      .filter((f) => f.properties.role === 'stop')
      .map((f) => stop(f.properties.id, f.properties.name, f.properties.arrive ?? firstDate(f.properties.dateClaims)));
  const first = legs[0]!.properties;
  const origin = place.get(first.from)?.properties;
  return [
    // The origin has no leg arriving there: its date is the editor's, else the one most articles give for it.
    stop(first.from, first.fromName, origin?.arrive ?? firstDate(origin?.dateClaims)),
    ...legs.map(({ properties: p }) => stop(p.to, p.toName, p.date)),
  ];
}

function firstDate(claims: Array<{ date: string; articles: string[] }> | undefined): string | null {
  const best = [...(claims ?? [])].sort(
    (a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date),
  );
  return best[0]?.date ?? null;
}

/** A site's point is approximate when the site says so (`approximate`: no gazetteer places it, so it sits at its city's point). */
export function drawnSites({ places }: Pick<StoryOutputs, 'places'>): DrawnSite[] {
  return places.features
    .filter((f) => f.properties.role === 'site')
    .map(({ properties: p, geometry }) => ({
      name: p.name,
      lon: geometry.coordinates[0],
      lat: geometry.coordinates[1],
      approximate: p.approximate === true,
    }));
}

/** Every figure of every flow, the drawn one first: exports and imports kept with a flow are scored too. */
export function drawnFlows({ flows }: Pick<StoryOutputs, 'flows'>): DrawnFlow[] {
  return flows.features.flatMap(({ properties: p }) =>
    p.figures.map((f) => ({ from: p.reporterName, to: p.partnerName, usd: f.valueUsd })),
  );
}

export function scoreStory(
  story: string,
  key: StoryKey,
  built: { outputs: StoryOutputs; warnings: number } | { refused: string },
  sentencesDropped: number | null,
): StoryRow {
  const outputs = 'outputs' in built ? built.outputs : null;
  return {
    story,
    refused: 'refused' in built ? built.refused : null,
    route: scoreRoute(key.route, outputs ? routeStops(outputs) : []),
    sites: scoreSites(key.sites, outputs ? drawnSites(outputs) : []),
    flows: scoreFlows(key.flows, outputs ? drawnFlows(outputs) : []),
    sentencesDropped,
    warnings: 'warnings' in built ? built.warnings : 0,
  };
}
