// `npm run basemap`: reads Natural Earth (world-atlas, data/basemap/naturalearth) and the
// OpenStreetMap city detail (every .geojson of data/basemap/cities), writes public/data/basemap/.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { listFiles, packageFile, readJsonFile, writeFolderAtomically } from '../io.ts';
import { buildBasemap } from '../basemap/build.ts';
import { BASEMAP_FILES } from '../contract/names.ts';
import { OutputWriteError, type OutputSpec } from '../output-folder.ts';

const OUT_DIR = 'public/data/basemap';
const COUNTRIES = packageFile('world-atlas/countries-110m.json');
const RIVERS = 'data/basemap/naturalearth/ne_10m_rivers_scalerank0-6.geojson';
const CITIES = 'data/basemap/cities';
const OUTPUT: OutputSpec = {
  output: 'basemap',
  files: Object.values(BASEMAP_FILES),
  inputs: [
    { path: COUNTRIES, what: 'world-atlas countries' },
    { path: RIVERS, what: 'rivers file' },
    { path: CITIES, what: 'city detail folder' },
  ],
};

try {
  const files = buildBasemap({
    countries: (await readJsonFile(COUNTRIES)) as Topology,
    rivers: (await readJsonFile(RIVERS)) as FeatureCollection<Geometry | null>,
    cities: (await Promise.all((await listFiles(CITIES, '.geojson')).map(readJsonFile))) as Array<
      FeatureCollection<Geometry | null>
    >,
  });
  await writeFolderAtomically(OUT_DIR, files, OUTPUT);
  for (const [name, text] of Object.entries(files))
    console.error(`basemap: ${OUT_DIR}/${name} ${(text.length / 1024).toFixed(0)} KB`);
} catch (error) {
  console.error(`basemap: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof OutputWriteError))
    console.error('basemap: nothing was written; the previous basemap is untouched.');
  process.exit(1);
}
