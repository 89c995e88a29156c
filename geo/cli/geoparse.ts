// `npm run geoparse -- FILE...` (or text on stdin): one JSON line per input with the
// places found, offsets in JavaScript string units into the text exactly as given.
import { loadGazetteer, DEFAULTS } from '../build.ts';
import { readUtf8, readStdin } from '../io.ts';
import { geoparse } from '../places/geoparse.ts';
import type { Gazetteer } from '../gazetteer/types.ts';

export function geoparseLine(file: string, text: string, gazetteer: Gazetteer): string {
  const places = geoparse(text, gazetteer).mentions.map((m) => ({
    start: m.start, end: m.end, text: m.text, name: m.entry.name, lat: m.entry.lat, lon: m.entry.lon, id: m.entry.id, confidence: m.confidence,
  }));
  return JSON.stringify({ file, places });
}

const files = process.argv.slice(2);
try {
  const gazetteer = await loadGazetteer(DEFAULTS.gazetteerDir);
  if (files.length === 0) process.stdout.write(`${geoparseLine('-', await readStdin(), gazetteer)}\n`);
  for (const file of files) process.stdout.write(`${geoparseLine(file, await readUtf8(file), gazetteer)}\n`);
} catch (error) {
  console.error(`geoparse: ${(error as Error).message}`);
  process.exit(1);
}
