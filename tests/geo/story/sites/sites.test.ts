// Sites in every city of the trip, on invented stories (tests/fixtures/sites/in/<case>/ →
// out/<case>.json): a site word with a visit cue, a transcript's location header, an airport
// from the package, a site no gazetteer knows (placed at its city, approximate), and the traps:
// a hospital where someone once worked, an airport another delegation went through, a base
// as the object of a policy, a landmark of a city the traveller did not visit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommonWords, parseEntries, Landmark } from '../../../../geo/gazetteer/curated.ts';
import { composeStory } from '../../../../geo/story/compose.ts';
import { storyFiles } from '../../../../geo/story/files.ts';
import { sitesToPlaceText } from '../../../../geo/story/sites/to-place.ts';
import type { PlaceCollection } from '../../../../geo/contract/schema.ts';
import { expectGolden, FIXTURES } from '../../golden.ts';
import { gazetteer, GAZETTEER_DIR } from '../../gazetteer.ts';

const DIR = join(FIXTURES, 'sites');

async function build(name: string) {
  const dir = join(DIR, 'in', name);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  const settings = { file: join(dir, 'story.json'), text: readFileSync(join(dir, 'story.json'), 'utf8') };
  const composed = composeStory({ articles, settings, gazetteer: await gazetteer() });
  const places = JSON.parse(storyFiles(composed.story)['places.geojson']!) as PlaceCollection;
  const sites = places.features
    .filter((f) => f.properties.role === 'site')
    .sort((a, b) => a.properties.order! - b.properties.order!);
  const cityName = (id: string) => places.features.find((f) => f.id === id)?.properties.name ?? id;
  return { composed, places, sites, cityName };
}

describe('sites (tests/fixtures/sites/in/<case>/ → out/<case>.json)', () => {
  it.each(readdirSync(join(DIR, 'in')).sort())('%s', async (name) => {
    const { composed, sites } = await build(name);
    const byId = new Map(composed.story.sites.map((s) => [s.id, s.properties]));
    expectGolden(join(DIR, 'out', `${name}.json`), {
      sites: sites.map(({ properties: p, geometry }) => ({
        name: p.name,
        city: byId.get(p.id)!.city,
        at: geometry.coordinates,
        approximate: p.approximate ?? false,
        approximateWhy: p.approximateWhy ?? null,
        dates: p.dateClaims!.map((c) => c.date),
        datesDiffer: p.datesDiffer,
        evidence: p.evidence!.map((e) => `${e.article}: ${e.sentence}`),
      })),
      toPlace: composed.toPlace.map((t) => t.entry.id),
    });
  });
});

describe('a news story: a site word and a word that puts the traveller there', () => {
  it('finds the museum, the monument and the base, each at Lima, and none of the traps', async () => {
    const { sites } = await build('news-visit-cues');
    expect(sites.map((s) => s.properties.name)).toEqual([
      'Huaca Pucllana Museum',
      'Monument to the Unknown Fisher',
      'Callao Naval Base',
    ]);
  });

  it('draws a site no gazetteer knows at its city’s point, says so, and quotes its sentence', async () => {
    const { sites, places } = await build('news-visit-cues');
    const lima = places.features.find((f) => f.properties.name === 'Lima')!;
    const museum = sites[0]!;
    expect(museum.geometry.coordinates).toEqual(lima.geometry.coordinates);
    expect(museum.properties.approximate).toBe(true);
    expect(museum.properties.approximateWhy).toBe(
      'No gazetteer places “Huaca Pucllana Museum”, so it is drawn at the point of Lima.',
    );
    expect(museum.properties.excerpts.map((e) => e.text)).toEqual(['Huaca Pucllana Museum']);
  });
});

describe('wire copy: a site its sentence does not place', () => {
  it('is at the story’s dateline, never at the city the traveller came from', async () => {
    // "JAKARTA, June 3 (Reuters) - … Arata, who arrived from Manila on Sunday, met President Sari
    // Wulandari at the Merdeka Palace": Jakarta's; "BANGKOK — … hosted at Government House": Bangkok's.
    const { composed, cityName } = await build('wire-datelines');
    expect(composed.story.sites.map((s) => `${s.properties.name}, ${cityName(s.properties.city)}`)).toEqual([
      'Malacañang Palace, Manila',
      'Merdeka Palace, Jakarta',
      'Presidential Palace, Hanoi',
      'Government House, Bangkok',
    ]);
  });
});

describe('an airport named in running text', () => {
  it('is placed by the package on its own point, by the name news writes', async () => {
    const { sites } = await build('airport-in-prose');
    expect(sites.map((s) => [s.properties.name, s.properties.approximate ?? false])).toEqual([
      ['Jorge Chavez International Airport', false],
    ]);
    expect(sites[0]!.properties.excerpts.map((e) => e.text)).toEqual(['Jorge Chávez airport']);
  });
});

describe('transcripts: the location header names the venue', () => {
  it('places an airport from the package on its own point, the venue no gazetteer knows at its city', async () => {
    const { sites } = await build('transcript-venues');
    const [airport, centre] = sites;
    expect(airport!.properties).toMatchObject({ name: 'Jorge Chavez International Airport', country: 'PE' });
    expect(airport!.properties.approximate).toBeUndefined();
    expect(airport!.properties.coordSource).toMatch(/^airport-data-js \(CC BY 4\.0\), IATA LIM/);
    expect(centre!.properties).toMatchObject({ name: 'Mirador Convention Centre', approximate: true });
  });

  it('reads the traveller’s own words in their turns only, and no site of a town not on the trip', async () => {
    const { sites } = await build('transcript-venues');
    const names = sites.map((s) => s.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Pachacamac Site Museum', 'Lima Fish Market']));
    for (const trap of ['Cusco Regional Hospital', 'Port of Mombasa', 'Trujillo Naval Base'])
      expect(names).not.toContain(trap);
  });

  it('keeps one venue written “Centre” in one header and “Center” in the next, visited on each day', async () => {
    const { sites } = await build('transcript-venues');
    const centre = sites.filter((s) => /Mirador/.test(s.properties.name));
    expect(centre).toHaveLength(1);
    expect(centre[0]!.properties.dateClaims!.map((c) => c.date).sort()).toEqual(['2031-04-15', '2031-04-16']);
    expect(centre[0]!.properties.datesDiffer).toBe(false);
  });
});

describe('sites to place', () => {
  it('lists each approximate site with a landmarks.json entry that the curated gazetteer takes once sourced', async () => {
    const { composed } = await build('news-visit-cues');
    const lines = sitesToPlaceText(composed.toPlace);
    expect(lines[0]).toMatch(/^sites to place: 3 sites no gazetteer knows/);
    expect(lines[1]).toBe('  Huaca Pucllana Museum (Lima)');
    const entries = composed.toPlace.map((t) => t.entry);
    const rules = {
      commonWords: new Set(parseCommonWords(readFileSync(join(GAZETTEER_DIR, 'common-words.txt'), 'utf8'))),
      landmark: true,
    };
    const parsed = parseEntries('landmarks.json', JSON.stringify(entries, null, 2), Landmark, rules);
    expect(parsed[0]).toMatchObject({ id: 'lima-huaca-pucllana-museum', kind: 'museum', city: 3936456, country: 'PE' });
    expect(parsed[0]!.coordSource).toMatch(/^NEEDS A SOURCE/);
  });

  it('is empty when every site is placed', async () => {
    expect(sitesToPlaceText([])).toEqual([]);
  });
});
