// Settings to the minimum: a story.json with only the traveller's name builds, each default
// worked out from the story and said; anything set overrides its default.
import { describe, expect, it } from 'vitest';
import type { StoryMeta, FlowCollection } from '../../../../geo/contract/schema.ts';
import { composeStory } from '../../../../geo/story/compose.ts';
import {
  dateRange,
  defaultAliases,
  tradeHub,
  tripSubtitle,
  tripTitle,
} from '../../../../geo/story/defaults/defaults.ts';
import { storyFiles } from '../../../../geo/story/files.ts';
import { parseSettings } from '../../../../geo/story/inputs/settings.ts';
import { gazetteer } from '../../gazetteer.ts';

describe('the defaults, one rule each', () => {
  it('takes the surname as the alias', () => {
    expect(defaultAliases('Kamala Harris')).toEqual(['Harris']);
    expect(defaultAliases('Luiz Inácio Lula da Silva')).toEqual(['Silva']);
    expect(defaultAliases('Martin Luther King Jr.')).toEqual(['King']);
    expect(defaultAliases('Madonna')).toEqual([]);
  });

  it('titles the trip by the traveller and the countries visited', () => {
    expect(tripTitle('Elena Varga', ['New Zealand', 'Australia'])).toBe(
      'Elena Varga’s trip to New Zealand and Australia',
    );
    expect(tripTitle('Elena Varga', ['Fiji', 'Samoa', 'Tonga'])).toBe('Elena Varga’s trip to Fiji, Samoa and Tonga');
    expect(tripTitle('Elena Varga', [])).toBe('Elena Varga’s trip');
  });

  it('writes a span of days as a reader would', () => {
    expect(dateRange('2021-08-23', '2021-08-26')).toBe('23–26 August 2021');
    expect(dateRange('2023-03-25', '2023-04-02')).toBe('25 March – 2 April 2023');
    expect(dateRange('2024-12-30', '2025-01-02T10:00+01:00')).toBe('30 December 2024 – 2 January 2025');
    expect(dateRange('2025-05-13', '2025-05-13')).toBe('13 May 2025');
  });

  it('subtitles the trip by its dates and its articles, naming no unknown outlet', () => {
    expect(tripSubtitle(['2030-05-04', '2030-05-02'], ['2030-05-01'], ['Wire', 'Wire'])).toBe(
      '2–4 May 2030 · 2 articles from Wire',
    );
    expect(tripSubtitle([], ['2030-05-01', '2030-05-03'], ['Wire', 'Post', 'Unknown outlet'])).toBe(
      '3 articles from 2 outlets, 1–3 May 2030',
    );
    expect(tripSubtitle([], [], ['Unknown outlet'])).toBe('1 article');
  });

  it('draws the trade of the country named with every trade figure, else of the traveller’s home', () => {
    expect(
      tradeHub(
        [
          ['country:USA', 'country:SAU'],
          ['country:QAT', 'country:USA'],
        ],
        null,
      ),
    ).toBe('country:USA');
    expect(tradeHub([['country:SAU'], ['country:QAT']], 'country:USA')).toBe('country:USA');
    // A figure whose sentence names no country does not hide the one every other figure names.
    expect(tradeHub([[], ['country:USA', 'country:SAU'], ['country:QAT', 'country:USA']], null)).toBe('country:USA');
    expect(tradeHub([['country:USA', 'country:FJI']], 'country:FJI')).toBe('country:FJI');
    expect(tradeHub([['country:USA', 'country:FJI']], null)).toBe('country:USA');
    // Neither is home: the one the story names most.
    expect(tradeHub([['country:TZA', 'country:USA']], null, (c) => (c === 'country:USA' ? 40 : 9))).toBe('country:USA');
    expect(tradeHub([], 'country:CHL')).toBe('country:CHL');
  });
});

describe('a story.json with only the traveller', () => {
  const articles = [
    {
      file: 'a.md',
      text:
        '---\noutlet: "Wire"\ntitle: "Varga in Auckland"\ndate: "2030-05-02"\n---\n' +
        'Chilean President Elena Varga arrived in Auckland on Thursday.\n\n' +
        'Varga will fly on to Canberra, Australia, on Saturday.\n\n' +
        'Two-way trade between Chile and New Zealand stood at $1.2 billion in 2029.\n',
    },
  ];
  const compose = async (settings: string) =>
    composeStory({ articles, settings: { file: 'story.json', text: settings }, gazetteer: await gazetteer() });

  it('builds, with a title, subtitle, aliases and trade hub of its own, and says each default it used', async () => {
    const { story, defaults } = await compose('{ "traveller": { "name": "Elena Varga" } }');
    const files = storyFiles(story);
    const meta = JSON.parse(files['story.json']!) as StoryMeta;
    // "will fly on to Canberra, Australia, on Saturday": a stop too, on 4 May.
    expect(meta.title).toBe('Elena Varga’s trip to New Zealand and Australia');
    expect(meta.subtitle).toBe('2–4 May 2030 · 1 article from Wire');
    const flows = JSON.parse(files['flows.geojson']!) as FlowCollection;
    expect(flows.features.map((f) => [f.properties.reporterName, f.properties.partnerName])).toEqual([
      ['Chile', 'New Zealand'],
    ]);
    expect(defaults).toEqual([
      'title “Elena Varga’s trip to New Zealand and Australia” (the traveller and the countries visited)',
      "subtitle “2–4 May 2030 · 1 article from Wire” (the trip's dates and its articles)",
      'traveller.aliases ["Varga"] (the surname)',
      'traveller.home Chile (read from the text)',
      "trade.reporter Chile (the country named with every trade figure, else the traveller's home)",
      "colors: the app's own palette",
    ]);
  });

  it('takes every setting given over its default, and says no default for it', async () => {
    const { story, defaults } = await compose(
      '{ "title": "T", "subtitle": "S", "traveller": { "name": "Elena Varga", "aliases": ["Varga"], "home": "Chile" },' +
        ' "trade": { "reporter": "New Zealand" }, "colors": { "route": "#c2410c" } }',
    );
    expect([story.meta.title, story.meta.subtitle, story.meta.colors]).toEqual(['T', 'S', { route: '#c2410c' }]);
    expect(story.flows.map((f) => f.properties.reporterName)).toEqual(['New Zealand']);
    expect(defaults).toEqual([]);
  });

  it('refuses a settings file without the traveller’s name, sending the reader to the README section', () => {
    expect(() => parseSettings('story.json', '{ "title": "T" }')).toThrow(
      /story\.json:1: setting "traveller" .*\. See the README section "Story settings"/,
    );
  });
});
