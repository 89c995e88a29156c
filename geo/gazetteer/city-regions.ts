// The first-level region each GeoNames town is in, as country-state-city codes the regions
// ("admin1:AU-NSW"). GeoNames gives a town its region by a code of its own (numbers in
// Australia, FIPS-like elsewhere), so each of its codes is read as the region of
// country-state-city's towns nearest the towns so coded, by majority. The US codes of both are
// the postal ones, taken as they are. country-state-city codes a few towns with another region's
// code (Belfast's as North Yorkshire's), and those towns' region is read wrong.
import type { GazetteerSources } from './types.ts';

type LonLat = [number, number];
type Town = { code: string; lon: number; lat: number };

/** Nearest-town search cells, in degrees: a town's nearest neighbour lies in its cell or the eight around it. */
const CELL = 0.5;
/** A country-state-city town farther than this (degrees, about 40 km) from a GeoNames town says nothing of it. */
const NEAR = 0.4;
/** The share of a GeoNames code's towns that must be nearest one region's towns for the code to be read as it. */
const MAJORITY = 0.7;
/**
 * For each city (in the order given), the code of its region ("NSW"), or "" where none is known.
 * `regionPoint` holds each region's point by "CC-CODE".
 */
export function cityRegionCodes(
  cities: GazetteerSources['cities'],
  towns: GazetteerSources['regionTowns'],
  regionPoint: Map<string, LonLat>,
): string[] {
  const cells = new Map<string, Town[]>();
  const cellKey = (country: string, lon: number, lat: number) =>
    `${country} ${Math.floor(lat / CELL)} ${Math.floor(lon / CELL)}`;
  for (const [country, list] of placedTowns(towns, regionPoint)) {
    for (const t of list) {
      const key = cellKey(country, t.lon, t.lat);
      cells.set(key, [...(cells.get(key) ?? []), t]);
    }
  }
  const nearest = (country: string, lon: number, lat: number): string => {
    let best = '';
    let bestD = NEAR * NEAR;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const t of cells.get(cellKey(country, lon + dx * CELL, lat + dy * CELL)) ?? []) {
          const d = (t.lat - lat) ** 2 + (t.lon - lon) ** 2;
          if (d < bestD) [best, bestD] = [t.code, d];
        }
    return best;
  };
  const votes = new Map<string, Map<string, number>>();
  const own = cities.map((c) => {
    if (c.country === 'US') return regionPoint.has(`US-${c.adminCode ?? ''}`) ? (c.adminCode ?? '') : '';
    const code = nearest(c.country, c.loc.coordinates[0] ?? 0, c.loc.coordinates[1] ?? 0);
    if (code && c.adminCode) {
      const key = `${c.country} ${c.adminCode}`;
      const tally = votes.get(key) ?? new Map<string, number>();
      tally.set(code, (tally.get(code) ?? 0) + 1);
      votes.set(key, tally);
    }
    return code;
  });
  // Where no region has a clear majority, GeoNames' region holds several of country-state-city's
  // (its regions are groups of provinces: the Philippines), and each town keeps its nearest.
  const winner = new Map<string, string>();
  for (const [key, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = ranked.reduce((sum, [, n]) => sum + n, 0);
    if (ranked[0]![1] >= MAJORITY * total) winner.set(key, ranked[0]![0]);
  }
  return cities.map((c, i) =>
    c.country === 'US' ? own[i]! : (winner.get(`${c.country} ${c.adminCode ?? ''}`) ?? own[i]!),
  );
}

/** country-state-city's towns of each country, with the code of their region. */
function placedTowns(towns: GazetteerSources['regionTowns'], regionPoint: Map<string, LonLat>): Map<string, Town[]> {
  const byCountry = new Map<string, Town[]>();
  for (const t of towns) {
    if (t.latitude == null || t.longitude == null || !regionPoint.has(`${t.countryCode}-${t.stateCode}`)) continue;
    const list = byCountry.get(t.countryCode) ?? [];
    list.push({ code: t.stateCode, lon: Number(t.longitude), lat: Number(t.latitude) });
    byCountry.set(t.countryCode, list);
  }
  return byCountry;
}
