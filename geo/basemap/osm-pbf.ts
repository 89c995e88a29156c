// The elements of an OpenStreetMap .osm.pbf extract, from its bytes (geo/io/io.ts reads them), by
// osm-pbf-parser-node: pure JavaScript on Node's zlib, block by block, so a pass over a city
// extract holds one block's elements at a time, not the whole file's.
import { OSMTransform } from 'osm-pbf-parser-node';
import { InputError } from '../io/errors.ts';

type Tags = Record<string, string>;
export type OsmNode = { type: 'node'; id: number; lat: number; lon: number; tags?: Tags };
export type OsmWay = { type: 'way'; id: number; refs: number[]; tags?: Tags };
export type OsmMember = { type: 'node' | 'way' | 'relation'; ref: number; role: string };
export type OsmRelation = { type: 'relation'; id: number; members: OsmMember[]; tags?: Tags };
export type OsmElement = OsmNode | OsmWay | OsmRelation;

export const OSM_EXTRACT_FIX =
  'Download an .osm.pbf extract of the city (Geofabrik, BBBike, or `osmium extract -b WEST,SOUTH,EAST,NORTH` from a larger one) and pass it whole';

const isElement = (item: object): item is OsmElement => 'type' in item;

/** Calls `visit` with every node, way and relation, in file order (nodes, then ways, then relations). */
export async function scanOsmPbf(file: string, bytes: Uint8Array, visit: (element: OsmElement) => void): Promise<void> {
  if (bytes.length === 0) throw new InputError(file, null, 'is empty, not an OpenStreetMap extract', OSM_EXTRACT_FIX);
  const stream = new OSMTransform({ withTags: true, withInfo: false });
  try {
    stream.end(bytes);
    for await (const batch of stream as AsyncIterable<object[]>)
      for (const item of batch) if (isElement(item)) visit(item);
  } catch (error) {
    // What `visit` found wrong is said as it is; anything else is the parser failing on the bytes.
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(file, null, `is not a readable OpenStreetMap PBF file (${reason})`, OSM_EXTRACT_FIX);
  }
}
