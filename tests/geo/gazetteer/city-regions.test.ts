import { describe, expect, it } from 'vitest';
import { cityRegionCodes } from '../../../geo/gazetteer/city-regions.ts';
import type { GazetteerSources } from '../../../geo/gazetteer/types.ts';
import { gazetteer } from '../gazetteer.ts';

type City = GazetteerSources['cities'][number];
const city = (cityId: number, country: string, adminCode: string, lon: number, lat: number): City => ({
  cityId,
  name: `Town ${cityId}`,
  altName: '',
  country,
  featureCode: 'PPL',
  population: 5000,
  adminCode,
  loc: { coordinates: [lon, lat] },
});
const town = (countryCode: string, stateCode: string, longitude: number, latitude: number) => ({
  countryCode,
  stateCode,
  longitude: String(longitude),
  latitude: String(latitude),
});

describe('the region each town is in', () => {
  const points = new Map<string, [number, number]>([
    ['XA-NOR', [10, 10]],
    ['XA-SOU', [10, 0]],
    ['US-OR', [-120, 44]],
  ]);

  it('reads a GeoNames code as the region most of its towns lie nearest the towns of', () => {
    const cities = [
      city(1, 'XA', '01', 10, 10.1),
      city(2, 'XA', '01', 10.1, 9.9),
      city(3, 'XA', '01', 10.05, 10),
      city(4, 'XA', '02', 10, 0.1),
    ];
    const towns = [town('XA', 'NOR', 10, 10), town('XA', 'NOR', 10.1, 10), town('XA', 'SOU', 10, 0)];
    expect(cityRegionCodes(cities, towns, points)).toEqual(['NOR', 'NOR', 'NOR', 'SOU']);
  });

  it('keeps each town’s nearest region where no region holds most of a code’s towns', () => {
    const cities = [city(1, 'XA', '07', 10, 10), city(2, 'XA', '07', 10, 0)];
    const towns = [town('XA', 'NOR', 10, 10), town('XA', 'SOU', 10, 0)];
    expect(cityRegionCodes(cities, towns, points)).toEqual(['NOR', 'SOU']);
  });

  it('takes US postal codes as they are, and knows no region for a town far from every town', () => {
    expect(cityRegionCodes([city(1, 'US', 'OR', -123, 44), city(2, 'XA', '01', 50, 50)], [], points)).toEqual([
      'OR',
      '',
    ]);
  });

  it('places real towns in their states and provinces', async () => {
    const g = await gazetteer();
    expect(g.cityRegion('city:2171507')).toBe('admin1:AU-NSW'); // Wollongong
    expect(g.cityRegion('city:6167865')).toBe('admin1:CA-ON'); // Toronto
    expect(g.cityRegion('city:1264527')).toBe('admin1:IN-TN'); // Chennai
    expect(g.cityRegion('city:5754005')).toBe('admin1:US-OR'); // Springfield, Oregon
  });
});
