// "Follow the trip": the story as steps in order, built from the data alone: the origin, each
// leg and the stop it reaches, each site in the order the text gives, what was signed, then the
// trade figures. Each step has a headline, the most telling sentences from different outlets,
// the date and time claims behind it, and where the camera goes.
import type { PlaceFeature } from '../../geo/contract/schema';
import type { Bounds, CameraRequest } from '../map/map.ts';
import type { Story, StoryIndex } from '../story/story.ts';
import { AIRFIELD_WORDS } from '../../geo/lexicon/sites.ts';
import {
  claimsDiffer,
  eachDay,
  joinClaims,
  mergeClaims,
  whenText,
  type Claims,
  type StepClaim,
} from './step-claims.ts';
import { lineView, pointView, siteView } from './step-camera.ts';
import { countsHeadline, datingFirst, pickQuotes, type Quote } from './step-quotes.ts';

export { whenText, type StepClaim };

export type StepKind = 'origin' | 'leg' | 'stop' | 'site' | 'counts' | 'trade';

export interface Step {
  kind: StepKind;
  /** The place, leg or flow the step is about. */
  id: string;
  headline: string;
  /** The headline without its day, for the timeline strip: "Arrives in Hanoi", "Signs agreements". */
  label: string;
  quotes: Quote[];
  /** Most outlets first; more than one when outlets disagree, or when a site was visited on each of several days. */
  claims: StepClaim[];
  /** Whether the claims disagree (not so for the days of separate visits). */
  disputed: boolean;
  /** Why the mark is there when no outlet states it; null when one does. */
  inferred: string | null;
  camera: CameraRequest;
  /** The point the camera frames, for checks and the timeline. */
  at: [number, number];
  /** The legs drawn at this step: the route draws itself up to here. */
  routeOrder: number;
}

export function buildSteps(story: Story, index: StoryIndex, locale?: string): Step[] {
  const outlet = (id: string) => index.articleById.get(id)?.outlet ?? id;
  const claimsOf = (c: Claims) => mergeClaims(c, outlet);
  // A disputed day is never resolved to one side: the headline gives every day and time outlets give.
  const when = (claims: StepClaim[], disputed: boolean) => {
    if (disputed) return ` · date disputed: ${disputedText(claims, locale)}`;
    const days = eachDay(claims);
    return days.length ? ` · ${days.map((c) => whenText(c, locale)).join(' and ')}` : '';
  };
  // A place's days differ unless the pipeline found a visit on each.
  const daysDiffer = (id: string) => index.placeById.get(id)?.properties.datesDiffer ?? true;
  const legs = story.route.features;
  const landings = arrivalSites(
    index,
    legs.map((leg) => leg.properties.to),
  );
  const steps: Step[] = [];
  const first = legs[0]?.properties;
  const origin = first ? index.placeById.get(first.from) : undefined;
  if (first && origin) {
    const at = origin.geometry.coordinates;
    const inferred = origin.properties.basis === 'inferred' ? origin.properties.why : null;
    steps.push({
      ...{
        kind: 'origin',
        id: first.from,
        headline: `Sets out from ${first.fromName}${inferred ? ' (inferred)' : ''}`,
        label: `Sets out from ${first.fromName}`,
      },
      // An inferred origin quotes nothing: sentences that merely name the city do not put the traveller there.
      ...{
        quotes: inferred
          ? []
          : pickQuotes(
              origin.properties.excerpts.filter((e) => !e.metonym),
              outlet,
            ),
      },
      ...{ claims: [], disputed: false, inferred },
      ...{ camera: pointView(at, 4), at, routeOrder: 0 },
    });
  }
  for (const leg of legs) {
    const p = leg.properties;
    // Landing at the city's airport is the arrival: its dates and sentences are the arrival's.
    const landing = landings.get(p.to);
    const l = landing?.properties;
    const claims = claimsOf(l ? joinClaims(p, { dateClaims: l.dateClaims ?? [], timeClaims: l.timeClaims }) : p);
    const disputed = claimsDiffer(claims, daysDiffer(p.to));
    const inferred = p.basis === 'inferred' ? p.why : null;
    const bothEnds = (s: string) => (s.includes(p.fromName) && s.includes(p.toName) ? 0 : 1);
    steps.push({
      ...{ kind: 'leg', id: p.id, headline: `${p.fromName} → ${p.toName}${inferred ? ' (inferred)' : ''}` },
      ...{ label: `${p.fromName} → ${p.toName}`, quotes: pickQuotes(p.evidence, outlet, bothEnds) },
      ...{ claims, disputed, inferred },
      ...{ camera: lineView(leg.geometry, p.labelAt), at: p.labelAt, routeOrder: p.order },
    });
    const place = index.placeById.get(p.to);
    const at = place?.geometry.coordinates ?? p.labelAt;
    const dating = new Set(
      [...p.dateClaims, ...(p.timeClaims ?? []), ...(l?.dateClaims ?? []), ...(l?.timeClaims ?? [])].flatMap(
        (c) => c.articles,
      ),
    );
    const host = p.to === story.meta.hostCity && story.meta.hostBounds;
    const where = l ? ` (${l.name})` : '';
    steps.push({
      ...{ kind: 'stop', id: p.to, headline: `Arrives in ${p.toName}${where}${when(claims, disputed)}` },
      label: `Arrives in ${p.toName}`,
      ...{
        quotes: pickQuotes(
          [...p.evidence, ...(l?.evidence ?? []), ...(place?.properties.excerpts ?? [])],
          outlet,
          datingFirst(dating),
        ),
      },
      ...{ claims, disputed, inferred: null, at, routeOrder: p.order },
      camera: host ? { bounds: story.meta.hostBounds as Bounds, maxZoom: 13 } : pointView(at, 6),
    });
  }
  const landed = new Set([...landings.values()].map((site) => site.properties.id));
  for (const site of siteOrder(index)) {
    const p = site.properties;
    if (landed.has(p.id)) continue;
    const claims = claimsOf({ dateClaims: p.dateClaims ?? [], timeClaims: p.timeClaims });
    const disputed = claimsDiffer(claims, daysDiffer(p.id));
    const at = site.geometry.coordinates;
    steps.push({
      ...{ kind: 'site', id: p.id, headline: `Visits ${p.name}${when(claims, disputed)}`, label: `Visits ${p.name}` },
      ...{ quotes: pickQuotes(p.evidence ?? p.excerpts, outlet), claims, disputed, inferred: null },
      ...{ camera: siteView(p.name, at), at, routeOrder: legs.length },
    });
  }
  const counts = index.countsByUnit;
  const hostAt = index.hostPlace?.geometry.coordinates;
  if (counts.length > 0 && hostAt) {
    const signing = story.meta.signing;
    const claims = signing ? claimsOf(signing) : [];
    const disputed = claimsDiffer(claims, true);
    // The sentences that date the signing first: they say when as well as what.
    const dating = signing ? signing.dateClaims.flatMap((c) => c.evidence ?? []) : [];
    steps.push({
      ...{ kind: 'counts', id: 'counts', headline: `${countsHeadline(counts)}${when(claims, disputed)}` },
      ...{
        label: `Signs ${counts[0]!.unit}`,
        quotes: pickQuotes([...dating, ...counts.flatMap((g) => g.figures.map((f) => f.evidence))], outlet),
        claims,
        disputed,
        inferred: null,
      },
      ...{ camera: pointView(hostAt, 6), at: hostAt, routeOrder: legs.length },
    });
  }
  for (const flow of story.flows.features) {
    const p = flow.properties;
    const reporter = index.placeById.get(p.reporter)?.properties.name ?? p.reporter;
    const others = story.meta.figures.filter((f) => f.kind === 'money' && f.places.includes(p.partner));
    steps.push({
      ...{
        kind: 'trade',
        id: p.id,
        headline: `${reporter}–${p.partnerName} trade: ${p.label}${p.year ? ` in ${p.year}` : ''}`,
      },
      ...{ label: `${reporter}–${p.partnerName} trade`, claims: [], disputed: false, inferred: null },
      quotes: pickQuotes([p.evidence, ...others.map((f) => f.evidence)], outlet),
      ...{ camera: lineView(flow.geometry, p.labelAt), at: p.labelAt, routeOrder: legs.length },
    });
  }
  return steps;
}

/** Every claim, most outlets first: "Wed 19 June, 02:00 or Thu 20 June, early hours". */
export function disputedText(claims: StepClaim[], locale?: string): string {
  return [...new Set(claims.map((c) => whenText(c, locale)))].join(' or ');
}

/** How far from a stop a site can be and still be where one lands for it (an airport outside its city). */
const LANDING_KM = 100;
const arrivalWords = new RegExp(`\\b(?:${AIRFIELD_WORDS.join('|')})\\b`, 'i');

/** Kilometres between two points on the sphere. */
function kmBetween([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The site where the traveller landed for each stop the route reaches: an airport (or airfield…)
 * site near the stop, the first the text gives. Its arrival is the stop's arrival, not a visit.
 */
export function arrivalSites(index: StoryIndex, reached: readonly string[]): Map<string, PlaceFeature> {
  const landings = new Map<string, PlaceFeature>();
  for (const site of siteOrder(index)) {
    if (!arrivalWords.test(site.properties.name)) continue;
    const near = reached
      .map((id) => index.placeById.get(id))
      .filter((stop): stop is PlaceFeature => stop !== undefined && !landings.has(stop.properties.id))
      .map((stop) => ({ stop, km: kmBetween(stop.geometry.coordinates, site.geometry.coordinates) }))
      .filter(({ km }) => km <= LANDING_KM)
      .sort((a, b) => a.km - b.km)[0];
    if (near) landings.set(near.stop.properties.id, site);
  }
  return landings;
}

/**
 * The site places (places.geojson, role "site") in the order the text gives them; data built
 * before sites carried their `order` keeps the place list's order and quotes the excerpts.
 */
function siteOrder(index: StoryIndex): PlaceFeature[] {
  return [...index.placesByRole.site].sort((a, b) => (a.properties.order ?? 0) - (b.properties.order ?? 0));
}
