// `npm run basemap`: reads Natural Earth (world-atlas, data/basemap/naturalearth) and the
// OpenStreetMap city detail (every .geojson of data/basemap/cities), writes public/data/basemap/.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { listFiles, packageFile, readJsonFile, writeFolderAtomically } from '../io.ts';
import { buildBasemap } from '../basemap/build.ts';

const OUT_DIR = 'public/data/basemap';

const files = buildBasemap({
  countries: (await readJsonFile(packageFile('world-atlas/countries-110m.json'))) as Topology,
  rivers: (await readJsonFile('data/basemap/naturalearth/ne_10m_rivers_scalerank0-6.geojson')) as FeatureCollection<Geometry | null>,
  cities: (await Promise.all((await listFiles('data/basemap/cities', '.geojson')).map(readJsonFile))) as Array<FeatureCollection<Geometry | null>>,
});
await writeFolderAtomically(OUT_DIR, files);
for (const [name, text] of Object.entries(files)) console.error(`basemap: ${OUT_DIR}/${name} ${(text.length / 1024).toFixed(0)} KB`);
