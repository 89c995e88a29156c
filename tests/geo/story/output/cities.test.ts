import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../../geo/gazetteer/types.ts';
import type { Journey } from '../../../../geo/story/journey/journey.ts';
import { citiesOfTrip } from '../../../../geo/story/output/meta.ts';

// An invented tour: from the home capital Ostrava-on-Sea to Port Lune and Vell, then home again.
const place = (id: string, name: string, fields: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  ...{ id, name, kind: 'city', country: 'XA', lon: 10, lat: 10, population: 1e5, area: 0 },
  ...{ capital: false, city: null, members: [], seatOfGovernment: false, sovereign: false, ...fields },
});
const homeCapital = place('city:1', 'Ostrava-on-Sea', { capital: true });
const homeland = place('country:XA', 'Xanadia', { kind: 'country', city: 'city:1', sovereign: true });
const portLune = place('city:2', 'Port Lune', { country: 'XB' });
const vell = place('city:3', 'Vell', { country: 'XC' });
const stop = (p: GazetteerEntry) => ({ place: p }) as Journey['stops'][number];
const siteIn = (city: GazetteerEntry) =>
  ({
    place: place(`site:${city.id}`, `Palace of ${city.name}`, { kind: 'landmark' }),
    city,
  }) as Journey['sites'][number];

const tour = (sites: Journey['sites'], origin: GazetteerEntry | null = homeCapital) => ({
  stops: [...(origin ? [origin] : []), portLune, vell, homeCapital].map(stop),
  hosts: [portLune, vell, homeCapital],
  home: homeland,
  sites,
});

describe('the city views of a trip', () => {
  it('gives none to the home capital a trip returns to', () => {
    expect(citiesOfTrip(tour([siteIn(portLune)])).map((c) => c.name)).toEqual(['Port Lune', 'Vell']);
  });

  it('gives none to the origin it returns to, home or not', () => {
    const abroad = place('city:4', 'Saint Ferro', { country: 'XD' });
    const trip = { ...tour([]), stops: [abroad, portLune, abroad].map(stop), hosts: [portLune, abroad] };
    expect(citiesOfTrip(trip).map((c) => c.name)).toEqual(['Port Lune']);
  });

  it('gives home a view where a site was visited there, in its order', () => {
    expect(citiesOfTrip(tour([siteIn(homeCapital)])).map((c) => c.name)).toEqual([
      'Port Lune',
      'Vell',
      'Ostrava-on-Sea',
    ]);
  });

  it('keeps every stop of a trip that never comes home', () => {
    const oneWay = { ...tour([]), stops: [homeCapital, portLune, vell].map(stop), hosts: [portLune, vell] };
    expect(citiesOfTrip(oneWay).map((c) => c.name)).toEqual(['Port Lune', 'Vell']);
  });
});
