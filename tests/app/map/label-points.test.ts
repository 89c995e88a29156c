// @vitest-environment jsdom
// One label point per line, carrying what its label reads: a leg's date as the reader writes dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FlowCollection, RouteCollection } from '../../../geo/contract/schema.ts';
import { formatDateValue } from '../../../src/story/dates.ts';
import { labelPoints } from '../../../src/map/style.ts';

const route = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story', 'route.geojson'), 'utf8'),
) as RouteCollection;

describe('label points', () => {
  it('put one point per leg at its labelAt, with its date written for the reader', () => {
    // The app's own label points are always a collection, never a URL.
    const points = (labelPoints(route) as FeatureCollection<Point>).features;
    expect(points).toHaveLength(route.features.length);
    points.forEach((point, i) => {
      const leg = route.features[i]!.properties;
      expect(point.geometry).toEqual({ type: 'Point', coordinates: leg.labelAt });
      const dateText = (point.properties as { dateText?: string } | null)?.dateText;
      expect(dateText).toBe(leg.date === null ? undefined : formatDateValue(leg.date));
      if (leg.date) expect(dateText).not.toBe(leg.date);
    });
  });

  it('read toward the lines’ middle, so a label at the edge of a frame stays whole, across ±180° too', () => {
    // Invented legs: west to east across the date line, 160°E → 170°W → 140°W; labels at their middles.
    const leg = (id: string, from: number, to: number, at: number): RouteCollection['features'][number] => ({
      ...route.features[0]!,
      id,
      properties: { ...route.features[0]!.properties, id, labelAt: [at, 0] },
      geometry: {
        type: 'LineString',
        coordinates: [
          [from, 0],
          [to, 0],
        ],
      },
    });
    const legs = { ...route, features: [leg('a', 160, -170, 175), leg('b', -170, -140, -155)] };
    const sides = (labelPoints(legs) as FeatureCollection<Point>).features.map((p) => p.properties?.inward);
    // The middle of 160°E, 170°W and 140°W is near 170°W: the first label reads east, the second west.
    expect(sides).toEqual(['east', 'west']);
  });

  it('give flows’ labels their side from the flows’ own ends', () => {
    const flows = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story', 'flows.geojson'), 'utf8'),
    ) as FlowCollection;
    const points = (labelPoints(flows) as FeatureCollection<Point>).features;
    for (const p of points) expect(['east', 'west']).toContain(p.properties?.inward);
  });
});
