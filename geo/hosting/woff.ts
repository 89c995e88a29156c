// A WOFF 1.0 font back to the TrueType/OpenType file it wraps (each table zlib-compressed or as
// is): the image rasteriser reads only TTF/OTF, and the app's Noto Sans ships as WOFF.
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => view.getUint32(at + o)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    return { tag, checksum, data };
  });
  const headerLength = 12 + numTables * 16;
  const out = new Uint8Array(headerLength + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const sfnt = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(numTables));
  sfnt.setUint32(0, view.getUint32(4)); // the flavour: TrueType or CFF
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, 2 ** log2 * 16);
  sfnt.setUint16(8, log2);
  sfnt.setUint16(10, numTables * 16 - 2 ** log2 * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    sfnt.setUint32(record, t.tag);
    sfnt.setUint32(record + 4, t.checksum);
    sfnt.setUint32(record + 8, offset);
    sfnt.setUint32(record + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
