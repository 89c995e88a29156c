// `npm run basemap [-- --osm FILE.osm.pbf]`: reads Natural Earth (world-atlas,
// data/basemap/naturalearth), the OpenStreetMap city detail (every .geojson of
// data/basemap/cities) and, with --osm, an .osm.pbf extract's city layers; writes public/data/basemap/.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { listFiles, packageFile, readJsonFile, readOsmExtract, writeFolderAtomically } from '../io/io.ts';
import { buildBasemap } from '../basemap/build.ts';
import type { CountryCodeSource } from '../basemap/world.ts';
import { osmCityDetail } from '../basemap/osm-extract.ts';
import { OSM_EXTRACT_FIX } from '../basemap/osm-pbf.ts';
import { BASEMAP_FILES } from '../contract/names.ts';
import { OutputWriteError, type OutputSpec } from '../io/output-folder.ts';
import { parseFlags } from './args.ts';

const OUT_DIR = 'public/data/basemap';
const COUNTRIES = packageFile('world-atlas/countries-110m.json');
const DETAIL_COUNTRIES = packageFile('world-atlas/countries-50m.json');
const COUNTRY_CODES = packageFile('world-countries/countries.json');
const RIVERS = 'data/basemap/naturalearth/ne_10m_rivers_scalerank0-6.geojson';
const CITIES = 'data/basemap/cities';

const recovered: string[] = [];
try {
  const { flags } = parseFlags(process.argv.slice(2), { osm: 'an OpenStreetMap extract, FILE.osm.pbf' });
  const osm = flags.osm;
  const OUTPUT: OutputSpec = {
    output: 'basemap',
    command: 'npm run basemap',
    files: Object.values(BASEMAP_FILES),
    inputs: [
      { path: COUNTRIES, what: 'world-atlas countries' },
      { path: DETAIL_COUNTRIES, what: 'world-atlas 1:50m countries' },
      { path: COUNTRY_CODES, what: 'world-countries codes' },
      { path: RIVERS, what: 'rivers file' },
      { path: CITIES, what: 'city detail folder' },
      ...(osm ? [{ path: osm, what: 'OpenStreetMap extract' }] : []),
    ],
  };
  const cities = (await Promise.all((await listFiles(CITIES, '.geojson')).map(readJsonFile))) as Array<
    FeatureCollection<Geometry | null>
  >;
  if (osm) cities.push(await osmCityDetail(osm, await readOsmExtract(osm, OSM_EXTRACT_FIX)));
  const files = buildBasemap({
    countries: (await readJsonFile(COUNTRIES)) as Topology,
    detailCountries: (await readJsonFile(DETAIL_COUNTRIES)) as Topology,
    countryCodes: (await readJsonFile(COUNTRY_CODES)) as CountryCodeSource[],
    rivers: (await readJsonFile(RIVERS)) as FeatureCollection<Geometry | null>,
    cities,
  });
  const report = (change: string) => {
    recovered.push(change);
    console.error(`basemap: ${change}`);
  };
  await writeFolderAtomically(OUT_DIR, files, OUTPUT, { report });
  for (const [name, text] of Object.entries(files))
    console.error(`basemap: ${OUT_DIR}/${name} ${(text.length / 1024).toFixed(0)} KB`);
} catch (error) {
  console.error(`basemap: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof OutputWriteError))
    console.error(
      recovered.length === 0
        ? 'basemap: nothing was written; the previous basemap is untouched.'
        : 'basemap: nothing new was written; the basemap is as the recovery above left it.',
    );
  process.exit(1);
}
