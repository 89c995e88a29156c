// Small inputs that once hung the pipeline or blew up its output: each must finish, with
// output that grows with the input, not with its square. (Speed is measured by the bench.)
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../geo/build.ts';
import { InputError } from '../../geo/io/errors.ts';
import { MAX_FRONT_MATTER_KEYS } from '../../geo/article/front-matter.ts';
import { geoparse, scan } from '../../geo/places/geoparse.ts';
import { MAX_MENTIONS_PER_NAME } from '../../geo/places/find.ts';
import { MAX_FIGURES_PER_ARTICLE, MAX_FIGURES_PER_SENTENCE } from '../../geo/story/trade/article-caps.ts';
import type { FlowCollection, PlaceCollection, RouteCollection, StoryMeta } from '../../geo/contract/schema.ts';
import { findDates } from '../../geo/story/dates/dates.ts';
import { EXCERPT_WINDOW_CHARS, excerptWindow, MAX_WHOLE_SENTENCE_CHARS } from '../../geo/story/evidence/excerpt.ts';
import { gazetteer, GAZETTEER_DIR } from './gazetteer.ts';
import { article, PATHOLOGICAL } from './pathological.ts';

const SETTINGS = join(import.meta.dirname, '..', '..', 'data', 'story.json');
const LONG = 120_000;

/** Builds a story of one article file holding `text`; returns the output folder and the warnings. */
async function buildWarning(text: string): Promise<{ outDir: string; warnings: string[] }> {
  const root = mkdtempSync(join(tmpdir(), 'dateline-limits-'));
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'articles', 'a.md'), text);
  const outDir = join(root, 'out');
  const { warnings } = await buildStory({
    articlesDir: join(root, 'articles'),
    outDir,
    gazetteerDir: GAZETTEER_DIR,
    settingsFile: SETTINGS,
  });
  return { outDir, warnings };
}
const build = async (text: string): Promise<string> => (await buildWarning(text)).outDir;

const read = <T>(outDir: string, name: string) => JSON.parse(readFileSync(join(outDir, name), 'utf8')) as T;
const size = (outDir: string, name: string) => statSync(join(outDir, name)).size;

describe('a 12 KB article of one place name, over and over', () => {
  const cases: Array<[string, number | null]> = [
    ['one place name repeated', MAX_MENTIONS_PER_NAME],
    ['one place name repeated with commas', MAX_MENTIONS_PER_NAME],
    ['one long capitalised run of places and names', null],
  ];

  it.each(cases)(
    '%s: builds a story, each mention quoting a window of the sentence, at most %s of one name, with a warning naming the article',
    async (name, cap) => {
      const body = PATHOLOGICAL[name]!(12_000);
      const { outDir, warnings } = await buildWarning(article(body));
      const places = read<PlaceCollection>(outDir, 'places.geojson');
      const hanoi = places.features.find((f) => f.properties.name === 'Hanoi')!;
      if (cap === null) expect(hanoi.properties.mentionCount).toBeGreaterThan(250);
      else expect(hanoi.properties.mentionCount).toBe(cap);
      const capped = warnings.filter((w) => w.includes('“Hanoi” is named'));
      expect(capped).toEqual(
        cap === null
          ? []
          : [expect.stringMatching(/a\.md: “Hanoi” is named [12],\d{3} times; only the first 500 are kept/)],
      );
      for (const e of hanoi.properties.excerpts) {
        expect(e.sentence.length).toBeLessThanOrEqual(EXCERPT_WINDOW_CHARS + 2);
        expect(e.sentence.slice(...e.highlight)).toBe('Hanoi');
        expect(body.slice(...e.span)).toBe('Hanoi');
      }
    },
    LONG,
  );

  it.each(cases)(
    '%s: geoparses the mentions in order, the first %s of one name, and says how many it found',
    async (name, cap) => {
      const { mentions, capped } = geoparse(PATHOLOGICAL[name]!(12_000), await gazetteer());
      const hanoi = mentions.filter((m) => m.text === 'Hanoi');
      if (cap === null) expect(hanoi.length).toBeGreaterThan(250);
      else {
        expect(hanoi).toHaveLength(cap);
        expect(capped).toEqual([{ name: 'Hanoi', found: expect.any(Number), kept: cap }]);
        expect(capped[0]!.found).toBeGreaterThan(1700);
      }
      expect(hanoi.map((m) => m.start)).toEqual([...hanoi.map((m) => m.start)].sort((a, b) => a - b));
    },
    LONG,
  );

  it(
    'in a run of names, only the words near a place can make it part of a person’s name',
    async () => {
      const { candidates } = scan(
        PATHOLOGICAL['one long capitalised run of places and names']!(12_000),
        await gazetteer(),
      );
      expect(Math.max(...candidates.map((c) => c.nameWords.length))).toBeLessThanOrEqual(16);
      expect(candidates.some((c) => c.nameWords.includes('Carl'))).toBe(true);
    },
    LONG,
  );
});

describe('one long sentence', () => {
  it(
    'a 68 KB one-sentence article writes places.geojson under 500 KB (it was 65 MB)',
    async () => {
      const body = PATHOLOGICAL['one sentence of prose']!(68_000);
      const outDir = await build(article(body));
      expect(size(outDir, 'places.geojson')).toBeLessThan(500_000);
      const excerpts = read<PlaceCollection>(outDir, 'places.geojson').features.flatMap((f) => f.properties.excerpts);
      expect(excerpts.length).toBeGreaterThan(500);
      for (const e of excerpts) expect(e.sentence.slice(...e.highlight)).toBe(e.text);
    },
    LONG,
  );

  it(
    '40 KB of “$1” (20,000 figures in one sentence) keeps the first 50, each quoting only a window of the sentence, and warns',
    async () => {
      const { outDir, warnings } = await buildWarning(article(PATHOLOGICAL['dollar figures run together']!(40_000)));
      const { figures } = read<StoryMeta>(outDir, 'story.json');
      expect(figures).toHaveLength(MAX_FIGURES_PER_SENTENCE);
      expect(figures.map((f) => f.text)).toEqual(figures.map(() => '$1'));
      for (const f of figures) expect(f.evidence.sentence.length).toBeLessThanOrEqual(EXCERPT_WINDOW_CHARS + 2);
      expect(warnings).toContain(
        `${join(outDir, '..', 'articles', 'a.md')}:6: a sentence holds more than 50 figures; only its first 50 are kept`,
      );
    },
    LONG,
  );

  it(
    'figures one to a sentence are kept up to the article’s cap, and the warning names the line past it',
    async () => {
      const body = Array.from({ length: MAX_FIGURES_PER_ARTICLE + 5 }, (_, i) => `Item ${i} cost $${i + 1}.`).join(
        '\n',
      );
      const { outDir, warnings } = await buildWarning(article(body));
      const { figures } = read<StoryMeta>(outDir, 'story.json');
      expect(figures).toHaveLength(MAX_FIGURES_PER_ARTICLE);
      expect(figures.at(-1)!.text).toBe(`$${MAX_FIGURES_PER_ARTICLE}`);
      expect(warnings).toContain(
        `${join(outDir, '..', 'articles', 'a.md')}:${MAX_FIGURES_PER_ARTICLE + 6}: more than 1,000 figures in this article; only the first 1,000 are kept (one article's figures are capped, so that a table or a loop cannot blow up story.json)`,
      );
    },
    LONG,
  );

  it(
    '3,000 trade figures in one sentence give one flow, its evidence a window of the sentence',
    async () => {
      const outDir = await build(article(PATHOLOGICAL['trade figures each with a partner']!(40_000)));
      const flows = read<FlowCollection>(outDir, 'flows.geojson').features;
      expect(flows.map((f) => f.properties.partnerName)).toEqual(['China']);
      expect(flows[0]!.properties.evidence.sentence).toMatch(/^Vietnam trade \$1 with China .*…$/);
      expect(flows[0]!.properties.evidence.sentence.length).toBeLessThanOrEqual(EXCERPT_WINDOW_CHARS + 2);
    },
    LONG,
  );
});

describe('a sentence about the traveller that goes on and on', () => {
  it(
    'visiting every country and capital in one 68 KB sentence builds a route',
    async () => {
      const outDir = await build(
        article(PATHOLOGICAL['the traveller visiting every country and capital in one sentence']!(68_000)),
      );
      const legs = read<RouteCollection>(outDir, 'route.geojson').features;
      expect(legs.length).toBeGreaterThan(100);
      for (const leg of legs)
        for (const e of leg.properties.evidence)
          expect(e.sentence.length).toBeLessThanOrEqual(EXCERPT_WINDOW_CHARS + 2);
    },
    LONG,
  );

  it(
    'a weekday repeated 10,000 times after “will”: the first is next Monday, the far ones last Monday',
    () => {
      const dates = findDates(PATHOLOGICAL['weekdays after a future verb']!(68_000), '2024-06-20');
      expect(dates).toHaveLength(9_712);
      expect([dates[0]!.date, dates[dates.length - 1]!.date]).toEqual(['2024-06-24', '2024-06-17']);
    },
    LONG,
  );
});

describe('runs of punctuation', () => {
  it.each(['a run of dots', 'a run of exclamation marks'])(
    '%s, 1 MiB long, is segmented and geoparsed in one pass (it took minutes, growing with its square)',
    async (name) => {
      const body = `Putin arrived in Hanoi. ${PATHOLOGICAL[name]!(2 ** 20)} He left for Moscow.`;
      const { sentences, mentions } = geoparse(body, await gazetteer());
      // A run of punctuation ends no sentence unless a capital follows: the first sentence runs on to the last dot.
      expect(sentences.map((s) => s.text.length)).toEqual([24 + 2 ** 20, 19]);
      expect(mentions.map((m) => m.text)).toEqual(['Hanoi', 'Moscow']);
    },
    60_000,
  );
});

describe('what one article of 5 MiB can write', () => {
  // Both wrote hundreds of MB (5 MiB of one name 342 MB, 1 MiB of "$1 " 146 MB) and took GBs of memory; the bench measures the peak.
  it.each(['one place name repeated', 'dollar figures run together'])(
    '%s: every output under 50 MB, with a warning naming the article',
    async (name) => {
      const { outDir, warnings } = await buildWarning(article(PATHOLOGICAL[name]!(5 * 2 ** 20 - 100)));
      for (const file of ['places.geojson', 'route.geojson', 'sites.geojson', 'flows.geojson', 'story.json'])
        expect(size(outDir, file)).toBeLessThan(50_000_000);
      expect(warnings.some((w) => w.startsWith(join(outDir, '..', 'articles', 'a.md')) && / are kept/.test(w))).toBe(
        true,
      );
    },
    120_000,
  );
});

describe('what an excerpt quotes', () => {
  it('a sentence of ordinary length is quoted whole', () => {
    const sentence = 'Putin arrived in Hanoi on Thursday.';
    expect(excerptWindow(sentence, 17, 22)).toEqual({
      text: sentence,
      from: 0,
      to: sentence.length,
      highlight: [17, 22],
    });
  });

  it('a long sentence is quoted around the focus, cut between words, with an ellipsis at each cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[100] = 'Hanoi';
    const sentence = words.join(' ');
    expect(sentence.length).toBeGreaterThan(MAX_WHOLE_SENTENCE_CHARS);
    const start = sentence.indexOf('Hanoi');
    const quoted = excerptWindow(sentence, start, start + 5);
    expect(quoted.text).toMatch(/^…word\d+ .* word\d+…$/);
    expect(quoted.text.length).toBeLessThanOrEqual(EXCERPT_WINDOW_CHARS + 2);
    expect(quoted.text.slice(...quoted.highlight)).toBe('Hanoi');
    expect(quoted.text.slice(1, -1)).toBe(sentence.slice(quoted.from, quoted.to));
  });
});

describe('front matter limits', () => {
  it(
    '250,000 keys are refused before the YAML parser sees them, naming the first line over the limit',
    async () => {
      const keys = Array.from({ length: 250_000 }, (_, i) => `k${i}: v`).join('\n');
      const error = await build(`---\n${keys}\n---\nPutin arrived in Hanoi.\n`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(
        new RegExp(
          `a\\.md:${MAX_FRONT_MATTER_KEYS + 2}: front matter has more than ${MAX_FRONT_MATTER_KEYS} keys\\. Keep only its fields`,
        ),
      );
    },
    LONG,
  );

  it(
    'front matter over its size limit is refused at the line that crosses it',
    async () => {
      const notes = `notes: "${'n'.repeat(20_000)}"`;
      const error = await build(`---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n${notes}\n---\nText.\n`).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as InputError).message).toMatch(
        /a\.md:5: front matter is over 16 KiB by this line\. Shorten the fields/,
      );
    },
    LONG,
  );
});
