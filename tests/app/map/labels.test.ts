// Where place labels go (src/map/labels.ts): on a side planned for the view from where the marks
// are drawn, never on a neighbour's, shared by marks too close to label apart, on invented marks.
import { describe, expect, it } from 'vitest';
import type { PlaceRole } from '../../../geo/contract/schema.ts';
import { planLabels, type ScreenMark } from '../../../src/map/labels.ts';
import { zoomBand } from '../../../src/map/tokens.ts';

/** A mark where the map draws it, in screen pixels. */
const mark = (id: string, role: PlaceRole, x: number, y: number): ScreenMark => ({
  id,
  name: `Place ${id}`,
  role,
  x,
  y,
});

const cityZoom = zoomBand.siteLabels.minzoom + 1;
// Two sites 120 px apart, a third further off: a city view, somewhere nothing of a story is.
const west = mark('west', 'site', 400, 300);
const east = mark('east', 'site', 520, 300);
const far = mark('far', 'site', 700, 420);

describe('label placement', () => {
  it('puts two close marks’ labels on their outer sides once they are apart, never swapped', () => {
    const plan = planLabels([west, east, far], cityZoom);
    expect(plan.get('west')!.anchor).toMatch(/right$/);
    expect(plan.get('east')!.anchor).toMatch(/left$/);
    expect([plan.get('west')!.label, plan.get('east')!.label]).toEqual(['Place west', 'Place east']);
  });

  it('gives marks too close to label apart one shared label naming both, and says which marks it names', () => {
    const near = mark('near', 'site', 406, 300);
    const plan = planLabels([west, near, far], cityZoom);
    const labels = [plan.get('west')!, plan.get('near')!].map((p) => p.label);
    expect(labels.filter((l) => l !== '')).toEqual(['Place west\nPlace near']);
    expect(plan.get('west')!.marks).toBe('west near');
    expect(plan.get('near')!.marks).toBe('west near');
    expect(plan.get('far')!.label).toBe('Place far');
  });

  it('names the stops of a story framed below zoom 0, as a globe-spanning story is on a small map', () => {
    const stops = [mark('a', 'stop', 100, 200), mark('b', 'stop', 300, 260)];
    const plan = planLabels(stops, -0.4);
    expect([...plan.values()].map((p) => p.label)).toEqual(['Place a', 'Place b']);
  });

  it('draws no site label below the zoom the sites are labelled from', () => {
    const plan = planLabels([west, east, far], zoomBand.siteLabels.minzoom - 1);
    expect([...plan.values()].map((p) => p.label)).toEqual(['', '', '']);
  });

  it('labels a lone mark on its right, and a stop over a place drawn under it still', () => {
    const plan = planLabels([mark('city', 'stop', 300, 200), mark('inside', 'mentioned', 300.5, 200)], 3);
    expect(plan.get('city')!.anchor).toBe('left');
    expect(plan.get('city')!.label).toBe('Place city');
  });

  const ring = (role: PlaceRole) =>
    Array.from({ length: 8 }, (_, i) =>
      mark(`ring${i}`, role, 300 + 14 * Math.cos((i * Math.PI) / 4), 200 + 14 * Math.sin((i * Math.PI) / 4)),
    );

  it('draws no label for a mark whose every side lies nearer another mark', () => {
    const plan = planLabels([mark('centre', 'stop', 300, 200), ...ring('partner')], 3);
    expect(plan.get('centre')!.label).toBe('');
  });

  it('names a stop ringed by places only mentioned, leaving out of the view those its name would lie about', () => {
    const plan = planLabels([mark('centre', 'stop', 300, 200), ...ring('mentioned')], 3);
    expect(plan.get('centre')!.label).toBe('Place centre');
    const out = ring('mentioned').filter((m) => plan.get(m.id)!.crowded);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(8);
  });

  it('names places only mentioned one by one, never stacked under one label', () => {
    const plan = planLabels([mark('a', 'mentioned', 300, 200), mark('b', 'mentioned', 306, 204)], 3);
    expect([...plan.values()].filter((p) => p.label.includes('\n'))).toEqual([]);
  });

  it('plans from where the marks are drawn: the same places further apart on screen are labelled apart', () => {
    const squeezed = planLabels([mark('a', 'stop', 300, 200), mark('b', 'stop', 306, 200)], 3);
    const spread = planLabels([mark('a', 'stop', 300, 200), mark('b', 'stop', 420, 200)], 3);
    expect([squeezed.get('a')!.label, squeezed.get('b')!.label].filter(Boolean)).toEqual(['Place a\nPlace b']);
    expect([spread.get('a')!.label, spread.get('b')!.label]).toEqual(['Place a', 'Place b']);
  });

  it('leaves a place only mentioned out of the view while its dot overlaps a stop, and labels the stop', () => {
    const stop = mark('capital', 'stop', 300, 200);
    const plan = planLabels([stop, mark('country', 'mentioned', 306, 196)], 3);
    expect(plan.get('country')!.crowded).toBe(true);
    expect(plan.get('capital')!.label).toBe('Place capital');
    const apart = planLabels([stop, mark('country', 'mentioned', 340, 170)], 3);
    expect(apart.get('country')!.crowded).toBe(false);
    expect(apart.get('country')!.label).toBe('Place country');
  });

  it('puts a label on a side clear of the story’s lines, and names no place only mentioned over one', () => {
    // A flow running east from the mark, where its first-choice label (on its right) would lie.
    const flow = Array.from({ length: 60 }, (_, i) => [300 + i * 4, 200] as const);
    const stop = planLabels([mark('city', 'stop', 300, 200)], 3, { lines: flow });
    expect(stop.get('city')!.label).toBe('Place city');
    expect(stop.get('city')!.anchor).not.toMatch(/left$/);
    // A grid of lines all around: a place only mentioned is left unnamed, a stop still named.
    const grid = Array.from({ length: 61 * 61 }, (_, i) => [180 + (i % 61) * 4, 80 + Math.floor(i / 61) * 4] as const);
    expect(planLabels([mark('aside', 'mentioned', 300, 200)], 3, { lines: grid }).get('aside')!.label).toBe('');
    expect(planLabels([mark('city', 'stop', 300, 200)], 3, { lines: grid }).get('city')!.label).toBe('Place city');
  });

  it('keeps a label inside the map: a mark near the right edge is named on its left', () => {
    const size = { width: 400, height: 300 };
    const plan = planLabels([mark('edge', 'site', 390, 150)], cityZoom, { size });
    expect(plan.get('edge')!.label).toBe('Place edge');
    expect(plan.get('edge')!.anchor).toMatch(/right$/);
  });

  it('is the same plan whatever order the places come in', () => {
    const a = planLabels([west, east, far], cityZoom);
    const b = planLabels([far, east, west], cityZoom);
    for (const id of ['west', 'east', 'far']) expect(b.get(id)).toEqual(a.get(id));
  });
});

describe('a label at the edge of the map', () => {
  it('names a stop at the right edge of a phone, among places only mentioned, inside the map rather than cut off on its free side', () => {
    const edge = mark('edge', 'stop', 372, 400);
    const crowd = [
      mark('a', 'mentioned', 326, 400),
      mark('b', 'mentioned', 372, 362),
      mark('c', 'mentioned', 372, 438),
    ];
    const plan = planLabels([edge, ...crowd], zoomBand.siteLabels.minzoom - 3, { size: { width: 390, height: 844 } });
    const placed = plan.get('edge')!;
    expect(placed.label).toContain('Place edge');
    // 'left', 'top-left', 'bottom-left': the text runs to the right of the mark, off the screen.
    expect(placed.anchor).not.toMatch(/left$/);
  });
});
