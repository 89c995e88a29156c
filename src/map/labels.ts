// Where each place's label goes, decided from where the map draws every mark in the current view,
// so a label is always nearer its own mark than any other. MapLibre's variable anchors put a label
// on whichever side is free, which can be beside a neighbour's dot; here the side is chosen for the
// view. Marks of one kind too close to label apart share one label ("A" over "B") on the outer side
// of the group; a label that cannot be honest in the view is not drawn. Planned from projected
// positions, not from a zoom number: on the globe the scale follows the centre's latitude and the
// rim is foreshortened, which no plan made per zoom level can know.
import type { PlaceRole } from '../../geo/contract/schema';
import { radius, stroke, textSize, zoomBand } from './tokens.ts';

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

/**
 * The size and zooms each role's mark and label are drawn at, from the tokens the layers use. The
 * world's marks at every zoom: a story that spans the globe is framed below zoom 0 on a small map.
 */
const drawn = (role: PlaceRole) =>
  role === 'site'
    ? { from: zoomBand.sites.minzoom, labelFrom: zoomBand.siteLabels.minzoom, size: textSize.label }
    : { from: -Infinity, labelFrom: -Infinity, size: role === 'stop' ? textSize.stopLabel : textSize.smallLabel };

/** The size a label layer's offsets are in ems of (`placedLabel`): the layer's smallest text. */
export const offsetSize = (role: PlaceRole): number => (role === 'site' ? textSize.label : textSize.smallLabel);

/** A place's mark where the map draws it now, in screen pixels (y down). */
export type ScreenMark = { id: string; name: string; role: PlaceRole; x: number; y: number };
type Mark = ScreenMark & ReturnType<typeof drawn>;
type Placement = { lead: Mark; members: Mark[]; anchor: Anchor; margin: number; inside: boolean; clear: boolean };
/** A point of the story's route or flows where the map draws it (screen px). */
export type LinePoint = readonly [number, number];
/**
 * Where one place's label goes: its text ('' for none), its side, the ids of the marks it names,
 * and whether its mark is crowded out of this view (a place only mentioned, drawn over by a larger mark).
 */
export type LabelPlacement = { label: string; anchor: Anchor; marks: string; crowded: boolean };

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

/** Pixels from one mark to another, as drawn. */
const pixels = (from: Mark, to: Mark): [number, number] => [to.x - from.x, to.y - from.y];

/** Where a label's text lies on screen beside its lead mark: its near corner (the offset) and its size. */
function textRect(lead: Mark, members: Mark[], anchor: Anchor) {
  const [, sx, sy] = sides.find(([a]) => a === anchor)!;
  const { width, height } = labelBox(members.map((m) => m.name).join('\n'), lead.size);
  const [ox, oy] = labelOffset(anchor, offsetSize(lead.role)).map((v) => v * lead.size) as [number, number];
  return { sx, sy, ox, oy, width, height };
}

/** How much nearer its own marks than any other a label is (px, at its worst probe); negative when it lies. */
function marginOf(lead: Mark, members: Mark[], all: Mark[], anchor: Anchor): number {
  // A mark under the label's own (the Kremlin under Moscow) cannot be told from it: it is no rival.
  const others = all.filter((m) => Math.hypot(...pixels(lead, m)) > labelCovers);
  const { sx, sy, ox, oy, width, height } = textRect(lead, members, anchor);
  const probes = [
    [ox, oy],
    [ox + (sx * width) / 2, oy + (sy * height) / 2],
  ];
  const nearest = (marks: Mark[], [px, py]: number[]) =>
    Math.min(...marks.map((m) => pixels(lead, m)).map(([x, y]) => Math.hypot(x - px!, y - py!)));
  return Math.min(...probes.map((p) => (others.length ? nearest(others, p) : Infinity) - nearest(members, p)));
}

/** What a label should keep clear of: points of the story's lines, and the map's edges (screen px). */
export type View = { lines?: readonly LinePoint[]; size?: { width: number; height: number } };

/** Whether the label's text would lie inside the map, and clear of the story's lines there. */
function fitOf(
  lead: Mark,
  members: Mark[],
  anchor: Anchor,
  { lines = [], size }: View,
): { inside: boolean; clear: boolean } {
  const { sx, sy, ox, oy, width, height } = textRect(lead, members, anchor);
  // The text runs from the offset its anchor's way, or is centred on it where the anchor is 0 that way.
  const x0 = lead.x + ox - (sx === 1 ? 0 : sx === -1 ? width : width / 2);
  const y0 = lead.y + oy - (sy === 1 ? 0 : sy === -1 ? height : height / 2);
  const inside = !size || (x0 >= 0 && y0 >= 0 && x0 + width <= size.width && y0 + height <= size.height);
  return {
    inside,
    clear: inside && !lines.some(([x, y]) => x >= x0 && x <= x0 + width && y >= y0 && y <= y0 + height),
  };
}

/**
 * Inside the map before cut by its edge (a name half off the screen names nothing: a stop at a
 * phone's edge); then honest before not; then clear of the story's lines; then the larger margin.
 */
const better = (a: Placement, b: Placement) =>
  Number(a.inside) - Number(b.inside) ||
  Number(a.margin >= honest) - Number(b.margin >= honest) ||
  Number(a.clear) - Number(b.clear) ||
  a.margin - b.margin;

function place(members: Mark[], marks: Mark[], view: View): Placement {
  const others = marks.filter((m) => !members.includes(m));
  let best: Placement | null = null;
  for (const [anchor, sx, sy] of sides) {
    // The label goes on the member furthest its way, so it lies outside the group.
    const reach = (m: Mark) => m.x * sx + m.y * sy;
    const lead = members.reduce((a, b) => (reach(b) > reach(a) ? b : a));
    const { inside, clear } = fitOf(lead, members, anchor, view);
    const margin = marginOf(lead, members, others, anchor);
    // A place only mentioned is not named over a route or a flow (the story's lines matter more), nor cut by the edge.
    const candidate = {
      lead,
      members,
      anchor,
      inside,
      clear,
      margin: clear || lead.role !== 'mentioned' ? margin : -1,
    };
    if (!best || better(candidate, best) > 0) best = candidate;
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

/**
 * Where each place's label goes in the view the marks were projected from, at map zoom `zoom`
 * (which marks are drawn and labelled there). Planned from where the map draws the marks, so the
 * globe's scale and foreshortening are what the reader sees. Labels keep clear of the `view`'s lines
 * (points of the route and flows as drawn) and inside its size where they can.
 */
export function planLabels(screen: readonly ScreenMark[], zoom: number, view: View = {}): Map<string, LabelPlacement> {
  const marks: Mark[] = screen.map((m) => ({ ...m, ...drawn(m.role) }));
  const plan = new Map<string, LabelPlacement>(
    marks.map((m) => [m.id, { label: '', anchor: 'left', marks: m.id, crowded: false }]),
  );
  const drawnNow = marks.filter((m) => m.from <= zoom);
  const overlapping = drawnNow.filter((m) => crowdedOut(m, drawnNow));
  const crowded = [
    ...overlapping,
    ...besideStops(
      drawnNow.filter((m) => !overlapping.includes(m)),
      zoom,
      view,
    ),
  ];
  for (const m of crowded) plan.get(m.id)!.crowded = true;
  const shown = drawnNow.filter((m) => !crowded.includes(m));
  for (const role of new Set(shown.map((m) => m.role))) {
    const labelled = shown.filter((m) => m.role === role && m.labelFrom <= zoom);
    // Places only mentioned are named one by one: a stack of their names under a cluster of dots reads as none.
    for (const p of groupsOf(labelled, shown, view, role === 'mentioned' ? 1 : largestGroup)) {
      if (p.margin < honest) continue;
      const members = [...p.members].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
      for (const m of members) plan.get(m.id)!.marks = members.map((n) => n.id).join(' ');
      Object.assign(plan.get(p.lead.id)!, { label: members.map((n) => n.name).join('\n'), anchor: p.anchor });
    }
  }
  return plan;
}

/**
 * A place only mentioned whose dot would overlap a stop's, a site's or a partner's is left out of
 * the view, as a map generalises: half hidden under the larger mark it could not be told apart, and
 * its neighbour could not be labelled honestly beside it. It is drawn again once zoomed apart.
 */
function crowdedOut(mark: Mark, shown: readonly Mark[]): boolean {
  if (mark.role !== 'mentioned') return false;
  return shown.some(
    (m) => m.role !== 'mentioned' && Math.hypot(...pixels(mark, m)) < radius[m.role] + radius.mentioned,
  );
}

/**
 * The places only mentioned that keep a stop from being named in this view: a stop's name matters
 * more than theirs, so where no side of the stop is honest with them drawn, the ones its best side
 * would lie about leave the view (as a dot under a larger mark does) and come back once zoomed apart.
 */
function besideStops(shown: Mark[], zoom: number, view: View): Mark[] {
  const out = new Set<Mark>();
  for (const stop of shown.filter((m) => m.role === 'stop' && m.labelFrom <= zoom)) {
    const rivals = shown.filter((m) => !out.has(m));
    if (place([stop], rivals, view).margin >= honest) continue;
    const { lead, anchor, margin } = place(
      [stop],
      rivals.filter((m) => m.role !== 'mentioned'),
      view,
    );
    if (margin < honest) continue;
    for (const m of rivals) if (m.role === 'mentioned' && marginOf(lead, [stop], [m], anchor) < honest) out.add(m);
  }
  return [...out];
}

/** Labels one by one; a label too close to call joins its nearest neighbour's, worst first, until none can. */
function groupsOf(labelled: Mark[], shown: Mark[], view: View, most = largestGroup): Placement[] {
  let groups = labelled.map((m) => place([m], shown, view));
  for (;;) {
    const gap = (a: Placement, b: Placement) =>
      Math.min(...a.members.flatMap((m) => b.members.map((n) => Math.hypot(...pixels(m, n)))));
    const merge = groups
      .filter((g) => g.margin < honest)
      .sort((a, b) => a.margin - b.margin)
      .map((g) => {
        const near = groups.filter((h) => h !== g && g.members.length + h.members.length <= most);
        const to = near.sort((a, b) => gap(g, a) - gap(g, b))[0];
        return to && gap(g, to) < groupReach ? ([g, to] as const) : null;
      })
      .find((pair) => pair !== null);
    if (!merge) return groups;
    const [a, b] = merge;
    groups = [...groups.filter((g) => g !== a && g !== b), place([...a.members, ...b.members], shown, view)];
  }
}
