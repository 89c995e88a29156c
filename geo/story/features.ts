// Assemble GeoJSON features from the story's findings: plain data in, RFC 7946 out.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type {
  Excerpt,
  FlowFeature,
  PlaceFeature,
  PlaceRole,
  RouteLegFeature,
  SiteFeature,
} from '../contract/schema.ts';
import type { Mention } from '../places/geoparse.ts';
import { arc, arcMiddle } from '../geometry/arc.ts';
import { roundPosition, STORY_DECIMALS, type LonLat } from '../geometry/round.ts';
import type { Journey } from './journey.ts';
import type { Stop } from './route.ts';
import type { SiteVisit } from './sites.ts';
import type { StoryArticle } from './types.ts';
import type { Trade } from './trade.ts';
import { evidenceOf, uniqueEvidence } from './evidence.ts';
import { excerptWindow } from './excerpt.ts';
import { sentenceAt } from './sentence-ref.ts';
import { moneyLabel } from './figures.ts';

/** A place's point as the outputs give it: longitude first, rounded. */
export const lonLatOf = (e: GazetteerEntry): LonLat => roundPosition([e.lon, e.lat], STORY_DECIMALS);

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
  return {
    places: placeFeatures(articles, roleOf),
    route: legFeatures(articles, journey.stops),
    sites: journey.host ? siteFeatures(articles, journey.sites, journey.host) : [],
    flows: flowFeatures(articles, trade),
  };
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
        dateClaims: to.dateClaims.map((c) => ({
          date: c.date,
          articles: [...new Set(c.sightings.map((s) => sentenceAt(articles, s).article.id))],
        })),
        labelAt: arcMiddle(start, end),
        evidence: uniqueEvidence(articles, to.evidence),
      },
    };
  });
}

function siteFeatures(articles: StoryArticle[], sites: SiteVisit[], host: GazetteerEntry): SiteFeature[] {
  return sites.map((site) => {
    const claims = new Map<string, Set<string>>();
    for (const s of site.sightings)
      for (const d of s.dates.slice(0, 1))
        claims.set(d, (claims.get(d) ?? new Set()).add(sentenceAt(articles, s).article.id));
    return {
      type: 'Feature',
      id: site.place.id,
      geometry: { type: 'Point', coordinates: lonLatOf(site.place) },
      properties: {
        id: site.place.id,
        name: site.place.name,
        kind: site.place.kind,
        city: host.id,
        dateClaims: [...claims]
          .map(([date, ids]) => ({ date, articles: [...ids].sort() }))
          .sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date)),
        evidence: uniqueEvidence(articles, site.sightings),
      },
    };
  });
}

function flowFeatures(articles: StoryArticle[], { reporter, origin, flows }: Trade): FlowFeature[] {
  if (!reporter || !origin) return [];
  return flows.map((flow) => {
    const id = `flow-${flow.partner.id.replace(':', '-').toLowerCase()}`;
    const { figure } = flow;
    const [from, to] = [lonLatOf(origin), lonLatOf(flow.to)];
    return {
      type: 'Feature',
      id,
      geometry: arc(from, to),
      properties: {
        id,
        reporter: reporter.id,
        partner: flow.partner.id,
        partnerName: flow.partner.name,
        value: figure.value,
        currency: figure.currency!,
        valueUsd: figure.currency === 'USD' ? figure.value : null,
        year: figure.year,
        label: moneyLabel(figure.value, figure.currency ?? ''),
        labelAt: arcMiddle(from, to),
        evidence: evidenceOf(articles, flow, [figure.start, figure.end]),
      },
    };
  });
}

function placeFeatures(articles: StoryArticle[], roleOf: (id: string) => PlaceRole): PlaceFeature[] {
  const byPlace = new Map<string, { entry: GazetteerEntry; items: Array<{ a: number; m: Mention }> }>();
  articles.forEach(({ parsed }, a) =>
    parsed.mentions.forEach((m) => {
      const group = byPlace.get(m.entry.id) ?? { entry: m.entry, items: [] };
      group.items.push({ a, m });
      byPlace.set(m.entry.id, group);
    }),
  );
  return [...byPlace.values()]
    .sort((x, y) => x.entry.id.localeCompare(y.entry.id))
    .map(({ entry, items }) => {
      const excerpts: Excerpt[] = items.map(({ a, m }) => {
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
      });
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
          outletCount: new Set(items.map(({ a }) => articles[a]!.article.outlet)).size,
          excerpts,
        },
      };
    });
}
