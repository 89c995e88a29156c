// A tiny .osm.pbf writer for the tests: nodes, ways and relations with tags, encoded with the
// protobuf writers of the reader's own package, so the reader is tested on real PBF framing.
import Pbf from 'pbf';
import { deflateSync } from 'node:zlib';
import { Blob, BlobHeader } from 'osm-pbf-parser-node/proto/fileformat.js';
import { HeaderBlock, PrimitiveBlock } from 'osm-pbf-parser-node/proto/osmformat.js';

type Tags = Record<string, string>;
export type TestNode = { id: number; lon: number; lat: number; tags?: Tags };
export type TestWay = { id: number; refs: number[]; tags: Tags };
export type TestRelation = { id: number; tags: Tags; members: Array<{ way: number; role: string }> };

const encode = (write: (value: never, pbf: Pbf) => void, value: object) => {
  const pbf = new Pbf();
  (write as (value: object, pbf: Pbf) => void)(value, pbf);
  return pbf.finish();
};

/** One file block: its header's length, the header, the zlib-compressed blob. */
function fileBlock(type: 'OSMHeader' | 'OSMData', message: Uint8Array): Buffer {
  const blob = encode(Blob.write, { raw_size: message.length, zlib_data: deflateSync(message) });
  const header = encode(BlobHeader.write, { type, datasize: blob.length });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, blob]);
}

/** Each value after the first as the difference from the one before, as PBF stores ids and coordinates. */
const deltas = (values: number[]) => values.map((v, i) => v - (i ? values[i - 1]! : 0));

export function writeOsmPbf(nodes: TestNode[], ways: TestWay[], relations: TestRelation[] = []): Buffer {
  const strings = [''];
  const sid = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const tagIds = (tags: Tags) => ({ keys: Object.keys(tags).map(sid), vals: Object.values(tags).map(sid) });
  const dense = {
    id: deltas(nodes.map((n) => n.id)),
    lat: deltas(nodes.map((n) => Math.round(n.lat * 1e7))),
    lon: deltas(nodes.map((n) => Math.round(n.lon * 1e7))),
    keys_vals: nodes.flatMap((n) => [...Object.entries(n.tags ?? {}).flatMap(([k, v]) => [sid(k), sid(v)]), 0]),
  };
  const groups: object[] = [];
  if (nodes.length) groups.push({ dense });
  if (ways.length) groups.push({ ways: ways.map((w) => ({ id: w.id, ...tagIds(w.tags), refs: deltas(w.refs) })) });
  if (relations.length)
    groups.push({
      relations: relations.map((r) => ({
        id: r.id,
        ...tagIds(r.tags),
        roles_sid: r.members.map((m) => sid(m.role)),
        memids: deltas(r.members.map((m) => m.way)),
        types: r.members.map(() => 1),
      })),
    });
  const block = encode(PrimitiveBlock.write, {
    stringtable: { s: strings.map((s) => Buffer.from(s)) },
    primitivegroup: groups,
  });
  const header = encode(HeaderBlock.write, { required_features: ['OsmSchema-V0.6', 'DenseNodes'] });
  return Buffer.concat([fileBlock('OSMHeader', header), fileBlock('OSMData', block)]);
}
