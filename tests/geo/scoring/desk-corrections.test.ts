// The corrections a story needs at the editor's desk to reach its key, on the invented second
// story (tests/fixtures/story-two) and keys invented against it: each stage's corrections, and
// the story they leave, applied by the real corrections step, matching the key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOutputs, countKinds, deskCorrections, matchesKey } from '../../../geo/scoring/desk-corrections.ts';
import type { StoryKey } from '../../../geo/scoring/story-key.ts';
import { composeStory } from '../../../geo/story/compose.ts';
import { applyCorrections } from '../../../geo/story/corrections/apply.ts';
import { FIXTURES } from '../golden.ts';
import { storyTwoGazetteer } from '../gazetteer.ts';

async function storyTwo() {
  const dir = join(FIXTURES, 'story-two');
  const articles = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, 'articles', f), 'utf8') }));
  const settings = { file: 'story.json', text: readFileSync(join(dir, 'story.json'), 'utf8') };
  return (await composeStory({ articles, settings, gazetteer: await storyTwoGazetteer() })).story;
}

const stop = (name: string, lon: number, lat: number, arrive: string | null = null, stated = true) => ({
  name,
  lon,
  lat,
  arrive,
  stated,
});

describe('deskCorrections', () => {
  it('finds the fewest corrections of each kind, and the story they leave is the key', async () => {
    const story = await storyTwo();
    const key: StoryKey = {
      traveller: 'Minister',
      route: [
        stop('Santiago', -70.65, -33.46, '2025-03-10'),
        stop('Canberra', 149.13, -35.28),
        stop('Wellington', 174.78, -41.29, '2025-03-15'),
        stop('Outpost', 150.5, -30.5),
      ],
      sites: [
        { name: 'Canberra Airport', lon: 149.195, lat: -35.3069, toleranceM: 1000 },
        { name: 'Parliament House', lon: 149.1244, lat: -35.3081, toleranceM: 500 },
      ],
      flows: [
        { from: 'Australia', to: 'China', usd: 210e9, year: 2023 },
        { from: 'Australia', to: 'Japan', usd: 75e9, year: 2024 },
        { from: 'Australia', to: 'Chile', usd: 2.1e9, year: 2023 },
        { from: 'Peru', to: 'Australia', usd: 2.1e9, year: 2023 },
      ],
    };
    expect(matchesKey(key, asOutputs(story)).length).toBeGreaterThan(0);
    const { corrections, unreachable } = deskCorrections(key, story, '2031-01-01');
    // No article names it: the desk's gazetteer search puts it on the route with its name and point.
    expect(unreachable).toEqual([]);
    expect(corrections.map((c) => `${c.what} ${JSON.stringify(c.change)}`)).toEqual([
      'stop:city:2193733 {"do":"reject"}',
      'stop:city:2179537 {"do":"add","after":"city:2172517"}',
      'stop:editor:outpost {"do":"add","after":"city:2179537","name":"Outpost","lon":150.5,"lat":-30.5}',
      'stop:city:3871336 {"do":"arrive","date":"2025-03-10"}',
      'stop:city:2179537 {"do":"arrive","date":"2025-03-15"}',
      'site:landmark:parliament-house-canberra {"do":"place","lon":149.1244,"lat":-35.3081}',
      'site:landmark:australian-war-memorial {"do":"reject"}',
      'figure:02_varga-urges-australia-look-east/US$75bn {"do":"figure","year":2024}',
      'figure:03_what-chile-wants-from-australia/US$2.1 billion {"do":"figure","partner":"country:PER"}',
    ]);
    expect(countKinds(corrections)).toMatchObject({
      'stop reject': 1,
      'stop add': 2,
      'stop arrive': 2,
      'route order': 0,
    });
    const { story: after, unapplied } = applyCorrections(story, corrections);
    expect(unapplied).toEqual([]);
    expect(matchesKey(key, asOutputs(after))).toEqual([]);
  });

  it('sets the order in one correction, and adds a site no article names', async () => {
    const story = await storyTwo();
    const key: StoryKey = {
      traveller: 'Minister',
      route: [stop('Canberra', 149.13, -35.28), stop('Auckland', 174.76, -36.85), stop('Santiago', -70.65, -33.46)],
      sites: [
        { name: 'Canberra Airport', lon: 149.195, lat: -35.3069, toleranceM: 1000 },
        { name: 'Parliament House', lon: 149.128, lat: -35.283, toleranceM: 100 },
        { name: 'Australian War Memorial', lon: 149.128, lat: -35.283, toleranceM: 100 },
        { name: 'Lighthouse Museum', lon: 149.3, lat: -35.4, toleranceM: 100 },
      ],
      flows: [],
    };
    const { corrections, unreachable } = deskCorrections(key, story, '2031-01-01');
    expect(corrections.filter((c) => c.what === 'route').map((c) => c.change)).toEqual([
      { do: 'order', stops: ['city:2172517', 'city:2193733', 'city:3871336'] },
    ]);
    // Every flow goes whole: the key has none.
    expect(corrections.filter((c) => c.what.startsWith('flow:')).map((c) => c.what)).toEqual([
      'flow:country:CHN',
      'flow:country:JPN',
      'flow:country:CHL',
    ]);
    expect(unreachable).toEqual([]);
    expect(corrections.filter((c) => c.change.do === 'add').map((c) => [c.what, c.change])).toEqual([
      ['site:editor:lighthouse-museum', { do: 'add', name: 'Lighthouse Museum', lon: 149.3, lat: -35.4 }],
    ]);
    const after = applyCorrections(story, corrections).story;
    expect(matchesKey(key, asOutputs(after))).toEqual([]);
  });
});
