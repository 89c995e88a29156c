// The app checks the story's files before rendering them, so data it does not expect
// ends in a message instead of a page stuck on "Loading the story…".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORY_FILES } from '../../../geo/contract/names.ts';
import { storyFailureMessage, storyProblem } from '../../../src/story/story-check.ts';

type Files = Parameters<typeof storyProblem>[0];
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/story/${name}`, import.meta.url), 'utf8'));
const fixture = (): Files => ({
  story: read(STORY_FILES.story),
  places: read(STORY_FILES.places),
  route: read(STORY_FILES.route),
  flows: read(STORY_FILES.flows),
});
type Json = {
  articles: Array<{ id: string }>;
  features: Array<{ properties: { id: string; dateClaims: Array<{ date: string }> } }>;
};
const as = (value: unknown) => value as Json;

describe('the story check', () => {
  it('passes the story the pipeline writes', () => {
    expect(storyProblem(fixture())).toBeNull();
  });

  it('names two articles with one id, which Svelte would refuse as duplicate keys', () => {
    const files = fixture();
    as(files.story).articles[1]!.id = as(files.story).articles[0]!.id;
    expect(storyProblem(files)).toBe('story.json has two articles with the id “a1”');
  });

  it('names a repeated place id, leg id and date claim', () => {
    const places = fixture();
    as(places.places).features[1]!.properties.id = as(places.places).features[0]!.properties.id;
    expect(storyProblem(places)).toMatch(/^places\.geojson has two places with the id “.+”$/);
    const legs = fixture();
    as(legs.route).features[1]!.properties.id = 'leg-1';
    expect(storyProblem(legs)).toBe('route.geojson has two legs with the id “leg-1”');
    const claims = fixture();
    const leg = as(claims.route).features[1]!.properties;
    leg.dateClaims[1]!.date = leg.dateClaims[0]!.date;
    expect(storyProblem(claims)).toMatch(/^route\.geojson has two date claims with the date “\d{4}-\d{2}-\d{2}”$/);
  });

  it('names a file that is not the shape the app reads', () => {
    expect(storyProblem({ ...fixture(), flows: [] })).toBe('flows.geojson is not a GeoJSON FeatureCollection');
    expect(storyProblem({ ...fixture(), story: null })).toBe('story.json has no list of articles and figures');
    const noId = fixture();
    delete (as(noId.story).articles[0] as { id?: string }).id;
    expect(storyProblem(noId)).toBe('one of the articles in story.json has no id');
  });

  it('names a story built before the city views were written', () => {
    const old = fixture();
    delete (old.story as { cities?: unknown }).cities;
    expect(storyProblem(old)).toBe(
      'story.json has no city views (it was built by an older Dateline: run npm run data again)',
    );
  });

  it('names a flow without the figures its panel lists, as a build from before they were kept writes it', () => {
    const old = fixture();
    delete (as(old.flows).features[0]!.properties as { figures?: unknown }).figures;
    expect(storyProblem(old)).toBe('flows.geojson has a flow without its figures');
  });

  it('words a failure with what went wrong and what to do', () => {
    const message = storyFailureMessage(new Error('places.geojson is not valid JSON (Unexpected token)'));
    expect(message).toMatch(/^The story cannot be shown: places\.geojson is not valid JSON \(Unexpected token\)\./);
    expect(message).toMatch(/older or a broken build: run `npm run data`/);
  });

  it('words a render error by its first line, without the component stack Svelte appends', () => {
    const message = storyFailureMessage(new Error('e.articles.filter is not a function\n\n\tin <unknown>\n'));
    expect(message).toMatch(/^The story cannot be shown: e\.articles\.filter is not a function\. The data may/);
  });
});
