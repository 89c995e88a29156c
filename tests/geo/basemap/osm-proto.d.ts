// Types for the protobuf writers osm-pbf-parser-node ships (compiled by pbf from the OSM .proto
// files), which the tests use to write a tiny .osm.pbf of their own.
declare module 'osm-pbf-parser-node/proto/fileformat.js' {
  import type Pbf from 'pbf';
  export const Blob: { write(blob: { raw_size: number; zlib_data: Uint8Array }, pbf: Pbf): void };
  export const BlobHeader: { write(header: { type: string; datasize: number }, pbf: Pbf): void };
}
declare module 'osm-pbf-parser-node/proto/osmformat.js' {
  import type Pbf from 'pbf';
  export const HeaderBlock: { write(header: { required_features: string[] }, pbf: Pbf): void };
  export const PrimitiveBlock: { write(block: object, pbf: Pbf): void };
}
