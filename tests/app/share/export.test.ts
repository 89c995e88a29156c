import { describe, expect, it } from 'vitest';
import {
  csvField,
  dataLicence,
  exportFileName,
  layerCsv,
  layerGeoJson,
  layers,
  toCsv,
} from '../../../src/share/export.ts';
import { parseCsv } from './parse-csv.ts';
import { fixtureStory } from '../fixture-story.ts';

const story = fixtureStory();
const outletOf = new Map(story.meta.articles.map((a) => [a.id, a.outlet]));

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [null, ''],
    [3.5, '3.5'],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    ['=HYPERLINK("https://evil.example/csv","click")', `"'=HYPERLINK(""https://evil.example/csv"",""click"")"`],
    ['+1+cmd', "'+1+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    [-33.45, '-33.45'],
  ])('keeps %j from running as a formula: %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('an outlet named like a formula reaches no cell of any export as one', () => {
    const hostile = '=HYPERLINK("https://evil.example/csv","click")';
    const poisoned = {
      ...story,
      meta: { ...story.meta, articles: story.meta.articles.map((a) => ({ ...a, outlet: hostile })) },
    };
    let cells = 0;
    for (const layer of layers) {
      const rows = parseCsv(layerCsv(poisoned, layer));
      const all = rows.flat();
      cells += all.filter((cell) => cell.includes('HYPERLINK')).length;
      // Numbers (a negative longitude) are written as numbers: a spreadsheet runs nothing in them.
      for (const cell of all.filter((c) => !/^-?\d+(?:\.\d+)?$/.test(c)))
        expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells).toBeGreaterThan(4);
  });

  it('ends every record, the last too, in CRLF and reads back to the same cells', () => {
    const table = { header: ['a', 'b'], rows: [['x,"y"', 'line\nbreak']] };
    const text = toCsv(table);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x,"y"', 'line\nbreak'],
    ]);
  });
});

describe.each(layers)('the %s export', (layer) => {
  const collection = story[layer];
  const rows = parseCsv(layerCsv(story, layer));
  const [header, ...records] = rows;
  const column = (name: string) => header!.indexOf(name);

  it('has one CSV row per GeoJSON feature, in the same order, each with its id', () => {
    expect(collection.features.length).toBeGreaterThan(0);
    expect(records.map((r) => r[column('id')])).toEqual(collection.features.map((f) => f.properties.id));
    for (const record of records) expect(record).toHaveLength(header!.length);
  });

  it('gives each row the outlets and every sentence behind its feature, and the licence', () => {
    collection.features.forEach((feature, i) => {
      const p = feature.properties;
      const items = 'excerpts' in p ? p.excerpts : 'order' in p ? p.evidence : [p.evidence];
      const record = records[i]!;
      for (const item of items) {
        expect(record[column('outlets')]).toContain(outletOf.get(item.article));
        expect(record[column('sentences')]).toContain(item.sentence);
      }
      expect(record[column('sentences')]!.split('\n')).toHaveLength(items.length);
      expect(record[column('licence')]).toBe(dataLicence);
    });
  });

  it('writes the GeoJSON as the pipeline did, with the licence as a foreign member', () => {
    const written = JSON.parse(layerGeoJson(story, layer));
    expect(written).toEqual({ type: 'FeatureCollection', licence: dataLicence, features: collection.features });
  });
});

describe('place rows', () => {
  it('carry the coordinates of the point, longitude first', () => {
    const [header, first] = parseCsv(layerCsv(story, 'places'));
    const place = story.places.features[0]!;
    expect(Number(first![header!.indexOf('lon')])).toBe(place.geometry.coordinates[0]);
    expect(Number(first![header!.indexOf('lat')])).toBe(place.geometry.coordinates[1]);
  });
});

describe('export file names', () => {
  it('are the title in plain letters, the layer and the format', () => {
    expect(exportFileName('Putin’s state visit to Việt Nam', 'route', 'csv')).toBe(
      'putin-s-state-visit-to-viet-nam-route.csv',
    );
    expect(exportFileName('“…”', 'map', 'png')).toBe('dateline-map.png');
  });
});
