// Where each place's label goes, decided once per zoom level from where every mark is, so a
// label is always nearer its own mark than any other. MapLibre's variable anchors put a label
// on whichever side is free, which can be beside a neighbour's dot; here the side is fixed per
// zoom level. Marks of one kind too close to label apart share one label ("A" over "B") on the
// outer side of the group; a label that cannot be honest at a zoom level is not drawn there.
import type { PlaceFeature, PlaceRole } from '../../geo/contract/schema';
import { radius, stroke, textSize, zoomBand } from './tokens.ts';

/** Whole zoom levels: MapLibre evaluates zoom in layouts and filters at its tiles' whole zoom. */
export const labelZooms = Array.from({ length: 17 }, (_, z) => z);

export type Anchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** Where the text lies from its mark for each anchor (screen axes, y down), in order of preference. */
const sides: ReadonlyArray<readonly [Anchor, number, number]> = [
  ['left', 1, 0],
  ['right', -1, 0],
  ['bottom-left', 1, -1],
  ['top-left', 1, 1],
  ['bottom-right', -1, -1],
  ['top-right', -1, 1],
  ['bottom', 0, -1],
  ['top', 0, 1],
];
export const labelAnchors: readonly Anchor[] = sides.map(([a]) => a);
/** Labels wrap at this many ems, as the layers ask (`text-max-width`). */
export const labelMaxWidth = 10;
/** The gap between a mark's centre and its label's nearest edge, in ems of the label's size. */
export const labelGap = (size: number) => (Math.max(radius.stop + stroke.stop, radius.site + stroke.site) + 2) / size;
/** Diagonal labels sit this much closer on each axis, so their corner is as far as a side label's edge. */
const diagonal = Math.SQRT1_2;

export const labelOffset = (anchor: Anchor, size: number): [number, number] => {
  const [, x, y] = sides.find(([a]) => a === anchor)!;
  const d = labelGap(size) * (x && y ? diagonal : 1);
  return [x * d, y * d];
};

/** The size and zooms each role's mark and label are drawn at, from the tokens the layers use. */
const drawn = (role: PlaceRole) =>
  role === 'site'
    ? { from: zoomBand.sites.minzoom, labelFrom: zoomBand.siteLabels.minzoom, size: textSize.label }
    : { from: 0, labelFrom: 0, size: role === 'stop' ? textSize.stopLabel : textSize.smallLabel };

/** The size a label layer's offsets are in ems of (`placedLabel`): the layer's smallest text. */
export const offsetSize = (role: PlaceRole): number => (role === 'site' ? textSize.label : textSize.smallLabel);

type Mark = { id: string; name: string; role: PlaceRole; lon: number; lat: number } & ReturnType<typeof drawn>;
type Placement = { lead: Mark; members: Mark[]; anchor: Anchor; margin: number };

/** A label's box, estimated: Noto Sans averages about 0.55 em a character; lines are 1.2 em. */
export function labelBox(text: string, size: number): { width: number; height: number } {
  const perLine = Math.floor(labelMaxWidth / 0.55);
  const lines = text.split('\n').flatMap((part) =>
    part.split(' ').reduce<string[]>((acc, word) => {
      const last = acc.at(-1);
      if (last !== undefined && (last + ' ' + word).length <= perLine) acc[acc.length - 1] = `${last} ${word}`;
      else acc.push(word);
      return acc;
    }, []),
  );
  return { width: Math.max(...lines.map((l) => l.length)) * 0.55 * size, height: lines.length * 1.2 * size };
}

/** Pixels between two marks at zoom z: the globe's scale below city zoom, Mercator's above (never less). */
function pixels(from: Mark, to: Mark, z: number): [number, number] {
  const cos = Math.cos((from.lat * Math.PI) / 180);
  const scale = ((512 * 2 ** z) / 360) * (z >= zoomBand.globeToFlat.maxzoom ? 1 / cos : 1);
  const dLon = ((((to.lon - from.lon) % 360) + 540) % 360) - 180;
  return [dLon * cos * scale, -(to.lat - from.lat) * scale];
}

/** How much nearer its own marks than any other a label is (px, at its worst probe); negative when it lies. */
function marginOf(lead: Mark, members: Mark[], all: Mark[], anchor: Anchor, z: number): number {
  const [, sx, sy] = sides.find(([a]) => a === anchor)!;
  // A mark under the label's own (the Kremlin under Moscow) cannot be told from it: it is no rival.
  const others = all.filter((m) => Math.hypot(...pixels(lead, m, z)) > labelCovers);
  const text = members.map((m) => m.name).join('\n');
  const { width, height } = labelBox(text, lead.size);
  const [ox, oy] = labelOffset(anchor, offsetSize(lead.role)).map((v) => v * lead.size) as [number, number];
  const probes = [
    [ox, oy],
    [ox + (sx * width) / 2, oy + (sy * height) / 2],
  ];
  const nearest = (marks: Mark[], [px, py]: number[]) =>
    Math.min(...marks.map((m) => pixels(lead, m, z)).map(([x, y]) => Math.hypot(x - px!, y - py!)));
  return Math.min(...probes.map((p) => (others.length ? nearest(others, p) : Infinity) - nearest(members, p)));
}

function place(members: Mark[], marks: Mark[], z: number): Placement {
  const others = marks.filter((m) => !members.includes(m));
  let best: Placement | null = null;
  for (const [anchor, sx, sy] of sides) {
    // The label goes on the member furthest its way, so it lies outside the group.
    const reach = (m: Mark) => m.lon * sx - m.lat * sy;
    const lead = members.reduce((a, b) => (reach(b) > reach(a) ? b : a));
    // Within one tile zoom the camera can be up to a level further in: both ends must hold.
    const margin = Math.min(
      marginOf(lead, members, others, anchor, z),
      marginOf(lead, members, others, anchor, z + 0.99),
    );
    if (!best || margin > best.margin) best = { lead, members, anchor, margin };
  }
  return best!;
}

/** Marks closer than this (px) to a label's own are drawn under it and cannot be told apart. */
export const labelCovers = 3;
/** Below this many pixels of margin, a label is too close to call and joins its nearest neighbour's. */
const honest = 8;
/** Marks further apart than this (px) are not grouped: each is labelled alone, or not at all. */
const groupReach = 32;
const largestGroup = 3;

/** Per place, per zoom level z: `label{z}` (its text, '' for none), `anchor{z}`, and `marks{z}`, the ids it names. */
export function planLabels(places: readonly PlaceFeature[]): Map<string, Record<string, string>> {
  const marks: Mark[] = places.map(({ properties: p, geometry }) => {
    const [lon, lat] = geometry.coordinates;
    return { id: p.id, name: p.name, role: p.role, lon, lat, ...drawn(p.role) };
  });
  const plan = new Map(marks.map((m) => [m.id, {} as Record<string, string>]));
  for (const z of labelZooms) {
    const shown = marks.filter((m) => m.from <= z);
    for (const m of marks)
      Object.assign(plan.get(m.id)!, { [`label${z}`]: '', [`anchor${z}`]: 'left', [`marks${z}`]: m.id });
    for (const role of new Set(shown.map((m) => m.role))) {
      for (const p of groupsOf(
        shown.filter((m) => m.role === role && m.labelFrom <= z),
        shown,
        z,
      )) {
        if (p.margin < honest) continue;
        const members = [...p.members].sort((a, b) => a.lon - b.lon || a.id.localeCompare(b.id));
        for (const m of members) plan.get(m.id)![`marks${z}`] = members.map((n) => n.id).join(' ');
        Object.assign(plan.get(p.lead.id)!, {
          [`label${z}`]: members.map((n) => n.name).join('\n'),
          [`anchor${z}`]: p.anchor,
        });
      }
    }
  }
  return plan;
}

/** Labels one by one; a label too close to call joins its nearest neighbour's, worst first, until none can. */
function groupsOf(labelled: Mark[], shown: Mark[], z: number): Placement[] {
  let groups = labelled.map((m) => place([m], shown, z));
  for (;;) {
    const gap = (a: Placement, b: Placement) =>
      Math.min(...a.members.flatMap((m) => b.members.map((n) => Math.hypot(...pixels(m, n, z)))));
    const merge = groups
      .filter((g) => g.margin < honest)
      .sort((a, b) => a.margin - b.margin)
      .map((g) => {
        const near = groups.filter((h) => h !== g && g.members.length + h.members.length <= largestGroup);
        const to = near.sort((a, b) => gap(g, a) - gap(g, b))[0];
        return to && gap(g, to) < groupReach ? ([g, to] as const) : null;
      })
      .find((pair) => pair !== null);
    if (!merge) return groups;
    const [a, b] = merge;
    groups = [...groups.filter((g) => g !== a && g !== b), place([...a.members, ...b.members], shown, z)];
  }
}
