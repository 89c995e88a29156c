// What RFC 7946 asks of a GeoJSON document, as a list of problems (empty when valid). The
// basemap build refuses to write a file with any; the tests run it over every file the build writes.
// Winding and the antimeridian are judged on the lon/lat plane, where the pipeline draws and cuts.

type Position = number[];

/** The signed area of a ring on the lon/lat plane (shoelace): positive when it runs counter-clockwise. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax = 0, ay = 0] = ring[i] as Position;
    const [bx = 0, by = 0] = ring[i + 1] as Position;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

/** The build rounds to at most 6 decimals (RFC 7946 §11.2: ~10 cm is precise enough). */
const MAX_DECIMALS = 6;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const roundedEnough = (x: number) => Number(x.toFixed(MAX_DECIMALS)) === x;

function positionProblems(p: unknown, at: string): string[] {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    p.length > 3 ||
    !p.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    return [`${at}: a position is [longitude, latitude] (or with an altitude), not ${JSON.stringify(p)}`];
  }
  const [lon, lat] = p as number[];
  const problems: string[] = [];
  if (Math.abs(lon!) > 180) problems.push(`${at}: longitude ${lon} is outside -180..180`);
  if (Math.abs(lat!) > 90) problems.push(`${at}: latitude ${lat} is outside -90..90`);
  if (!p.every(roundedEnough)) problems.push(`${at}: ${JSON.stringify(p)} has more than ${MAX_DECIMALS} decimals`);
  return problems;
}

function pathProblems(line: unknown, at: string, minLength: number): string[] {
  if (!Array.isArray(line)) return [`${at}: expected an array of positions`];
  const problems = line.flatMap((p, i) => positionProblems(p, `${at}[${i}]`));
  if (problems.length) return problems;
  if (line.length < minLength) problems.push(`${at}: has ${line.length} positions, needs at least ${minLength}`);
  const path = line as Position[];
  path.forEach((p, i) => {
    const prev = path[i - 1];
    if (prev && Math.abs((p[0] ?? 0) - (prev[0] ?? 0)) > 180) {
      problems.push(
        `${at}[${i}]: the segment from ${JSON.stringify(prev)} jumps over 180° of longitude; split it at the antimeridian`,
      );
    }
  });
  return problems;
}

function polygonProblems(rings: unknown, at: string): string[] {
  if (!Array.isArray(rings) || rings.length === 0) return [`${at}: a polygon is a non-empty array of linear rings`];
  return rings.flatMap((ring, i) => {
    const where = `${at}[${i}]`;
    const problems = pathProblems(ring, where, 4);
    if (problems.length) return problems;
    const path = ring as Position[];
    const [first, last] = [path[0]!, path[path.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1])
      return [`${where}: the ring is not closed (first and last positions differ)`];
    const area = ringArea(path);
    if (area === 0) return [`${where}: the ring encloses no area`];
    if (i === 0 && area < 0) return [`${where}: the exterior ring runs clockwise; RFC 7946 wants it counter-clockwise`];
    if (i > 0 && area > 0) return [`${where}: the hole runs counter-clockwise; RFC 7946 wants it clockwise`];
    return [];
  });
}

const listOf = (value: unknown, at: string, each: (item: unknown, at: string) => string[]): string[] =>
  Array.isArray(value) ? value.flatMap((item, i) => each(item, `${at}[${i}]`)) : [`${at}: expected an array`];

function geometryProblems(g: unknown, at: string): string[] {
  if (!isObject(g)) return [`${at}: a geometry is an object`];
  const c = g.coordinates;
  const where = `${at}.coordinates`;
  switch (g.type) {
    case 'Point':
      return positionProblems(c, where);
    case 'MultiPoint':
      return listOf(c, where, positionProblems);
    case 'LineString':
      return pathProblems(c, where, 2);
    case 'MultiLineString':
      return listOf(c, where, (line, lineAt) => pathProblems(line, lineAt, 2));
    case 'Polygon':
      return polygonProblems(c, where);
    case 'MultiPolygon':
      return listOf(c, where, polygonProblems);
    case 'GeometryCollection':
      return listOf(g.geometries, `${at}.geometries`, geometryProblems);
    default:
      return [`${at}: unknown geometry type ${JSON.stringify(g.type)}`];
  }
}

function featureProblems(f: unknown, at: string): string[] {
  if (!isObject(f) || f.type !== 'Feature') return [`${at}: expected an object with type "Feature"`];
  const problems: string[] = [];
  if (!('geometry' in f)) problems.push(`${at}: a feature needs a geometry member (null when it has none)`);
  else if (f.geometry !== null) problems.push(...geometryProblems(f.geometry, `${at}.geometry`));
  if (!('properties' in f) || (f.properties !== null && !isObject(f.properties)))
    problems.push(`${at}: properties must be an object or null`);
  if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number')
    problems.push(`${at}: id must be a string or a number`);
  return problems;
}

/** Every way `geojson` breaks RFC 7946 (as this project reads it), each naming where; empty when valid. */
export function geojsonProblems(geojson: unknown): string[] {
  if (!isObject(geojson)) return ['the document is not a JSON object'];
  if (geojson.type === 'FeatureCollection') return listOf(geojson.features, 'features', featureProblems);
  if (geojson.type === 'Feature') return featureProblems(geojson, 'feature');
  return geometryProblems(geojson, 'geometry');
}
