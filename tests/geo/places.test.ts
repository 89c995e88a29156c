import { describe, expect, it } from 'vitest';
import { capitalOf } from '../../geo/gazetteer/capital.ts';
import { foldName } from '../../geo/gazetteer/names.ts';
import { geoparse, resolveScan, scan } from '../../geo/places/geoparse.ts';
import { expectGolden, goldenCases } from './golden.ts';
import { gazetteer } from './gazetteer.ts';

describe('find and resolve places', () => {
  it.each(goldenCases('places'))('$name', async ({ input, outFile }) => {
    const { mentions } = geoparse(input, await gazetteer());
    for (const m of mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    expectGolden(
      outFile,
      mentions.map((m) => ({
        text: m.text,
        start: m.start,
        id: m.entry.id,
        metonym: m.metonym,
        confidence: m.confidence,
        reason: m.reason,
      })),
    );
  });

  it('keeps people whose names hold a town off the map', async () => {
    const { mentions } = geoparse(
      'Foreign Minister Tomás Valdivia met Nora Whitfield in Santiago, Chile.',
      await gazetteer(),
    );
    expect(mentions.map((m) => m.text)).toEqual(['Santiago', 'Chile']);
  });

  it('takes a landmark only when the article names its city or country', async () => {
    expect(geoparse('Putin spoke at the Opera House to graduates.', await gazetteer()).mentions).toEqual([]);
  });

  it('resolves "Washington" to the US capital, not a town of the same name', async () => {
    const [m] = geoparse('Hanoi upgraded ties with Washington.', await gazetteer()).mentions.slice(1);
    expect(m?.entry.id).toBe('city:4140963');
    expect(m?.metonym).toBe(true);
  });
});

describe('countries of equal score', () => {
  it('give a demonym they share to the larger by area, an area the entry does not call its population', async () => {
    const [m] = geoparse('Congolese officials arrived.', await gazetteer()).mentions;
    expect(m?.entry.id).toBe('country:COD');
    expect([m?.entry.population, m?.entry.area]).toEqual([0, 2_344_858]);
  });
});

describe('the story as context', () => {
  it('takes a small town of a country that another article of the story names', async () => {
    const text = 'The delegation toured Hội An on Friday.';
    expect(geoparse(text, await gazetteer()).mentions).toEqual([]);
    const [m] = geoparse(text, await gazetteer(), new Set(['VN'])).mentions;
    expect([m?.entry.name, m?.reason]).toEqual([
      'Hội An',
      'population 32,757; its country is named elsewhere in the story',
    ]);
  });

  it('resolves one scan again with other story countries, as a story build scans every article before resolving any', async () => {
    const g = await gazetteer();
    const scanned = scan('The delegation toured Hội An on Friday.', g);
    expect(resolveScan(scanned, g, new Set()).mentions).toEqual([]);
    expect(resolveScan(scanned, g, new Set(['VN'])).mentions.map((m) => m.entry.name)).toEqual(['Hội An']);
    expect(resolveScan(scanned, g, new Set()).mentions).toEqual([]);
  });
});

describe('a country’s capital', () => {
  it('is the city the gazetteer gives the country, and none for a country that has none', async () => {
    const g = await gazetteer();
    const country = (name: string) =>
      (g.lookup(foldName(name)) ?? []).map((h) => g.entry(h.id)).find((e) => e?.kind === 'country')!;
    expect(capitalOf(country('Vietnam'), g)?.name).toBe('Hanoi');
    expect(capitalOf(country('Antarctica'), g)).toBeNull();
  });
});
