// Assemble GeoJSON features from the story's findings: plain data in, RFC 7946 out.
import type {
  FlowFeature,
  FlowFigure,
  PlaceFeature,
  PlaceRole,
  RouteLegFeature,
  RouteLegProperties,
  SiteFeature,
} from '../../contract/schema.ts';
import { arc, arcLabelPoint, arcMiddle } from '../../geometry/arc.ts';
import type { Journey } from '../journey/journey.ts';
import type { Stop } from '../journey/route.ts';
import type { SiteVisit } from '../sites/sites.ts';
import type { StoryArticle } from '../inputs/types.ts';
import type { KeptFigure, Trade } from '../trade/trade.ts';
import { evidenceOf, uniqueEvidence } from '../evidence/evidence.ts';
import { lonLatOf, placeFeatures, standInExcerpts, type PlaceVisit, type Visit } from './place-features.ts';
import { stopDateClaims } from '../claims/date-claims.ts';
import { approximateOf, siteExcerpts, siteVisit } from './site-visit.ts';
import { moneyLabel } from '../trade/figures.ts';
import { timeClaims } from '../claims/time-claims.ts';
import { visitedOnEachDay } from '../sites/visits.ts';

/** The four GeoJSON outputs, as features. */
export interface StoryFeatures {
  places: PlaceFeature[];
  route: RouteLegFeature[];
  sites: SiteFeature[];
  flows: FlowFeature[];
}

export function buildFeatures(
  articles: StoryArticle[],
  journey: Journey,
  trade: Trade,
  roleOf: (id: string) => PlaceRole,
): StoryFeatures {
  const visits = journey.sites.map((site, i) => siteVisit(articles, site, i + 1));
  const added = [
    ...journey.sites.map((site) => ({ entry: site.place, excerpts: siteExcerpts(articles, site) })),
    ...journey.stops
      .map((stop) => ({ entry: stop.place, excerpts: standInExcerpts(articles, stop) }))
      .filter((p) => p.excerpts.length > 0),
  ];
  return {
    places: placeFeatures(
      articles,
      roleOf,
      journey.stops,
      placeVisits(articles, journey.stops, journey.sites, visits),
      added,
    ),
    route: legFeatures(articles, journey.stops),
    sites: siteFeatures(journey.sites, visits),
    flows: flowFeatures(articles, trade),
  };
}

/**
 * What the journey says of each stop and site, by place id; a site's visit wins, as its role does.
 * Different days differ, unless the sentences tell of a visit on each.
 */
function placeVisits(
  articles: StoryArticle[],
  stops: Stop[],
  sites: SiteVisit[],
  visits: Visit[],
): Map<string, PlaceVisit> {
  // A place the route reaches twice (a day trip's city, home at both ends) keeps its first arrival's claims.
  const firstVisits = stops.filter((s, i) => stops.findIndex((o) => o.place.id === s.place.id) === i);
  return new Map<string, PlaceVisit>([
    ...firstVisits.map((s): [string, PlaceVisit] => {
      const dateClaims = stopDateClaims(articles, s);
      const approximate = s.approximateWhy ? { approximate: true as const, approximateWhy: s.approximateWhy } : {};
      return [s.place.id, { dateClaims, datesDiffer: dateClaims.length > 1, ...approximate }];
    }),
    ...sites.map((s, i) => {
      const visit = visits[i]!;
      const datesDiffer = visit.dateClaims.length > 1 && !visitedOnEachDay(articles, s);
      return [s.place.id, { ...visit, datesDiffer, ...approximateOf(s) }] as const;
    }),
  ]);
}

/** A place's role on the map: a site outranks a stop, a stop a trade partner; anything else is mentioned. */
export function assignRoles({ stops, sites }: Journey, { flows }: Trade): (id: string) => PlaceRole {
  const roles = new Map<string, PlaceRole>();
  for (const f of flows) roles.set(f.partner.id, 'partner');
  for (const s of stops) roles.set(s.place.id, 'stop');
  for (const s of sites) roles.set(s.place.id, 'site');
  return (id) => roles.get(id) ?? 'mentioned';
}

function legFeatures(articles: StoryArticle[], route: Stop[]): RouteLegFeature[] {
  return route.slice(1).map((to, i) => {
    const from = route[i]!;
    const id = `leg-${i + 1}`;
    const [start, end] = [lonLatOf(from.place), lonLatOf(to.place)];
    return {
      type: 'Feature',
      id,
      geometry: arc(start, end),
      properties: {
        id,
        order: i + 1,
        from: from.place.id,
        to: to.place.id,
        fromName: from.place.name,
        toName: to.place.name,
        date: to.date,
        dateClaims: stopDateClaims(articles, to),
        timeClaims: timeClaims(articles, to.arrivals),
        labelAt: arcMiddle(start, end),
        evidence: uniqueEvidence(articles, to.evidence),
        ...legBasis(from, to),
      },
    };
  });
}

/** A leg is inferred when one of its ends is, and says so with that end's reason. */
function legBasis(from: Stop, to: Stop): Pick<RouteLegProperties, 'basis' | 'why'> {
  const inferred = [from, to].find((s) => s.basis === 'inferred');
  if (!inferred) return { basis: 'stated', why: null };
  return { basis: 'inferred', why: `${inferred.why ?? ''} No outlet states this leg.`.trim() };
}

function siteFeatures(sites: SiteVisit[], visits: Array<Required<Visit>>): SiteFeature[] {
  return sites.map((site, i) => ({
    type: 'Feature',
    id: site.place.id,
    geometry: { type: 'Point', coordinates: lonLatOf(site.place) },
    properties: {
      id: site.place.id,
      name: site.place.name,
      kind: site.place.kind,
      city: site.city.id,
      ...visits[i]!,
      ...approximateOf(site),
    },
  }));
}

function flowFeatures(articles: StoryArticle[], { reporter, origin, flows }: Trade): FlowFeature[] {
  if (!reporter || !origin) return [];
  return flows.map(({ partner, figures }) => {
    const id = `flow-${partner.id.replace(':', '-').toLowerCase()}`;
    const [drawn, ...others] = figures.map((k) => flowFigure(articles, k));
    const [from, to] = [lonLatOf(origin), lonLatOf(partner)];
    return {
      type: 'Feature',
      id,
      geometry: arc(from, to),
      properties: {
        id,
        reporter: reporter.id,
        reporterName: reporter.name,
        partner: partner.id,
        partnerName: partner.name,
        partnerKind: partner.kind === 'region' ? 'region' : 'country',
        value: drawn!.value,
        currency: drawn!.currency,
        valueUsd: drawn!.valueUsd,
        year: drawn!.year,
        label: drawn!.label,
        counts: drawn!.counts,
        scope: drawn!.scope,
        measure: drawn!.measure,
        goesTo: drawn!.goesTo,
        figures: [drawn!, ...others],
        labelAt: arcLabelPoint(from, to),
        evidence: drawn!.evidence[0]!,
      },
    };
  });
}

/** One figure of a flow, with the sentence of each outlet that gives it. */
function flowFigure(articles: StoryArticle[], { first, sources }: KeptFigure): FlowFigure {
  const { figure } = first;
  return {
    measure: first.measure,
    goesTo: first.goesTo,
    value: figure.value,
    currency: figure.currency!,
    valueUsd: figure.currency === 'USD' ? figure.value : null,
    year: figure.year,
    qualifier: figure.qualifier,
    label: moneyLabel(figure.value, figure.currency ?? ''),
    counts: first.counts,
    scope: first.scope,
    evidence: sources.map((s) => evidenceOf(articles, s, [s.figure.start, s.figure.end])),
  };
}
