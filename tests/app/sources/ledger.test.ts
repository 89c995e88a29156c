import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLedger, copyKind, countStates, type LedgerRow } from '../../../src/sources/ledger.ts';
import type { Story } from '../../../src/story/story.ts';
import { compose } from '../../geo/compose.ts';
import { storyTwoGazetteer } from '../../geo/gazetteer.ts';
import { FIXTURES } from '../../geo/golden.ts';

const read = (dir: URL, name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
/** The app's fixture story, and the default story as the pipeline's golden outputs hold it. */
const fixture = new URL('../fixtures/story/', import.meta.url);
const golden = new URL('../../fixtures/story-one/out/', import.meta.url);
const load = (dir: URL, suffix: string): Story =>
  ({
    meta: read(dir, `story.json${suffix}`),
    places: read(dir, `places.geojson${suffix}`),
    route: read(dir, `route.geojson${suffix}`),
    flows: read(dir, `flows.geojson${suffix}`),
  }) as Story;
const stories = [
  ['the app fixture', load(fixture, '')],
  ['the default story', load(golden, '.json')],
] as const;

const states = (row: LedgerRow) => row.cells.map((c) => c.state);
const column = (story: Story, article: string) => story.meta.articles.findIndex((a) => a.id === article);

describe('the source ledger', () => {
  it.each(stories)('has one column per article and one cell per column in every row, for %s', (_, story) => {
    const ledger = buildLedger(story);
    expect(ledger.columns.map((c) => c.id)).toEqual(story.meta.articles.map((a) => a.id));
    for (const row of ledger.rows) expect(row.cells).toHaveLength(story.meta.articles.length);
  });

  it.each(stories)('has a figure row only for a trade figure or a count, for %s', (_, story) => {
    const figures = buildLedger(story).rows.filter((r) => r.kind === 'figure');
    const flows = new Set(story.flows.features.map((f) => f.properties.id));
    for (const row of figures)
      expect(row.mark !== null ? flows.has(row.mark) : row.claim.startsWith('Number of ')).toBe(true);
    // The story's shares (of arms imports, say) are in its figures, and in no row.
    if (story.meta.figures.some((f) => f.kind === 'share'))
      expect(figures.some((r) => /share/i.test(r.claim))).toBe(false);
  });

  it.each(stories)('marks each arrival date as its date claims say, for %s', (_, story) => {
    const ledger = buildLedger(story);
    for (const leg of story.route.features.filter((l) => l.properties.dateClaims.length)) {
      const row = ledger.rows.find((r) => r.id === `arrival:${leg.properties.to}`)!;
      const [main, ...others] = leg.properties.dateClaims;
      expect(row.value).toBe(main!.date);
      for (const article of main!.articles) expect(row.cells[column(story, article)]!.state).toBe('states');
      for (const claim of others)
        for (const article of claim.articles.filter((a) => !main!.articles.includes(a)))
          expect(row.cells[column(story, article)]).toMatchObject({ state: 'differs', value: claim.date });
      const claimed = new Set(leg.properties.dateClaims.flatMap((c) => c.articles));
      expect(states(row).filter((s) => s === 'silent')).toHaveLength(story.meta.articles.length - claimed.size);
    }
  });

  it('gives each differing cell the sentence of the outlet that differs', () => {
    const [, story] = stories[0];
    const row = buildLedger(story).rows.find((r) => r.id === 'arrival:hanoi')!;
    const cell = row.cells[column(story, 'a4')]!;
    expect(cell).toMatchObject({ state: 'differs', value: '2024-06-19' });
    expect(cell.state !== 'silent' && cell.evidence?.article).toBe('a4');
  });

  it('sets each outlet’s count against the count most outlets give, and shows what a differing outlet says', () => {
    const [, story] = stories[0];
    const row = buildLedger(story).rows.find((r) => r.claim === 'Number of agreements')!;
    expect(row.value).toBe('12 agreements');
    expect(states(row)).toEqual(['states', 'differs', 'states', 'silent']);
    expect(row.cells[1]).toMatchObject({ value: 'eleven agreements' });
  });

  it('lets no outlet state an origin the pipeline inferred, and says why it is there', () => {
    const [, story] = stories[1];
    const origin = story.route.features.find((l) => l.properties.order === 1)!.properties.from;
    const row = buildLedger(story).rows.find((r) => r.id === `stop:${origin}`)!;
    expect(new Set(states(row))).toEqual(new Set(['silent']));
    expect(row.inferred).toMatch(/No outlet says where the trip began/);
  });

  it('has every trade flow the map draws stated by the outlet its figure comes from', () => {
    for (const [, story] of stories) {
      const ledger = buildLedger(story);
      for (const { properties: flow } of story.flows.features) {
        const row = ledger.rows.find((r) => r.mark === flow.id)!;
        expect(row.cells[column(story, flow.evidence.article)]!.state).toBe('states');
      }
    }
  });

  it('counts as many states, differences and silences as there are cells', () => {
    const ledger = buildLedger(stories[1][1]);
    const counts = countStates(ledger);
    expect(counts.states + counts.differs + counts.silent).toBe(ledger.rows.length * ledger.columns.length);
    expect(counts.differs).toBeGreaterThan(0);
  });

  it('says what kind of copy an article is only where its front matter does', () => {
    const [a1, a2, a3] = stories[0][1].meta.articles;
    expect([copyKind(a1!), copyKind(a2!), copyKind(a3!)]).toEqual([
      null,
      'agency copy (Wire Agency)',
      'translated from French',
    ]);
  });
});

describe('the ledger of invented stories (tests/fixtures/visits, signings, trade)', () => {
  const ledgerOf = async (stage: string, name: string) => {
    const dir = join(FIXTURES, stage, 'in', name);
    const { meta, places, route, flows } = await compose(dir, join(dir, 'story.json'), storyTwoGazetteer);
    return buildLedger({ meta, places, route, flows });
  };

  it('gives a site visited on two days one row per visit, where no outlet differs', async () => {
    const rows = (await ledgerOf('visits', 'talks-then-address')).rows.filter((r) => r.id.startsWith('visit:'));
    expect(rows.map((r) => [r.claim, r.value, states(r)])).toEqual([
      ['Visit 1 to Parliament House', '2026-05-04', ['states', 'silent']],
      ['Visit 2 to Parliament House', '2026-05-05', ['silent', 'states']],
    ]);
  });

  it('keeps one row for a visit the outlets date differently, the other outlet differing', async () => {
    const rows = (await ledgerOf('visits', 'one-event-two-days')).rows.filter((r) => r.id.startsWith('visit:'));
    expect(rows.map((r) => [r.value, states(r)])).toEqual([['2026-05-04', ['states', 'differs']]]);
  });

  it('gives the signing’s date a row, with the sentence of each outlet', async () => {
    const row = (await ledgerOf('signings', 'signed-on-weekday')).rows.find((r) => r.id === 'signing')!;
    expect([row.claim, row.value, states(row)]).toEqual(['Date of the signing', '2026-05-04', ['differs', 'states']]);
    expect(row.cells[0]).toMatchObject({ value: '2026-05-05', evidence: { article: 'a' } });
  });

  it('gives exports and imports rows of their own beside the trade the flow draws, none differing from it', async () => {
    const rows = (await ledgerOf('trade', 'two-way-exports-imports')).rows.filter((r) => r.kind === 'figure');
    expect(rows.map((r) => [r.claim, r.value, states(r)])).toEqual([
      ['Trade, Sweden–Peru (2029)', '$3.6bn', ['states']],
      ['Exports, Sweden → Peru (2029)', '$2.1bn', ['states']],
      ['Imports, Peru → Sweden (2029)', '$1.5bn', ['states']],
      ['Exports, Sweden → Chile (2029)', '$800m', ['states']],
      ['Exports, Chile → Sweden (2029)', '$400m', ['states']],
    ]);
  });
});
