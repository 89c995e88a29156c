// Assemble GeoJSON features from the story's findings: plain data in, RFC 7946 out.
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Evidence, Excerpt, FlowFeature, PlaceFeature, PlaceRole, RouteLegFeature, SiteFeature } from '../schema.ts';
import type { Mention } from '../places/geoparse.ts';
import { arc, arcMiddle, round } from './geometry.ts';
import type { Stop } from './route.ts';
import type { SiteVisit } from './sites.ts';
import type { StoryArticle } from './types.ts';
import type { TradeFlow } from './flows.ts';
import { excerptWindow } from './excerpt.ts';
import { moneyLabel } from './figures.ts';

export const at = (e: GazetteerEntry): [number, number] => [round(e.lon), round(e.lat)];

/** A sentence as evidence, quoted around `focus` (offsets in the sentence) when it is long; `span` is the part quoted. */
export function evidenceOf(articles: StoryArticle[], article: number, sentence: number, focus: [number, number] = [0, 0]): Evidence {
  const { article: meta, parsed } = articles[article]!;
  const s = parsed.sentences[sentence]!;
  const quoted = excerptWindow(s.text, ...focus);
  return { article: meta.id, sentence: quoted.text, span: [parsed.clean.toOriginal[s.start + quoted.from]!, parsed.clean.toOriginal[s.start + quoted.to - 1]! + 1] };
}

/** Where in its sentence a piece of evidence was seen: the window of a long sentence is set around it. */
interface EvidenceRef { article: number; sentence: number; highlight: [number, number] }

function uniqueEvidence(articles: StoryArticle[], refs: EvidenceRef[]): Evidence[] {
  const seen = new Set<string>();
  return refs
    .filter((r) => !seen.has(`${r.article}:${r.sentence}`) && seen.add(`${r.article}:${r.sentence}`))
    .sort((a, b) => a.article - b.article || a.sentence - b.sentence)
    .map((r) => evidenceOf(articles, r.article, r.sentence, r.highlight));
}

export function legFeatures(articles: StoryArticle[], route: Stop[]): RouteLegFeature[] {
  return route.slice(1).map((to, i) => {
    const from = route[i]!;
    const id = `leg-${i + 1}`;
    const [start, end] = [at(from.place), at(to.place)];
    return {
      type: 'Feature', id,
      geometry: arc(start, end),
      properties: {
        id, order: i + 1, from: from.place.id, to: to.place.id, fromName: from.place.name, toName: to.place.name,
        date: to.date,
        dateClaims: to.dateClaims.map((c) => ({ date: c.date, articles: [...new Set(c.sightings.map((s) => articles[s.article]!.article.id))] })),
        labelAt: arcMiddle(start, end),
        evidence: uniqueEvidence(articles, to.evidence),
      },
    };
  });
}

export function siteFeatures(articles: StoryArticle[], sites: SiteVisit[], host: GazetteerEntry): SiteFeature[] {
  return sites.map((site) => {
    const claims = new Map<string, Set<string>>();
    for (const s of site.sightings) for (const d of s.dates.slice(0, 1)) claims.set(d, (claims.get(d) ?? new Set()).add(articles[s.article]!.article.id));
    return {
      type: 'Feature', id: site.place.id,
      geometry: { type: 'Point', coordinates: at(site.place) },
      properties: {
        id: site.place.id, name: site.place.name, kind: site.place.kind, city: host.id,
        dateClaims: [...claims].map(([date, ids]) => ({ date, articles: [...ids].sort() })).sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date)),
        evidence: uniqueEvidence(articles, site.sightings),
      },
    };
  });
}

export function flowFeatures(articles: StoryArticle[], flows: TradeFlow[], reporter: GazetteerEntry, capitalOf: (e: GazetteerEntry) => GazetteerEntry): FlowFeature[] {
  const origin = capitalOf(reporter);
  return flows.map((flow) => {
    const id = `flow-${flow.partner.id.replace(':', '-').toLowerCase()}`;
    const { figure } = flow;
    const [from, to] = [at(origin), at(capitalOf(flow.partner))];
    return {
      type: 'Feature', id,
      geometry: arc(from, to),
      properties: {
        id, reporter: reporter.id, partner: flow.partner.id, partnerName: flow.partner.name,
        value: figure.value, currency: figure.currency!, valueUsd: figure.currency === 'USD' ? figure.value : null,
        year: figure.year, label: moneyLabel(figure.value, figure.currency ?? ''), labelAt: arcMiddle(from, to),
        evidence: evidenceOf(articles, flow.article, flow.sentence, [figure.start, figure.end]),
      },
    };
  });
}

export function placeFeatures(articles: StoryArticle[], roleOf: (id: string) => PlaceRole): PlaceFeature[] {
  const byPlace = new Map<string, { entry: GazetteerEntry; items: Array<{ a: number; m: Mention }> }>();
  articles.forEach(({ parsed }, a) => parsed.mentions.forEach((m) => {
    const group = byPlace.get(m.entry.id) ?? { entry: m.entry, items: [] };
    group.items.push({ a, m });
    byPlace.set(m.entry.id, group);
  }));
  return [...byPlace.values()].sort((x, y) => x.entry.id.localeCompare(y.entry.id)).map(({ entry, items }) => {
    const excerpts: Excerpt[] = items.map(({ a, m }) => {
      const quoted = excerptWindow(articles[a]!.parsed.sentences[m.sentence]!.text, ...m.highlight);
      return {
        article: articles[a]!.article.id, sentence: quoted.text, highlight: quoted.highlight,
        span: [m.start, m.end], text: m.text, metonym: m.metonym, caption: m.caption, confidence: m.confidence, reason: m.reason,
      };
    });
    return {
      type: 'Feature', id: entry.id,
      geometry: { type: 'Point', coordinates: at(entry) },
      properties: {
        id: entry.id, name: entry.name, kind: entry.kind, role: roleOf(entry.id), country: entry.country,
        mentionCount: excerpts.length, outletCount: new Set(items.map(({ a }) => articles[a]!.article.outlet)).size, excerpts,
      },
    };
  });
}
