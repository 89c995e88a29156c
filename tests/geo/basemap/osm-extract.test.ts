// `npm run basemap -- --osm FILE.osm.pbf`: an OpenStreetMap extract the test writes itself becomes
// the city layers; what is not an extract is refused with the file named and what to do.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { osmCityDetail } from '../../../geo/basemap/osm-extract.ts';
import { selectCityDetail } from '../../../geo/basemap/city-detail.ts';
import { InputError } from '../../../geo/io/errors.ts';
import { writeOsmPbf, type TestNode } from './osm-writer.ts';
import { cliBundle } from '../../cli-bundles.ts';

/** A square of four nodes from `id`, `size` degrees wide, south-west corner at lon, lat. */
const square = (id: number, lon: number, lat: number, size: number): TestNode[] => [
  { id, lon, lat },
  { id: id + 1, lon: lon + size, lat },
  { id: id + 2, lon: lon + size, lat: lat + size },
  { id: id + 3, lon, lat: lat + size },
];
const ring = (id: number) => [id, id + 1, id + 2, id + 3, id];

const extract = writeOsmPbf(
  [
    { id: 1, lon: 105.85, lat: 21.03 },
    { id: 2, lon: 105.852, lat: 21.031, tags: { highway: 'traffic_signals' } },
    { id: 3, lon: 105.855, lat: 21.032 },
    ...square(10, 105.8, 21.0, 0.01),
    ...square(20, 105.9, 21.0, 0.02),
    ...square(30, 105.905, 21.005, 0.005),
    ...square(40, 105.7, 21.1, 0.01),
  ],
  [
    { id: 100, refs: [1, 2, 3], tags: { highway: 'secondary_link', name: 'Phố Tràng Thi', lanes: '2' } },
    { id: 101, refs: [1, 3], tags: { highway: 'footway', name: 'a path' } },
    { id: 102, refs: ring(10), tags: { natural: 'water', name: 'Hồ Thử', 'name:en': 'Test Lake' } },
    // The big lake is a multipolygon relation: two untagged outer halves and an island.
    { id: 103, refs: [20, 21, 22], tags: {} },
    { id: 104, refs: [22, 23, 20], tags: {} },
    { id: 105, refs: ring(30), tags: {} },
    { id: 106, refs: ring(40), tags: { leisure: 'park', name: 'Công viên' } },
    { id: 107, refs: [1, 3], tags: { waterway: 'river', name: 'Sông Thử' } },
    { id: 108, refs: [10, 12], tags: { aeroway: 'aerodrome', name: 'Sân bay' } },
    { id: 109, refs: [1, 999], tags: { building: 'yes' } },
  ],
  [
    {
      id: 200,
      tags: { type: 'multipolygon', natural: 'water', name: 'Hồ Lớn' },
      members: [
        { way: 103, role: 'outer' },
        { way: 104, role: 'outer' },
        { way: 105, role: 'inner' },
      ],
    },
  ],
);

describe('an OpenStreetMap extract as city layers', async () => {
  const city = selectCityDetail([await osmCityDetail('hanoi.osm.pbf', extract)]);
  const named = (name: string) => city.features.find((f) => f.properties?.name === name) as Feature;

  it('keeps roads by class with their names, and only class and name', () => {
    expect(named('Phố Tràng Thi').properties).toEqual({ layer: 'road', class: 'secondary', name: 'Phố Tràng Thi' });
    expect(named('Phố Tràng Thi').geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [105.85, 21.03],
        [105.852, 21.031],
        [105.855, 21.032],
      ],
    });
    expect(named('a path')).toBeUndefined();
  });

  it('draws a closed water way as a lake, and a multipolygon’s halves joined into one lake with its island', () => {
    expect(named('Hồ Thử').properties).toEqual({ layer: 'water', name: 'Hồ Thử', name_en: 'Test Lake' });
    expect(named('Hồ Thử').geometry.type).toBe('Polygon');
    const lake = named('Hồ Lớn').geometry;
    expect(lake.type).toBe('MultiPolygon');
    if (lake.type !== 'MultiPolygon') return;
    expect(lake.coordinates).toHaveLength(1);
    expect(lake.coordinates[0]).toHaveLength(2);
    expect(lake.coordinates[0]![0]).toHaveLength(5);
  });

  it('keeps rivers, parks and airports, and leaves out what the city view does not draw', () => {
    expect(named('Sông Thử')).toMatchObject({ geometry: { type: 'LineString' }, properties: { layer: 'water' } });
    expect(named('Công viên')).toMatchObject({ geometry: { type: 'Polygon' }, properties: { layer: 'park' } });
    expect(named('Sân bay').properties?.layer).toBe('aeroway');
    expect(city.features.map((f) => f.properties?.layer).sort()).toEqual(
      ['aeroway', 'park', 'road', 'water', 'water', 'water'].sort(),
    );
  });
});

describe('what is not an extract', () => {
  const refusal = async (bytes: Uint8Array) =>
    osmCityDetail('city.osm.pbf', bytes).then(
      () => null,
      (error: unknown) => error,
    );

  it.each([
    ['an empty file', new Uint8Array(0), /city\.osm\.pbf: is empty/],
    [
      'a text file',
      Buffer.from('<?xml version="1.0"?><osm></osm>'),
      /city\.osm\.pbf: is not a readable OpenStreetMap PBF file/,
    ],
    [
      'a cut-off extract',
      extract.subarray(0, extract.length - 9),
      /city\.osm\.pbf: is not a readable OpenStreetMap PBF file/,
    ],
    [
      'an extract with nothing the city view draws',
      writeOsmPbf([{ id: 1, lon: 0, lat: 0 }], []),
      /holds no roads, water/,
    ],
  ])('refuses %s, naming the file and where extracts come from', async (_, bytes, message) => {
    const error = await refusal(bytes);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Geofabrik, BBBike, or `osmium extract/);
  });

  it('a node outside the world is refused naming the extract, not the city layer it would break', async () => {
    const bytes = writeOsmPbf(
      [
        { id: 1, lon: 105.85, lat: 21.03 },
        { id: 2, lon: 105.86, lat: 95 },
      ],
      [{ id: 100, refs: [1, 2], tags: { highway: 'primary' } }],
    );
    const error = await osmCityDetail('far.osm.pbf', bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^far\.osm\.pbf: node 2 lies at longitude 105\.86, latitude 95, outside the world \(longitude -180\.\.180, latitude -90\.\.90\), so the extract is damaged\. Download or cut the extract again/,
    );
  });

  it('stops `npm run basemap -- --osm` on a missing file, naming it, and writes nothing', () => {
    const result = basemapCli(mkdtempSync(join(tmpdir(), 'dateline-osm-')), 'nowhere.osm.pbf');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nowhere\.osm\.pbf: file not found\. Download an \.osm\.pbf extract/);
    expect(result.stderr).toContain('nothing was written');
  });
});

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** As `npm run basemap` starts it: its bundle (built once per run, tests/cli-bundles.ts), in the project's folder. */
const basemapCli = (cwd: string, osm: string) =>
  spawnSync(process.execPath, [cliBundle('basemap'), '--osm', osm], { cwd, encoding: 'utf8' });

describe('npm run basemap -- --osm FILE.osm.pbf', () => {
  it('adds the extract’s layers to the city detail it writes', () => {
    const project = mkdtempSync(join(tmpdir(), 'dateline-osm-'));
    cpSync(join(ROOT, 'data', 'basemap'), join(project, 'data', 'basemap'), { recursive: true });
    writeFileSync(join(project, 'city.osm.pbf'), extract);
    const result = basemapCli(project, 'city.osm.pbf');
    expect(result.stderr).not.toMatch(/nothing was written/);
    expect(result.status).toBe(0);
    const city = JSON.parse(readFileSync(join(project, 'public/data/basemap/city.geojson'), 'utf8')) as {
      features: Feature[];
    };
    const names = city.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Phố Tràng Thi', 'Hồ Lớn', 'Sân bay']));
  }, 60_000);
});
