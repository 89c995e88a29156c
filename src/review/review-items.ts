// What the review mode lists: every mark with how it was found (its sentences, its basis, the
// cue that placed it, a confidence) and why it may need a look, those that do first. Pure, from
// the story's files; the corrections' keys are the contract's, so the pipeline finds the mark.
import { figureKeys, targetKey, type TargetKind } from '../../geo/contract/corrections.ts';
import type { EditorNote, Figure, PlaceFeature } from '../../geo/contract/schema';
import type { Story } from '../story/story.ts';

export interface ReviewItem {
  /** The correction key of the mark. */
  what: string;
  kind: Exclude<TargetKind, 'route'>;
  /** The place or flow id to open its panel; null for a figure. */
  id: string | null;
  name: string;
  /** stated, inferred, approximate, or editor. */
  basis: string;
  /** The cue or reason that put it there, in words. */
  cue: string | null;
  /** The resolution's confidence, 0–1, where there is one. */
  confidence: number | null;
  sentences: string[];
  /** Why it needs a look; empty when nothing does. */
  look: string[];
  /** The editor's changes to it so far, in words with their reasons. */
  editor: string[];
  /** For a figure: what can be corrected. */
  figure?: { value: number; year: number | null; partner: string | null };
}

/** A place resolved with less than this confidence is listed as a weak resolution. */
export const WEAK_CONFIDENCE = 0.9;
const KIND_ORDER: ReviewItem['kind'][] = ['stop', 'site', 'figure', 'flow', 'mention'];
const ROLE_KIND = { stop: 'stop', site: 'site', partner: 'mention', mentioned: 'mention' } as const;

function placeItem(place: PlaceFeature): ReviewItem {
  const p = place.properties;
  const best = [...p.excerpts].sort((a, b) => b.confidence - a.confidence)[0];
  const confidence = best?.confidence ?? null;
  const look = [
    p.basis === 'inferred' ? `inferred ${p.role}: no outlet states it` : null,
    p.approximate ? 'approximate site: place it' : null,
    p.datesDiffer ? 'outlets give different dates' : null,
    confidence !== null && confidence < WEAK_CONFIDENCE ? `weak resolution (${confidence.toFixed(2)})` : null,
  ].filter((l) => l !== null);
  const sentences = (p.evidence ?? p.excerpts).map((e) => e.sentence);
  return {
    what: targetKey(ROLE_KIND[p.role], p.id),
    kind: ROLE_KIND[p.role],
    id: p.id,
    name: p.name,
    basis: p.basis === 'editor' ? 'editor' : p.approximate ? 'approximate' : p.basis,
    cue: p.why ?? p.approximateWhy ?? best?.reason ?? null,
    confidence,
    sentences: [...new Set(sentences)].slice(0, 3),
    look: p.basis === 'editor' ? [] : look,
    editor: notes(p.editor),
  };
}

const notes = (list: EditorNote[] | undefined) => (list ?? []).map((n) => `${n.change}: “${n.reason}”`);

/** A money figure of the trade: its partner or year is guessed where its sentence names neither. */
function figureItem(figure: Figure, key: string, nameOf: (id: string) => string): ReviewItem {
  const sentence = figure.evidence.sentence;
  const partner = figure.places.length > 1 ? figure.places[figure.places.length - 1]! : null;
  const partnerName = partner ? nameOf(partner) : null;
  const look = [
    partnerName && !sentence.toLowerCase().includes(partnerName.toLowerCase())
      ? `partner guessed: its sentence does not name ${partnerName}`
      : null,
    figure.year === null ? 'no year given' : sentence.includes(String(figure.year)) ? null : 'year guessed',
  ].filter((l) => l !== null);
  return {
    what: targetKey('figure', key),
    kind: 'figure',
    id: null,
    name: `${figure.text}${partnerName ? ` (${partnerName})` : ''}`,
    basis: figure.basis ?? 'stated',
    cue: figure.measure ? `read as ${figure.measure}` : figure.notTrade ? `not trade: ${figure.notTrade}` : null,
    confidence: null,
    sentences: [sentence],
    look: figure.basis === 'editor' ? [] : look,
    editor: notes(figure.editor),
    figure: { value: figure.value, year: figure.year, partner },
  };
}

export function reviewItems(story: Story): ReviewItem[] {
  const names = new Map(story.places.features.map((p) => [p.id, p.properties.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const keys = figureKeys(story.meta.figures);
  const items = [
    ...story.places.features.map(placeItem),
    ...story.meta.figures.flatMap((f, i) => (f.kind === 'money' && f.measure ? [figureItem(f, keys[i]!, nameOf)] : [])),
    ...story.flows.features.map(({ properties: p }): ReviewItem => ({
      what: targetKey('flow', p.partner),
      kind: 'flow',
      id: p.id,
      name: `${p.reporterName} – ${p.partnerName}: ${p.label}`,
      basis: p.basis ?? 'stated',
      cue: p.counts,
      confidence: null,
      sentences: [p.evidence.sentence],
      look: [],
      editor: notes(p.editor),
    })),
  ];
  const rank = (i: ReviewItem) => (i.look.length > 0 ? 0 : 1) * 10 + KIND_ORDER.indexOf(i.kind);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map((x) => x.item);
}

/** A stop of the route: its place, the how-many-th time the route reaches it, and its arrival date. */
export interface RouteStop {
  id: string;
  name: string;
  /** 1 the first time the route reaches the place, 2 the second (a day trip and back). */
  visit: number;
  arrive: string | null;
}

/** The route's stops in order, with the arrival date each shows: its leg's, or the first stop's own. */
export function routeStops(story: Story): RouteStop[] {
  const legs = story.route.features;
  const places = new Map(story.places.features.map((p) => [p.id, p.properties]));
  const ids = legs.length
    ? [legs[0]!.properties.from, ...legs.map((l) => l.properties.to)]
    : story.places.features.filter((p) => p.properties.role === 'stop').map((p) => p.id);
  const seen = new Map<string, number>();
  return ids.map((id, i) => {
    const visit = (seen.get(id) ?? 0) + 1;
    seen.set(id, visit);
    const place = places.get(id);
    const arrive = i > 0 && legs.length ? legs[i - 1]!.properties.date : (place?.arrive ?? null);
    return { id, name: place?.name ?? id, visit, arrive };
  });
}

/** Kinds of place a route can stop at: a city, or an island the texts name as a region or a country (Bali, Niue). */
const STOP_KINDS = ['city', 'admin1', 'country'] as const;

/** The places that could become a stop: those the articles name that are not on the route, cities first. */
export function stopCandidates(story: Story): Array<{ id: string; name: string }> {
  const onRoute = new Set(routeStops(story).map((s) => s.id));
  const rank = (kind: string) => STOP_KINDS.indexOf(kind as (typeof STOP_KINDS)[number]);
  return story.places.features
    .filter((p) => rank(p.properties.kind) >= 0 && !onRoute.has(p.id))
    .sort((a, b) => rank(a.properties.kind) - rank(b.properties.kind))
    .map((p) => ({ id: p.id, name: p.properties.name }));
}

/** The places a figure's trade partner can be: the story's countries and regions, by name. */
export function partnerCandidates(story: Story): Array<{ id: string; name: string }> {
  return story.places.features
    .filter((p) => p.properties.kind === 'country' || p.properties.kind === 'region')
    .map((p) => ({ id: p.id, name: p.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The stops with one moved up (-1) or down (+1): a route order to send as a correction. */
export function moveStop(stops: string[], at: number, by: -1 | 1): string[] {
  const to = at + by;
  if (to < 0 || to >= stops.length) return stops;
  const moved = [...stops];
  [moved[at], moved[to]] = [moved[to]!, moved[at]!];
  return moved;
}
