// The editor's corrections a story needs to reach its answer key: the fewest of the kinds the
// review desk offers (a stop rejected, added, dated; the route reordered; a site placed, added or
// rejected; a figure's value, partner or year set; a figure or a flow rejected), found stage by
// stage on the story as the corrections so far leave it (the real apply step), so one stage sees
// what the last changed. What no kind of correction can reach is said in words, never hidden.
import { figureKeys, targetKey, type Correction, type CorrectionChange } from '../contract/corrections.ts';
import type { FlowFigure, PlaceFeature } from '../contract/schema.ts';
import { applyCorrections } from '../story/corrections/apply.ts';
import type { CorrectableStory } from '../story/corrections/marks.ts';
import { scoreFlows, VALUE_TOLERANCE } from './flow-match.ts';
import { km, sameName } from './names.ts';
import { isStop, scoreRoute, type KeyStop } from './route-match.ts';
import { APPROXIMATE_KM, scoreSites } from './site-match.ts';
import type { StoryKey } from './story-key.ts';
import { drawnFlows, drawnSites, routeStops, type StoryOutputs } from './story-row.ts';

/** Every kind of correction the desk offers, as `<mark> <change>`: the columns of the count table. */
export const DESK_KINDS = [
  'stop reject',
  'stop add',
  'route order',
  'stop arrive',
  'site place',
  'site add',
  'site reject',
  'figure figure',
  'figure reject',
  'flow reject',
] as const;
export type DeskKind = (typeof DESK_KINDS)[number];

export interface DeskPlan {
  corrections: Correction[];
  /** What the corrections cannot reach, in words; empty when they reach the whole key. */
  unreachable: string[];
}

export const kindOf = (c: Correction): DeskKind =>
  `${c.what === 'route' ? 'route' : c.what.slice(0, c.what.indexOf(':'))} ${c.change.do}` as DeskKind;

/** The count of each kind, every kind listed. */
export function countKinds(corrections: Correction[]): Record<DeskKind, number> {
  const counts = Object.fromEntries(DESK_KINDS.map((k) => [k, 0])) as Record<DeskKind, number>;
  for (const c of corrections) counts[kindOf(c)] += 1;
  return counts;
}

/** The outputs as collections, as the scorers read them. */
export const asOutputs = (s: CorrectableStory): StoryOutputs => ({
  places: { type: 'FeatureCollection', features: s.places },
  route: { type: 'FeatureCollection', features: s.route },
  sites: { type: 'FeatureCollection', features: s.sites },
  flows: { type: 'FeatureCollection', features: s.flows },
});

/** Whether the outputs are the key: the route exact, every site found and none extra, every flow found (with its year) and none extra. */
export function matchesKey(key: StoryKey, outputs: StoryOutputs): string[] {
  const route = scoreRoute(key.route, routeStops(outputs));
  const sites = scoreSites(key.sites, drawnSites(outputs));
  const flows = scoreFlows(key.flows, drawnFlows(outputs));
  return [
    route.why === null ? null : `route: ${route.why}`,
    ...sites.detail.filter((d) => d.as !== 'found').map((d) => `site ${d.key}: ${d.as}`),
    sites.extra > 0 ? `${sites.extra} site(s) the key does not have` : null,
    ...flows.missedFlows.map((f) => `flow missed: ${f}`),
    ...flows.extraFlows.map((f) => `flow extra: ${f}`),
    ...flowYears(key, outputs.flows.features).map(({ k, f }) => `flow ${k.from}–${k.to}: year ${f.year} not ${k.year}`),
  ].filter((w) => w !== null);
}

export function deskCorrections(key: StoryKey, raw: CorrectableStory, date: string): DeskPlan {
  const reason = 'to match the answer key';
  const make = (what: string, change: CorrectionChange): Correction => ({ what, change, reason, date });
  const corrections: Correction[] = [];
  const unreachable: string[] = [];
  let story = raw;
  for (const stage of [routeShape, routeDates, sites, flows]) {
    const found = stage(key, story, make);
    corrections.push(...found.corrections);
    unreachable.push(...found.unreachable);
    story = applyCorrections(raw, corrections).story;
  }
  return { corrections, unreachable };
}

type Make = (what: string, change: CorrectionChange) => Correction;
type Stage = (key: StoryKey, story: CorrectableStory, make: Make) => DeskPlan;

/** The route's stops in order, as place ids. */
function stopIds(story: CorrectableStory): string[] {
  const legs = [...story.route].sort((a, b) => a.properties.order - b.properties.order);
  if (legs.length > 0) return [legs[0]!.properties.from, ...legs.map((l) => l.properties.to)];
  return story.places.filter((p) => p.properties.role === 'stop').map((p) => p.id);
}

const pointOf = (p: PlaceFeature) => ({ lon: p.geometry.coordinates[0], lat: p.geometry.coordinates[1] });
const asStop = (p: PlaceFeature) => ({ ...pointOf(p), name: p.properties.name, arrive: null, inferred: false });

/** Rejects the stops the key has not, puts on those it lacks, then sets the order if it still differs. */
const routeShape: Stage = (key, story, make) => {
  const places = new Map(story.places.map((p) => [p.id, p]));
  const expected = key.route.filter((k) => k.stated);
  const unscored = key.route.filter((k) => !k.stated);
  const is = (k: KeyStop, id: string) => isStop(k, asStop(places.get(id)!));
  const got = stopIds(story);
  // A stop of an unstated key stop (an origin no text names) is scored neither way: left alone.
  const free = (id: string) => !expected.some((k) => is(k, id)) && unscored.some((k) => is(k, id));
  const rejected = [...new Set(got.filter((id) => !free(id) && !expected.some((k) => is(k, id))))];
  const corrections = rejected.map((id) => make(targetKey('stop', id), { do: 'reject' }));
  let stops = got.filter((id) => !rejected.includes(id));
  const unreachable: string[] = [];
  // Each key stop in turn takes the first unused stop that is it, or is put on after the one before.
  let used = new Set<number>();
  const wanted: string[] = [];
  for (const k of expected) {
    const at = stops.findIndex((id, i) => !used.has(i) && is(k, id));
    if (at >= 0) {
      used.add(at);
      wanted.push(stops[at]!);
      continue;
    }
    const after = wanted.at(-1) ?? null;
    const known = story.places
      .filter((p) => !rejected.includes(p.id) && isStop(k, asStop(p)))
      .sort((a, b) => Number(!sameName(k.name, b.properties.name)) - Number(!sameName(k.name, a.properties.name)))[0];
    if (known && stops.includes(known.id)) {
      unreachable.push(`route: ${k.name} a second time (a stop is put on the route once)`);
      continue;
    }
    // A place no article names: the desk's gazetteer search puts it on the route with its name and point.
    const id = known?.id ?? `editor:${slug(k.name)}`;
    corrections.push(
      make(targetKey('stop', id), {
        do: 'add',
        after,
        ...(known ? {} : { name: k.name, lon: k.lon, lat: k.lat }),
      }),
    );
    const at2 = after === null ? 0 : stops.indexOf(after) + 1;
    stops = [...stops.slice(0, at2), id, ...stops.slice(at2)];
    used = new Set([...[...used].map((i) => (i >= at2 ? i + 1 : i)), at2]);
    wanted.push(id);
  }
  // The order the key gives, the unscored stops kept where they stand.
  const order = [...wanted];
  stops.forEach((id, i) => {
    if (!wanted.includes(id)) order.splice(Math.min(i, order.length), 0, id);
  });
  if (order.join() !== stops.join()) {
    if (order.length === stops.length) corrections.push(make('route', { do: 'order', stops: order }));
    else unreachable.push('route: a stop the key has more often than the route');
  }
  return { corrections, unreachable };
};

/** The arrival dates the key gives that the route does not. */
const routeDates: Stage = (key, story, make) => {
  const stops = stopIds(story);
  const got = routeStops(asOutputs(story));
  const expected = key.route.filter((k) => k.stated);
  const scored = got.flatMap((g, i) => (expected.some((k) => isStop(k, g)) ? [{ g, id: stops[i]!, i }] : []));
  const corrections = expected.flatMap((k, n) => {
    const s = scored[n];
    if (!s || k.arrive === null || s.g.arrive === k.arrive) return [];
    const visit = stops.slice(0, s.i + 1).filter((id) => id === s.id).length;
    return [make(targetKey('stop', s.id), { do: 'arrive', date: k.arrive, ...(visit > 1 ? { visit } : {}) })];
  });
  return { corrections, unreachable: [] };
};

const slug = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

/** Sites: each key site not found placed from the drawn site of its name (or the approximate one nearest) or else added, the rest rejected. */
const sites: Stage = (key, story, make) => {
  const drawn = story.places
    .filter((p) => p.properties.role === 'site')
    .map((p) => ({ id: p.id, name: p.properties.name, ...pointOf(p), approximate: p.properties.approximate === true }));
  const used = new Set<string>();
  const corrections: Correction[] = [];
  const ordered = [...key.sites].sort((a, b) => a.toleranceM - b.toleranceM);
  const found = new Set(ordered.filter((k) => take(k, (_, m) => m <= k.toleranceM)));
  for (const k of ordered) {
    if (found.has(k)) continue;
    const d =
      take(k, (d) => sameName(k.name, d.name)) ?? take(k, (d, m) => d.approximate && m <= APPROXIMATE_KM * 1000);
    if (d) corrections.push(make(targetKey('site', d), { do: 'place', lon: k.lon, lat: k.lat }));
    // No site of the story to place: the desk adds one no article names, where the editor clicks.
    else
      corrections.push(
        make(targetKey('site', `editor:${slug(k.name)}`), { do: 'add', name: k.name, lon: k.lon, lat: k.lat }),
      );
  }
  for (const d of drawn) if (!used.has(d.id)) corrections.push(make(targetKey('site', d.id), { do: 'reject' }));
  return { corrections, unreachable: [] };

  /** The nearest unused drawn site that fits, taken; its id. */
  function take(k: { lat: number; lon: number }, fits: (d: (typeof drawn)[number], m: number) => boolean) {
    const best = drawn
      .filter((d) => !used.has(d.id))
      .map((d) => ({ d, m: km(k, d) * 1000 }))
      .filter(({ d, m }) => fits(d, m))
      .sort((a, b) => a.m - b.m)[0];
    if (best) used.add(best.d.id);
    return best?.d.id ?? null;
  }
};

/** Each flow figure with its story.json key, the reporter's and partner's names. */
function flowFigures(story: CorrectableStory) {
  const keys = figureKeys(story.meta.figures);
  return story.flows.flatMap((flow) =>
    flow.properties.figures.map((f) => {
      const at = story.meta.figures.findIndex(
        (m) =>
          m.value === f.value &&
          f.evidence.some((e) => e.article === m.evidence.article && e.span[0] === m.evidence.span[0]),
      );
      return { flow, f, key: at >= 0 ? keys[at]! : null, from: flow.properties.reporterName };
    }),
  );
}

type KeyFlow = StoryKey['flows'][number];
const samePair = (k: KeyFlow, a: string, b: string) =>
  (sameName(k.from, a) && sameName(k.to, b)) || (sameName(k.from, b) && sameName(k.to, a));
const near = (usd: number | null, k: KeyFlow) => usd !== null && Math.abs(usd - k.usd) / k.usd <= VALUE_TOLERANCE;

/** The key's flows matched to drawn figures (same pair, value within tolerance) whose year differs. */
function flowYears(key: StoryKey, flows: CorrectableStory['flows']): Array<{ k: KeyFlow; f: FlowFigure }> {
  const used = new Set<FlowFigure>();
  return key.flows.flatMap((k) => {
    const hit = flows
      .flatMap((fl) => fl.properties.figures.map((f) => ({ fl, f })))
      .find(
        ({ fl, f }) =>
          !used.has(f) && samePair(k, fl.properties.reporterName, fl.properties.partnerName) && near(f.valueUsd, k),
      );
    if (!hit) return [];
    used.add(hit.f);
    return k.year !== null && hit.f.year !== k.year ? [{ k, f: hit.f }] : [];
  });
}

/** Flows: a key figure drawn for the wrong partner or year, or not drawn at all, corrected; the rest rejected. */
const flows: Stage = (key, story, make) => {
  const figures = flowFigures(story);
  const used = new Set<(typeof figures)[number]>();
  const corrections: Correction[] = [];
  const unreachable: string[] = [];
  const reporter = story.flows[0]?.properties.reporterName ?? null;
  const placeNamed = (name: string) =>
    story.places.find((p) => p.properties.name === name) ?? story.places.find((p) => sameName(name, p.properties.name));
  const missed: KeyFlow[] = [];
  for (const k of key.flows) {
    const hit = figures.find(
      (x) => !used.has(x) && samePair(k, x.from, x.flow.properties.partnerName) && near(x.f.valueUsd, k),
    );
    if (!hit) {
      missed.push(k);
      continue;
    }
    used.add(hit);
    if (k.year !== null && hit.f.year !== k.year && hit.key)
      corrections.push(make(targetKey('figure', hit.key), { do: 'figure', year: k.year }));
  }
  const usedKeys = new Set<string>();
  for (const k of missed) {
    const partnerName =
      reporter && sameName(k.from, reporter) ? k.to : reporter && sameName(k.to, reporter) ? k.from : null;
    const partner = partnerName === null ? undefined : placeNamed(partnerName);
    // The same value drawn for another partner, or read but not drawn as trade.
    const drawnElsewhere = figures.find((x) => !used.has(x) && x.key && near(x.f.valueUsd, k));
    const keys = figureKeys(story.meta.figures);
    const read = story.meta.figures.findIndex(
      (m, i) => m.kind === 'money' && m.currency === 'USD' && near(m.value, k) && !usedKeys.has(keys[i]!),
    );
    const figureKey = drawnElsewhere?.key ?? (read >= 0 ? keys[read]! : null);
    if (!partner || figureKey === null) {
      unreachable.push(
        `flow ${k.from}–${k.to}: no figure of ${k.usd} read, or no place ${partnerName ?? k.to} for its partner`,
      );
      continue;
    }
    if (drawnElsewhere) used.add(drawnElsewhere);
    usedKeys.add(figureKey);
    const year =
      k.year !== null && (drawnElsewhere?.f.year ?? story.meta.figures[read]?.year) !== k.year ? k.year : undefined;
    corrections.push(
      make(targetKey('figure', figureKey), {
        do: 'figure',
        partner: partner.id,
        ...(year === undefined ? {} : { year }),
      }),
    );
  }
  // What is left over: a flow none of whose figures the key has goes whole, else its figures one by one.
  for (const flow of story.flows) {
    const own = figures.filter((x) => x.flow === flow && x.f.valueUsd !== null);
    const extra = own.filter((x) => !used.has(x));
    if (extra.length === 0) continue;
    if (extra.length === flow.properties.figures.length)
      corrections.push(make(targetKey('flow', flow.properties.partner), { do: 'reject' }));
    else
      for (const x of extra)
        if (x.key) corrections.push(make(targetKey('figure', x.key), { do: 'reject' }));
        else unreachable.push(`flow figure ${x.f.label}: no figure of story.json to reject it by`);
  }
  return { corrections, unreachable };
};
