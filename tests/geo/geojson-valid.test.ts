// Every GeoJSON file the build writes follows RFC 7946: the basemap, the default story and
// the second story, each built into a scratch folder. Each rule also has a fixture that breaks it.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBasemap, type BasemapInputs } from '../../geo/basemap/build.ts';
import type { CountryCodeSource } from '../../geo/basemap/world.ts';
import { buildStory } from '../../geo/build.ts';
import { listFiles, packageFile, readJsonFile } from '../../geo/io/io.ts';
import { geojsonProblems } from '../../geo/geometry/rfc7946.ts';
import { GAZETTEER_DIR, STORY_TWO_GAZETTEER_DIR } from './gazetteer.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STORY_TWO = join(ROOT, 'tests', 'fixtures', 'story-two');

/** The basemap's inputs, read as `npm run basemap` reads them. */
async function basemapInputs(): Promise<BasemapInputs> {
  const cityFiles = await listFiles(join(ROOT, 'data', 'basemap', 'cities'), '.geojson');
  return {
    countries: (await readJsonFile(packageFile('world-atlas/countries-110m.json'))) as Topology,
    detailCountries: (await readJsonFile(packageFile('world-atlas/countries-50m.json'))) as Topology,
    countryCodes: (await readJsonFile(packageFile('world-countries/countries.json'))) as CountryCodeSource[],
    rivers: (await readJsonFile(
      join(ROOT, 'data', 'basemap', 'naturalearth', 'ne_10m_rivers_scalerank0-6.geojson'),
    )) as FeatureCollection<Geometry | null>,
    cities: (await Promise.all(cityFiles.map(readJsonFile))) as Array<FeatureCollection<Geometry | null>>,
  };
}

/** Builds a story into a fresh scratch folder and returns its GeoJSON files by name. */
async function storyOutputs(
  articlesDir: string,
  settingsFile: string,
  storyGazetteerDir?: string,
): Promise<Record<string, string>> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'dateline-rfc7946-')), 'story');
  await buildStory({ articlesDir, settingsFile, gazetteerDir: GAZETTEER_DIR, storyGazetteerDir, outDir });
  const names = readdirSync(outDir).filter((name) => name.endsWith('.geojson'));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(outDir, name), 'utf8')]));
}

describe('every GeoJSON file the build writes follows RFC 7946', async () => {
  const outputs: Array<[string, string]> = [];
  const basemap = buildBasemap(await basemapInputs());
  for (const [name, text] of Object.entries(basemap)) outputs.push([`basemap/${name}`, text]);
  const stories = {
    'default story': await storyOutputs(join(ROOT, 'data', 'articles'), join(ROOT, 'data', 'story.json')),
    'story-two': await storyOutputs(
      join(STORY_TWO, 'articles'),
      join(STORY_TWO, 'story.json'),
      STORY_TWO_GAZETTEER_DIR,
    ),
  };
  for (const [story, files] of Object.entries(stories))
    for (const [name, text] of Object.entries(files)) outputs.push([`${story}/${name}`, text]);

  it('checks the six basemap files and the four GeoJSON files of each story', () => {
    expect(outputs.map(([name]) => name).sort()).toEqual(
      [
        'basemap/borders.geojson',
        'basemap/city-extents.geojson',
        'basemap/city.geojson',
        'basemap/countries.geojson',
        'basemap/country-labels.geojson',
        'basemap/rivers.geojson',
        ...['default story', 'story-two'].flatMap((s) =>
          ['flows', 'places', 'route', 'sites'].map((f) => `${s}/${f}.geojson`),
        ),
      ].sort(),
    );
  });

  it.each(outputs)('%s has no problem', (_, text) => {
    expect(geojsonProblems(JSON.parse(text))).toEqual([]);
  });
});

const square = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
const CCW = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const CW = [...CCW].reverse();
const HOLE_CW = [
  [2, 2],
  [2, 8],
  [8, 8],
  [8, 2],
  [2, 2],
];

describe('geojsonProblems', () => {
  it('finds nothing wrong in a valid collection of every geometry type', () => {
    const valid = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 1,
          geometry: { type: 'Point', coordinates: [105.85416, 21.02451] },
          properties: { name: 'a' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [0, 0],
              [1, 1, 20],
            ],
          },
          properties: null,
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [170, 0],
                [180, 5],
              ],
              [
                [-180, 5],
                [-170, 10],
              ],
            ],
          },
          properties: {},
        },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [CCW, HOLE_CW] }, properties: {} },
        { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [square(CCW)] }, properties: {} },
        { type: 'Feature', geometry: null, properties: {} },
      ],
    };
    expect(geojsonProblems(valid)).toEqual([]);
  });

  it.each([
    ['a document that is not an object', [], /not a JSON object/],
    ['a collection without a features array', { type: 'FeatureCollection' }, /features: expected an array/],
    ['an unknown geometry type', { type: 'Circle', coordinates: [0, 0] }, /unknown geometry type "Circle"/],
    ['a feature without properties', { type: 'Feature', geometry: null }, /properties must be an object or null/],
    ['a feature without a geometry member', { type: 'Feature', properties: {} }, /needs a geometry member/],
    [
      'a feature id that is neither string nor number',
      { type: 'Feature', id: true, geometry: null, properties: {} },
      /id must be a string or a number/,
    ],
    ['a position with one number', { type: 'Point', coordinates: [10] }, /a position is \[longitude, latitude\]/],
    [
      'a position that is not numbers',
      { type: 'Point', coordinates: ['10', 20] },
      /a position is \[longitude, latitude\]/,
    ],
    ['a longitude beyond 180', { type: 'Point', coordinates: [180.5, 0] }, /longitude 180\.5 is outside -180\.\.180/],
    [
      'a latitude beyond 90 (lat and lon swapped)',
      { type: 'Point', coordinates: [21, 105.8] },
      /latitude 105\.8 is outside -90\.\.90/,
    ],
    ['more than 6 decimals', { type: 'Point', coordinates: [105.1234567, 21] }, /more than 6 decimals/],
    [
      'a LineString of one position',
      { type: 'LineString', coordinates: [[0, 0]] },
      /has 1 positions, needs at least 2/,
    ],
    [
      'a line that jumps across the antimeridian',
      {
        type: 'LineString',
        coordinates: [
          [170, 0],
          [-170, 10],
        ],
      },
      /coordinates\[1\]: the segment from \[170,0\] jumps over 180°/,
    ],
    [
      'a ring that jumps across the antimeridian',
      square([
        [170, 0],
        [-170, 0],
        [-170, 10],
        [170, 10],
        [170, 0],
      ]),
      /jumps over 180° of longitude/,
    ],
    [
      'a ring that is not closed',
      square([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
      /coordinates\[0\]: the ring is not closed/,
    ],
    [
      'a ring of three positions',
      square([
        [0, 0],
        [10, 0],
        [0, 0],
      ]),
      /has 3 positions, needs at least 4/,
    ],
    [
      'a ring with no area',
      square([
        [0, 0],
        [5, 0],
        [10, 0],
        [0, 0],
      ]),
      /encloses no area/,
    ],
    ['a clockwise exterior ring', square(CW), /coordinates\[0\]: the exterior ring runs clockwise/],
    [
      'a counter-clockwise hole',
      { type: 'Polygon', coordinates: [CCW, [...HOLE_CW].reverse()] },
      /coordinates\[1\]: the hole runs counter-clockwise/,
    ],
    [
      'a clockwise ring inside a MultiPolygon',
      { type: 'MultiPolygon', coordinates: [[CCW], [CW]] },
      /coordinates\[1\]\[0\]: the exterior ring runs clockwise/,
    ],
  ])('reports %s', (_, geojson, pattern) => {
    const problems = geojsonProblems(geojson);
    expect(
      problems.some((p) => pattern.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('names the feature where a problem is', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(CCW), properties: {} },
        { type: 'Feature', geometry: square(CW), properties: {} },
      ],
    };
    expect(geojsonProblems(collection)).toEqual([
      'features[1].geometry.coordinates[0]: the exterior ring runs clockwise; RFC 7946 wants it counter-clockwise',
    ]);
  });
});
