// `npm run geoparse -- FILE...` (or text on stdin): one JSON line per input with the
// places found, offsets in JavaScript string units into the text exactly as given, each
// with its usage (name, demonym, or inside an organisation's name) so a scorer keeps the
// usages its corpus annotates.
import { loadGazetteer, DEFAULTS } from '../build.ts';
import { MAX_ARTICLE_BYTES, readStdin, readUtf8AsGiven } from '../io/io.ts';
import { geoparse } from '../places/geoparse.ts';
import type { Gazetteer } from '../gazetteer/types.ts';

/** `warn` is told of each name found more often than one text may contribute (only the first are listed). */
export function geoparseLine(
  file: string,
  text: string,
  gazetteer: Gazetteer,
  warn: (message: string) => void = () => undefined,
): string {
  // A byte-order mark is no part of the text read, but offsets count it, as the text was given.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const parsed = geoparse(text.slice(bom), gazetteer);
  for (const { name, found, kept } of parsed.capped)
    warn(`${file}: “${name}” is named ${found} times; only the first ${kept} are listed`);
  const mentions = [...parsed.mentions, ...parsed.inOrganisations].sort((a, b) => a.start - b.start);
  const places = mentions.map((m) => ({
    start: m.start + bom,
    end: m.end + bom,
    text: m.text,
    name: m.entry.name,
    lat: m.entry.lat,
    lon: m.entry.lon,
    id: m.entry.id,
    confidence: m.confidence,
    usage: m.usage,
  }));
  return JSON.stringify({ file, places });
}

const files = process.argv.slice(2);
const warn = (message: string) => console.warn(`warning: ${message}`);
try {
  // Files only: an option would be read as a file name and reported missing, which hides the mistake.
  const option = files.find((f) => f.startsWith('-'));
  if (option !== undefined)
    throw new Error(
      `unknown option ${option}; geoparse takes only the files to read (or text on standard input). A file whose name starts with - is given as ./${option}`,
    );
  const gazetteer = await loadGazetteer(DEFAULTS.gazetteerDir);
  if (files.length === 0)
    process.stdout.write(`${geoparseLine('-', await readStdin(MAX_ARTICLE_BYTES), gazetteer, warn)}\n`);
  for (const file of files)
    process.stdout.write(`${geoparseLine(file, await readUtf8AsGiven(file, MAX_ARTICLE_BYTES), gazetteer, warn)}\n`);
} catch (error) {
  console.error(`geoparse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
