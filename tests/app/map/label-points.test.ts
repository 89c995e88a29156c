// @vitest-environment jsdom
// One label point per line, carrying what its label reads: a leg's date as the reader writes dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RouteCollection } from '../../../geo/contract/schema.ts';
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
});
