// The downloads of a corrected story: each mark the editor changed says so in its CSV row
// (`basis` "editor" and the change with its reason) and in its GeoJSON, as the pipeline wrote it.
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../geo/story/corrections/apply.ts';
import type { SiteFeature } from '../../../geo/contract/schema.ts';
import type { Story } from '../../../src/story/story.ts';
import { layerCsv, layerGeoJson } from '../../../src/share/export.ts';
import { fixtureStory } from '../fixture-story.ts';
import { parseCsv } from './parse-csv.ts';

const base = fixtureStory();
const [stop, flow] = [base.route.features[0]!.properties.to, base.flows.features[0]!.properties.partner];
const date = '2031-01-02';
// The app reads no sites.geojson: the sites as the places give them, for the stage to keep.
const sites = base.places.features
  .filter((f) => f.properties.role === 'site')
  .map(({ type, id, geometry, properties: p }): SiteFeature => ({
    type,
    id,
    geometry,
    properties: { id: p.id, name: p.name, kind: p.kind, city: '', order: p.order, dateClaims: [], evidence: [] },
  }));
const { story: corrected } = applyCorrections(
  { places: base.places.features, route: base.route.features, sites, flows: base.flows.features, meta: base.meta },
  [
    { what: `stop:${stop}`, change: { do: 'reject' }, reason: 'not part of this trip', date },
    { what: 'figure:x/none', change: { do: 'reject' }, reason: 'gone', date },
  ],
);
const story: Story = {
  meta: corrected.meta,
  places: { type: 'FeatureCollection', features: corrected.places },
  route: { type: 'FeatureCollection', features: corrected.route },
  flows: { type: 'FeatureCollection', features: corrected.flows },
};

describe('a corrected story’s downloads', () => {
  it('mark the place the editor took off the route, in the CSV and the GeoJSON', () => {
    const [header, ...rows] = parseCsv(layerCsv(story, 'places'));
    const row = rows.find((r) => r[header!.indexOf('id')] === stop)!;
    expect(row[header!.indexOf('basis')]).toBe('editor');
    expect(row[header!.indexOf('editor')]).toBe(`taken off the route by the editor: not part of this trip (${date})`);
    const others = rows.filter((r) => r !== row).map((r) => r[header!.indexOf('editor')]);
    expect(new Set(others)).toEqual(new Set(['']));
    expect(rows.map((r) => r[header!.indexOf('role')])).toEqual(
      base.places.features.map((f) => (f.id === stop ? 'mentioned' : f.properties.role)),
    );
    const geojson = JSON.parse(layerGeoJson(story, 'places')) as Story['places'];
    expect(geojson.features.find((f) => f.id === stop)!.properties.basis).toBe('editor');
  });

  it('give every flow a basis: stated unless the editor changed it', () => {
    const [header, ...rows] = parseCsv(layerCsv(story, 'flows'));
    expect(rows.find((r) => r[header!.indexOf('partner')] === flow)![header!.indexOf('basis')]).toBe('stated');
  });
});
