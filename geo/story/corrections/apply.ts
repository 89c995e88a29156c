// The editor's corrections (data/corrections.json) applied to the composed outputs, in the
// file's order, after every other stage: so they survive each rebuild, and each mark they change
// says so (`basis: "editor"`, with the change and the reason). A correction whose mark is gone
// changes nothing and is handed back with why, for `npm run data` to report.
import { parseTarget, type Correction } from '../../contract/corrections.ts';
import type { EditorNote, PlaceFeature, PlaceRole, SiteFeature, StoryMeta } from '../../contract/schema.ts';
import type { PlaceKind } from '../../contract/vocabulary.ts';
import { bounds } from '../../geometry/bounds.ts';
import {
  asFlowFigure,
  correctedFlowFigure,
  figureChangeWords,
  figureKeys,
  flowOfFigure,
  moveToPartner,
  refreshFlows,
} from './figures.ts';
import { markByEditor, noteOf, roundLonLat, type CorrectableStory, type Unapplied } from './marks.ts';
import { legsThrough, stopsOf, type RouteNote } from './route.ts';

export interface Corrected<S extends CorrectableStory> {
  story: S;
  /** The corrections that changed nothing, each with why. */
  unapplied: Unapplied[];
}

type Applied = NonNullable<StoryMeta['corrections']>[number];

/** A site's visit, which no other place carries. */
const VISIT_KEYS = ['order', 'timeClaims', 'evidence'] as const;

export function applyCorrections<S extends CorrectableStory>(input: S, corrections: Correction[]): Corrected<S> {
  if (corrections.length === 0) return { story: input, unapplied: [] };
  const story = structuredClone(input);
  const places = new Map(story.places.map((p) => [p.id, p]));
  let stops = stopsOf(story.route, story.places);
  const oldRoute = story.route;
  const routeNotes: RouteNote[] = [];
  const orderNotes: EditorNote[] = [];
  let framesChanged = false;
  const unapplied: Unapplied[] = [];
  const applied: Applied[] = [];
  const nameOf = (id: string) => places.get(id)?.properties.name ?? id;
  /** Arrival dates, set once the route is final: a later correction may still change it. */
  const arrivals: Array<{ index: number; correction: Correction }> = [];

  corrections.forEach((c, index) => {
    const target = parseTarget(c.what)!;
    const { change } = c;
    const done = (name: string, words: string) => {
      applied.push({ what: c.what, name, ...noteOf(c, words) });
      return null;
    };
    const why = ((): string | null => {
      const place = places.get(target.id);
      if (target.kind === 'stop' && change.do === 'reject') {
        const at = stops.indexOf(target.id);
        if (at < 0) return `no stop ${target.id} in this build`;
        const words = `${nameOf(target.id)} taken off the route by the editor`;
        routeNotes.push({
          note: noteOf(c, words),
          stops: [stops[at - 1], stops[at + 1]].filter((s) => s !== undefined),
        });
        stops = stops.filter((s) => s !== target.id);
        markByEditor(place!.properties, noteOf(c, 'taken off the route by the editor'));
        framesChanged = true;
        return done(nameOf(target.id), words);
      }
      if (target.kind === 'stop' && change.do === 'add') {
        if (stops.includes(target.id)) return `${nameOf(target.id)} is already a stop`;
        // The schema gives every stop's add its `after`.
        const after = change.after ?? null;
        const at = after === null ? 0 : stops.indexOf(after) + 1;
        if (at === 0 && after !== null) return `no stop ${after} to put it after`;
        let added = place;
        if (!added) {
          if (change.name === undefined || change.lon === undefined || change.lat === undefined)
            return `${target.id} is no place of this story: give its name, lon and lat`;
          added = newPlace(target.id, change.name, roundLonLat(change.lon, change.lat), 'stop', change);
          places.set(added.id, added);
          story.places.push(added);
        } else if (change.lon !== undefined && change.lat !== undefined) {
          added.geometry.coordinates = roundLonLat(change.lon, change.lat);
        }
        stops = [...stops.slice(0, at), target.id, ...stops.slice(at)];
        const words = `${added.properties.name} put on the route by the editor`;
        routeNotes.push({ note: noteOf(c, words), stops: [target.id] });
        markByEditor(added.properties, noteOf(c, 'put on the route by the editor'));
        framesChanged = true;
        return done(added.properties.name, words);
      }
      if (target.kind === 'stop' && change.do === 'arrive') {
        if (!stops.includes(target.id)) return `no stop ${target.id} in this build`;
        arrivals.push({ index, correction: c });
        return null;
      }
      if (change.do === 'order') {
        const same = change.stops.length === stops.length && stops.every((s) => change.stops.includes(s));
        if (!same) return `the route's stops are now ${stops.map(nameOf).join(', ')}, not those listed`;
        stops = [...change.stops];
        orderNotes.push(noteOf(c, 'route order set by the editor'));
        // Each stop's place on the route is the editor's now: its panel says so.
        for (const s of stops) markByEditor(places.get(s)!.properties, noteOf(c, 'route order set by the editor'));
        return done(stops.map(nameOf).join(' → '), 'route order set by the editor');
      }
      if (target.kind === 'site' && change.do === 'add') {
        if (story.sites.some((s) => s.id === target.id)) return `${nameOf(target.id)} is already a site`;
        const at = roundLonLat(change.lon!, change.lat!);
        const city = change.city ?? nearestStop(at, stops, places);
        if (city === null) return 'no stop to put the site in: give its city';
        if (!places.has(city)) return `no place ${city} in this build to put the site in`;
        const words = 'added by the editor: no article names it';
        let place = places.get(target.id);
        if (place) place.geometry.coordinates = at;
        else {
          place = newPlace(target.id, change.name!, at, 'site', change);
          places.set(place.id, place);
          story.places.push(place);
        }
        markByEditor(place.properties, noteOf(c, words));
        const site: SiteFeature = {
          type: 'Feature',
          id: target.id,
          geometry: { type: 'Point', coordinates: at },
          properties: {
            id: target.id,
            name: place.properties.name,
            kind: change.kind ?? place.properties.kind,
            city,
            order: story.sites.length + 1,
            dateClaims: [],
            timeClaims: [],
            evidence: [],
          },
        };
        markByEditor(site.properties, noteOf(c, words));
        story.sites.push(site);
        framesChanged = true;
        return done(place.properties.name, words);
      }
      if (target.kind === 'mention' && change.do === 'resolve') return resolveMention(c, target.id);
      if (target.kind === 'site') {
        const site = story.sites.find((s) => s.id === target.id);
        if (!site || !place) return `no site ${target.id} in this build`;
        framesChanged = true;
        if (change.do === 'reject') {
          story.sites = story.sites.filter((s) => s !== site);
          markByEditor(place.properties, noteOf(c, 'taken off the sites by the editor'));
          return done(site.properties.name, 'taken off the sites by the editor');
        }
        if (change.do !== 'place') return null;
        const words = `${site.properties.approximate ? 'placed' : 'moved'} by the editor${change.at ? ` at the gazetteer’s point of ${change.at}` : ''}`;
        const at = roundLonLat(change.lon, change.lat);
        for (const mark of [site, place]) {
          mark.geometry.coordinates = at;
          delete mark.properties.approximate;
          delete mark.properties.approximateWhy;
          markByEditor(mark.properties, noteOf(c, words));
        }
        return done(site.properties.name, words);
      }
      if (target.kind === 'mention') {
        if (!place) return `no place ${target.id} in this build`;
        if (place.properties.role !== 'mentioned')
          return `${place.properties.name} is a ${place.properties.role} now, not only mentioned`;
        places.delete(target.id);
        story.places = story.places.filter((p) => p !== place);
        for (const f of story.meta.figures) f.places = f.places.filter((p) => p !== target.id);
        return done(place.properties.name, 'taken off the map by the editor');
      }
      if (target.kind === 'flow') {
        const flow = story.flows.find((f) => f.properties.partner === target.id);
        if (!flow) return `no trade flow with ${target.id} in this build`;
        story.flows = story.flows.filter((f) => f !== flow);
        return done(flow.properties.partnerName, 'taken off the trade flows by the editor');
      }
      if (target.kind === 'figure') return correctFigure(c, target.id);
      return null;
    })();
    if (why !== null) unapplied.push({ index, correction: c, why });
  });

  /** A mentioned place read as another of its name: the gazetteer entry the editor picked, with the sentences kept. */
  function resolveMention(c: Correction, id: string): string | null {
    const place = places.get(id);
    if (c.change.do !== 'resolve') return null;
    if (!place) return `no place ${id} in this build`;
    const p = place.properties;
    if (p.role !== 'mentioned') return `${p.name} is a ${p.role} now, not only mentioned`;
    const { to, name, kind, country, lon, lat } = c.change;
    const words = `resolved by the editor to ${name} (${kind}${country ? `, ${country}` : ''}); read as ${p.name} (${p.kind}${p.country ? `, ${p.country}` : ''})`;
    const into = to === id ? undefined : places.get(to);
    if (into) {
      // The place is on the map already: it takes the sentences.
      into.properties.excerpts = [...into.properties.excerpts, ...p.excerpts];
      into.properties.mentionCount += p.mentionCount;
      markByEditor(into.properties, noteOf(c, words));
      story.places = story.places.filter((q) => q !== place);
    } else {
      place.id = to;
      place.geometry.coordinates = roundLonLat(lon, lat);
      for (const key of ['geonames', 'wikidata', 'coordSource'] as const) delete p[key];
      Object.assign(p, { id: to, name, kind, country });
      markByEditor(p, noteOf(c, words));
      places.set(to, place);
    }
    places.delete(id);
    for (const f of story.meta.figures) f.places = [...new Set(f.places.map((q) => (q === id ? to : q)))];
    applied.push({ what: c.what, name, ...noteOf(c, words) });
    return null;
  }

  function correctFigure(c: Correction, key: string): string | null {
    const keys = figureKeys(story.meta.figures);
    const figure = story.meta.figures[keys.indexOf(key)];
    if (!figure) return `no figure ${key} in this build`;
    const change = c.change;
    const found = flowOfFigure(story.flows, figure);
    if (change.do === 'reject') {
      if (!found) return `the figure ${figure.text} is in no trade flow`;
      found.flow.properties.figures.splice(found.at, 1);
      const words = 'taken out of the trade by the editor';
      markByEditor(figure, noteOf(c, words));
      applied.push({ what: c.what, name: figure.text, ...noteOf(c, words) });
      return null;
    }
    if (change.do !== 'figure') return null;
    const partner = change.partner === undefined ? null : places.get(change.partner);
    if (partner === undefined) return `no place ${change.partner ?? ''} in this build to be the partner`;
    const words = figureChangeWords(change, figure, nameOf);
    const note = noteOf(c, words);
    const flowFigure = found
      ? correctedFlowFigure(found.flow.properties.figures[found.at]!, change, note)
      : asFlowFigure({ ...figure, value: change.value ?? figure.value, year: change.year ?? figure.year }, note);
    if (found) found.flow.properties.figures[found.at] = flowFigure!;
    if (partner) {
      if (!flowFigure) return `the figure ${figure.text} is not money, so it cannot be trade`;
      if (found) found.flow.properties.figures.splice(found.at, 1);
      const moved = moveToPartner(story.flows, flowFigure, partner);
      if (!moved) return 'no trade flow gives the reporter’s point to draw a new one from';
      story.flows = moved;
      const reporter = story.flows[0]!.properties.reporter;
      figure.places = [reporter, partner.id];
      framesChanged = true;
    }
    figure.value = change.value ?? figure.value;
    figure.year = change.year ?? figure.year;
    markByEditor(figure, note);
    applied.push({ what: c.what, name: figure.text, ...note });
    return null;
  }

  /** The arrival date on the leg that reaches the stop (its `visit`-th time), or on the first stop itself. */
  function setArrival(c: Correction, route: string[]): string | null {
    const target = parseTarget(c.what)!;
    if (c.change.do !== 'arrive') return null;
    const { date, visit = 1 } = c.change;
    const at = route.flatMap((s, i) => (s === target.id ? [i] : []))[visit - 1];
    if (at === undefined)
      return route.includes(target.id)
        ? `the route reaches ${nameOf(target.id)} fewer than ${visit} times`
        : `no stop ${target.id} on the route once the other corrections are made`;
    const place = places.get(target.id)!;
    const leg = at === 0 ? null : story.route[at - 1]!;
    const was = leg ? leg.properties.date : (place.properties.arrive ?? firstClaim(place.properties.dateClaims));
    const words = `arrival date set by the editor: ${date} (read as ${was ?? 'none'})`;
    if (leg) {
      leg.properties.date = date;
      markByEditor(leg.properties, noteOf(c, words));
    } else place.properties.arrive = date;
    markByEditor(place.properties, noteOf(c, words));
    applied.push({ what: c.what, name: nameOf(target.id), ...noteOf(c, words) });
    return null;
  }

  story.flows = refreshFlows(story.flows);
  if (routeNotes.length > 0 || orderNotes.length > 0)
    story.route = legsThrough(stops, oldRoute, places, routeNotes, orderNotes);
  for (const { index, correction } of arrivals) {
    const why = setArrival(correction, stops);
    if (why !== null) unapplied.push({ index, correction, why });
  }
  unapplied.sort((a, b) => a.index - b.index);
  story.places = withRoles(story.places, story, stops);
  story.sites = story.sites
    .sort((a, b) => (a.properties.order ?? 0) - (b.properties.order ?? 0))
    .map((s, i) => ({ ...s, properties: { ...s.properties, order: i + 1 } }));
  for (const site of story.sites) {
    const place = story.places.find((p) => p.id === site.id);
    if (place) place.properties.order = site.properties.order;
  }
  story.meta = {
    ...story.meta,
    tradeYear: story.flows.map((f) => f.properties.year).find((y) => y !== null) ?? null,
    ...(framesChanged ? frames(story, stops) : {}),
    ...(applied.length > 0 ? { corrections: applied } : {}),
  };
  return { story, unapplied };
}

/** The date most outlets give, as the route's first stop shows it. */
function firstClaim(claims: Array<{ date: string; articles: string[] }> | undefined): string | null {
  const best = [...(claims ?? [])].sort(
    (a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date),
  );
  return best[0]?.date ?? null;
}

/**
 * A place the editor put on the map that no article names: a stop (a city unless the gazetteer's
 * pick says otherwise) or a site (a landmark unless it says otherwise), at the editor's point.
 */
function newPlace(
  id: string,
  name: string,
  at: [number, number],
  role: 'stop' | 'site',
  given: { kind?: PlaceKind; country?: string },
): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id,
      name,
      kind: given.kind ?? (role === 'stop' ? 'city' : 'landmark'),
      role,
      country: given.country ?? null,
      mentionCount: 0,
      outletCount: 0,
      excerpts: [],
      basis: 'editor',
      why: null,
      dateClaims: [],
      coordSource: 'set by the editor: no article names this place',
      ...(/^city:\d+$/.test(id) ? { geonames: Number(id.slice(5)) } : {}),
      // A visit with no sentence: the site's, empty.
      ...(role === 'site' ? { timeClaims: [], evidence: [] } : {}),
    },
  };
}

/** The stop nearest a point (a site the editor adds is in its city), or null on a story with no stop. */
function nearestStop(at: [number, number], stops: string[], places: Map<string, PlaceFeature>): string | null {
  const far = (id: string) => {
    const [lon, lat] = places.get(id)!.geometry.coordinates;
    const dx = (lon - at[0]) * Math.cos((((lat + at[1]) / 2) * Math.PI) / 180);
    return dx * dx + (lat - at[1]) ** 2;
  };
  return [...new Set(stops)].sort((a, b) => far(a) - far(b))[0] ?? null;
}

/**
 * Each place's role after the corrections, as the pipeline ranks them (a site over a stop over a
 * trade partner); a place that lost its site keeps no visit, and one no article names and no
 * role holds (an inferred origin taken off the route) leaves the map.
 */
function withRoles(places: PlaceFeature[], story: CorrectableStory, stops: string[]): PlaceFeature[] {
  const roles = new Map<string, PlaceRole>();
  for (const f of story.flows) roles.set(f.properties.partner, 'partner');
  for (const s of stops) roles.set(s, 'stop');
  for (const s of story.sites) roles.set(s.id, 'site');
  return places.flatMap((place) => {
    const role = roles.get(place.id) ?? 'mentioned';
    if (role === 'mentioned' && place.properties.mentionCount === 0) return [];
    if (role !== 'site') for (const key of VISIT_KEYS) delete place.properties[key];
    if (role !== 'stop' && role !== 'site') delete place.properties.arrive;
    place.properties.role = role;
    return [place];
  });
}

/** The world view's and the host city's frames, as the meta stage draws them, from the corrected marks. */
function frames(story: CorrectableStory, stops: string[]): Pick<StoryMeta, 'bounds' | 'hostBounds'> {
  const point = (id: string): [number, number] | undefined =>
    story.places.find((p) => p.id === id)?.geometry.coordinates;
  const origin = story.flows[0]?.geometry;
  const from = origin?.type === 'LineString' ? origin.coordinates[0] : origin?.coordinates[0]?.[0];
  const framed = [...stops.map(point), from].filter((p): p is [number, number] => p !== undefined);
  const host = story.meta.hostCity === null ? undefined : point(story.meta.hostCity);
  const hostSites = story.sites.filter((s) => s.properties.city === story.meta.hostCity);
  return {
    bounds: framed.length ? bounds(framed) : [-180, -85, 180, 85],
    hostBounds: host ? bounds([host, ...hostSites.map((s) => s.geometry.coordinates)], 0.25) : story.meta.hostBounds,
  };
}
