// The curated gazetteer refuses names that ordinary text would match and ids used twice,
// naming the line of the entry to fix.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Landmark,
  parseAliasTable,
  parseCommonWords,
  parseEntries,
  Region,
  weakName,
} from '../../../geo/gazetteer/curated.ts';
import { loadGazetteer } from '../../../geo/build.ts';
import { GAZETTEER_DIR, gazetteer, storyTwoGazetteer } from '../gazetteer.ts';

const COMMON = new Set(parseCommonWords(readFileSync(join(GAZETTEER_DIR, 'common-words.txt'), 'utf8')));
const LANDMARK = { commonWords: COMMON, landmark: true };
const REGION = { commonWords: COMMON, landmark: false };
const landmark = (id: string, aliases: string[]) =>
  JSON.stringify(
    {
      id,
      name: 'Opera House of Nowhere',
      aliases,
      kind: 'theatre',
      city: 1,
      country: 'VN',
      lon: 105.8,
      lat: 21,
      wikidata: null,
      coordSource: 'test',
    },
    null,
    2,
  );
const region = (id: string) =>
  JSON.stringify(
    {
      id,
      name: 'Sea of Nowhere',
      aliases: [],
      kind: 'sea',
      members: ['VNM'],
      lon: 110,
      lat: 15,
      wikidata: null,
      coordSource: 'test',
    },
    null,
    2,
  );

describe('a curated name', () => {
  it.each([
    ['The', 'is a common word'],
    ['the', 'is a common word'],
    ['With', 'is a common word'],
    ['For The', 'is made only of common words'],
    ['Ba', 'is shorter than 3 letters (only an all-capital code such as “DC” may be)'],
    ['--', 'has no letters'],
  ])('“%s” is refused anywhere: %s', (name, why) => {
    expect(weakName(name, LANDMARK)).toBe(why);
    expect(weakName(name, REGION)).toBe(why);
  });

  it('made only of common words is refused for a landmark, whose false match would put a visit on the map', () => {
    expect(weakName('New Town', LANDMARK)).toBe('is made only of common words');
    expect(weakName('High North', REGION)).toBeNull();
  });

  it.each(['Opera House', 'DC', 'US', 'No 10', 'the mausoleum', 'Red Sea', 'Élysée'])('“%s” is taken', (name) => {
    expect(weakName(name, LANDMARK)).toBeNull();
  });

  it.each([
    'data/gazetteer/landmarks.json',
    'data/gazetteer/regions.json',
    'tests/fixtures/story-two/gazetteer/landmarks.json',
    'tests/gold/GUIDELINES.md',
  ])('%s cites datasets and features, not a path of the machine it was made on', (file) => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', '..', file), 'utf8')).not.toMatch(
      /(?:^|[\s"'(`])\/(?:work|home|Users|tmp|root|mnt)\//,
    );
  });

  it('of the real curated files are all taken', () => {
    const read = (name: string) => ({ file: name, text: readFileSync(join(GAZETTEER_DIR, name), 'utf8') });
    expect(() =>
      parseEntries(read('landmarks.json').file, read('landmarks.json').text, Landmark, LANDMARK),
    ).not.toThrow();
    expect(() => parseEntries(read('regions.json').file, read('regions.json').text, Region, REGION)).not.toThrow();
    expect(() => parseAliasTable(read('aliases.json').file, read('aliases.json').text, COMMON)).not.toThrow();
  });
});

describe('the curated files refuse', () => {
  it('a landmark alias that is a stop word, at the line of the alias', () => {
    const text = `[\n${landmark('opera', ['Opera House of Nowhere', 'The'])}\n]`;
    const line = text.slice(0, text.indexOf('"The"')).split('\n').length;
    expect(() => parseEntries('landmarks.json', text, Landmark, LANDMARK)).toThrow(
      `landmarks.json:${line}: entry opera: the name “The” is a common word, so ordinary text would be read as this place. Remove “The” from opera, or write the name in full as the articles do`,
    );
  });

  it('a landmark id used twice, at the line of the second', () => {
    const text = `[\n${landmark('opera', [])},\n${landmark('theatre', [])},\n${landmark('opera', [])}\n]`;
    const line = text.slice(0, text.lastIndexOf('"id": "opera"')).split('\n').length;
    expect(() => parseEntries('landmarks.json', text, Landmark, LANDMARK)).toThrow(
      `landmarks.json:${line}: entry opera: the id is already used by an earlier entry. Give each entry an id of its own, or merge the two entries`,
    );
  });

  it('a region id used twice', () => {
    const text = `[\n${region('nowhere-sea')},\n${region('nowhere-sea')}\n]`;
    const line = text.slice(0, text.lastIndexOf('"id"')).split('\n').length;
    expect(() => parseEntries('regions.json', text, Region, REGION)).toThrow(
      new RegExp(`^regions\\.json:${line}: entry nowhere-sea: the id is already used`),
    );
  });

  it('an extra alias that is a common word, at its line', () => {
    const text = '{\n  "country:GBR": ["Britain"],\n  "city:1581130": ["Ha Noi",\n    "Union"]\n}\n';
    expect(() => parseAliasTable('aliases.json', text, COMMON)).toThrow(
      /^aliases\.json:4: entry city:1581130: the name “Union” is a common word/,
    );
  });
});

describe('a story’s own gazetteer folder', () => {
  const storyFolder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-story-gazetteer-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('adds its places to the product’s, which do not hold them', async () => {
    expect((await storyTwoGazetteer()).entry('landmark:parliament-house-canberra')?.name).toBe('Parliament House');
    expect((await gazetteer()).entry('landmark:parliament-house-canberra')).toBeUndefined();
    expect((await storyTwoGazetteer()).entry('landmark:moscow-kremlin')?.name).toBe('Moscow Kremlin');
  });

  it('refuses an id the product already uses, naming the story’s file and line', async () => {
    const dir = storyFolder({ 'landmarks.json': `[\n${landmark('moscow-kremlin', [])}\n]\n` });
    await expect(loadGazetteer(GAZETTEER_DIR, dir)).rejects.toThrow(
      /landmarks\.json:3: entry moscow-kremlin: the id is already used in .*data\/gazetteer\/landmarks\.json/,
    );
  });

  it('refuses a file nothing would read, instead of ignoring it', async () => {
    const dir = storyFolder({ 'landmark.json': '[]' });
    await expect(loadGazetteer(GAZETTEER_DIR, dir)).rejects.toThrow(
      /landmark\.json: is not a curated gazetteer file.*Name it landmarks\.json/,
    );
  });
});
