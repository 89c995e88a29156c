// Property-based tests: random and adversarial articles, front matter and settings.
// Whatever comes in, the pipeline either refuses it with an InputError naming the file,
// or writes outputs that are valid and whose spans slice the text they claim.
import { spawnSync } from 'node:child_process';
import { cliBundle } from '../cli-bundles.ts';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../geo/article/ingest.ts';
import { buildStory } from '../../geo/build.ts';
import { InputError } from '../../geo/io/errors.ts';
import { geoparse } from '../../geo/places/geoparse.ts';
import {
  FlowCollection,
  PlaceCollection,
  RouteCollection,
  SiteCollection,
  StoryMeta,
} from '../../geo/contract/schema.ts';
import { composeStory } from '../../geo/story/compose.ts';
import { storyFiles } from '../../geo/story/files.ts';
import { parseSettings } from '../../geo/story/inputs/settings.ts';
import { gazetteer, GAZETTEER_DIR } from './gazetteer.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SETTINGS_FILE = join(ROOT, 'data', 'story.json');
const SETTINGS_TEXT = readFileSync(SETTINGS_FILE, 'utf8');

/** Sentences of the seed articles, so random text still holds places, figures and the traveller. */
const SEED_LINES = readdirSync(join(ROOT, 'data', 'articles'))
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => readFileSync(join(ROOT, 'data', 'articles', f), 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0 && !line.startsWith('---'));

/** Pieces that have broken parsers before: markers, clutter cues, odd characters, money. */
const TRICKY = [
  '\r\n',
  '\r',
  '\n\n',
  '\uFEFF',
  '\u00a0',
  '\u2028',
  '\t',
  '---',
  '---\n',
  'By Reuters',
  'cookie consent',
  'Related article:',
  '$1',
  '$3.5bn',
  '€2bn',
  '1,000',
  'Hanoi',
  'Hanoi Hanoi',
  'Moscow,',
  'Putin',
  'arrived in',
  'on Thursday',
  'Mr.',
  'U.S.',
  'St. Petersburg',
  '"',
  '“',
  '’s',
  '(',
  ')',
  '—',
  'HANOI (AP) —',
  '<script>alert(1)</script>',
  'javascript:',
  '😀',
  'é',
  'ß',
  '\u0301',
  '\ud800',
  '\udfff',
  ':',
  '#',
  '- item',
  '&anchor',
  '*anchor',
  '{',
  '[',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const separator = fc.constantFrom(' ', '\n', '. ', ', ', '\r\n', '');
const text = fc
  .array(fc.tuple(fragment, separator), { maxLength: 25 })
  .map((parts) => parts.map(([a, b]) => a + b).join(''));

const FIELDS = ['outlet', 'title', 'date', 'url', 'language', 'author', 'notes'];
const yamlValue = fc.oneof(
  fc.constantFrom(
    '"Wire"',
    'Wire',
    '"2024-06-20"',
    '2024-06-20',
    '"2024-13-45"',
    '2023-02-29',
    '"https://example.org/a"',
    'ftp://x',
    '123',
    'true',
    'null',
    '[a, b]',
    '{a: 1}',
    '|',
    '"unclosed',
    "'single'",
    '&a x',
    '*a',
    '""',
  ),
  fc.string({ maxLength: 20 }),
);
const frontMatterLine = fc
  .tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), yamlValue)
  .map(([k, v]) => `${k}: ${v}`);
const frontMatter = fc.oneof(
  fc.constant('outlet: "Wire"\ntitle: "A visit"\ndate: "2024-06-20"'),
  fc.array(frontMatterLine, { maxLength: 8 }).map((lines) => lines.join('\n')),
  fc.string({ maxLength: 60 }),
);
const article = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(frontMatter, text).map(([fm, body]) => `---\n${fm}\n---\n${body}`) },
  { weight: 1, arbitrary: text },
);

/** Calls `run`; any failure must be an InputError that names one of `files`. */
function refusedOrDone<T>(files: string[], run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(InputError);
    expect(files).toContain((error as InputError).file);
    return null;
  }
}

describe('random and adversarial input', () => {
  it('ingest either reads an article or refuses it with an InputError naming the file', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const ingested = refusedOrDone(['a.md'], () => ingestArticle('a.md', raw));
        if (ingested) expect(ingested.article.body.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('geoparse never throws, and every span slices exactly the text it claims', async () => {
    const g = await gazetteer();
    fc.assert(
      fc.property(text, (body) => {
        const { mentions } = geoparse(body, g);
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(body.length);
          expect(body.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('settings either parse or are refused with an InputError naming the file', () => {
    const settings = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc
        .record(
          {
            title: fc.string(),
            traveller: fc.oneof(fc.record({ name: fc.string() }), fc.string()),
            colors: fc.dictionary(fc.string(), fc.string()),
          },
          { requiredKeys: [] },
        )
        .map((s) => JSON.stringify(s)),
      fc.string({ maxLength: 50 }),
    );
    fc.assert(
      fc.property(settings, (raw) => {
        refusedOrDone(['story.json'], () => parseSettings('story.json', raw));
      }),
      { numRuns: 300 },
    );
  });

  it('a story composes to valid outputs whose excerpts slice their article, or is refused naming a file', async () => {
    const g = await gazetteer();
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i) => ({ file: `articles/${i}.md`, text: t }));
        const written = refusedOrDone([...files.map((f) => f.file), SETTINGS_FILE], () =>
          storyFiles(
            composeStory({ articles: files, settings: { file: SETTINGS_FILE, text: SETTINGS_TEXT }, gazetteer: g })
              .story,
          ),
        );
        if (!written) return;
        const read = (name: string) => JSON.parse(written[name]!) as unknown;
        const places = PlaceCollection.parse(read('places.geojson'));
        RouteCollection.parse(read('route.geojson'));
        SiteCollection.parse(read('sites.geojson'));
        FlowCollection.parse(read('flows.geojson'));
        const meta = StoryMeta.parse(read('story.json'));
        expect(new Set(meta.articles.map((a) => a.id)).size).toBe(meta.articles.length);
        const bodies = new Map(files.map((f, i) => [meta.articles[i]!.id, ingestArticle(f.file, f.text).article.body]));
        for (const place of places.features) {
          for (const e of place.properties.excerpts) {
            expect(bodies.get(e.article)!.slice(e.span[0], e.span[1])).toBe(e.text);
            expect(e.sentence.slice(e.highlight[0], e.highlight[1]).length).toBe(e.highlight[1] - e.highlight[0]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a build on disk either writes a complete valid set or leaves the previous outputs byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 2 }), async (texts) => {
        const root = mkdtempSync(join(tmpdir(), 'dateline-prop-'));
        const articlesDir = join(root, 'articles');
        const outDir = join(root, 'out');
        mkdirSync(articlesDir);
        texts.forEach((t, i) => writeFileSync(join(articlesDir, `${i}.md`), t));
        const options = { articlesDir, outDir, gazetteerDir: GAZETTEER_DIR, settingsFile: SETTINGS_FILE };
        // A first good build, so there is a previous set to keep.
        const seedDir = join(root, 'seed');
        mkdirSync(seedDir);
        writeFileSync(
          join(seedDir, 'good.md'),
          '---\noutlet: "Wire"\ntitle: "Visit"\ndate: "2024-06-20"\n---\nPutin arrived in Hanoi on Thursday.\n',
        );
        await buildStory({ ...options, articlesDir: seedDir });
        const before = snapshot(outDir);
        try {
          await buildStory(options);
          for (const name of ['places.geojson', 'route.geojson', 'sites.geojson', 'flows.geojson']) {
            expect(JSON.parse(readFileSync(join(outDir, name), 'utf8'))).toHaveProperty('type', 'FeatureCollection');
          }
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(InputError);
          expect(snapshot(outDir)).toEqual(before);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('npm run geoparse on random files', () => {
  it('prints one line per file whose offsets slice the file as given (a BOM counted), or refuses naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-prop-geoparse-'));
    const samples = fc.sample(fc.tuple(fc.boolean(), text), { numRuns: 40 });
    const files = samples.map(([bom, body], i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, (bom ? '\uFEFF' : '') + body);
      return file;
    });
    const run = spawnSync(process.execPath, [cliBundle('geoparse'), ...files], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; places: Array<{ start: number; end: number; text: string }> });
    expect(lines.map((l) => l.file)).toEqual(files);
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const { file, places } of lines) {
      const given = decoder.decode(readFileSync(file));
      for (const p of places) expect(given.slice(p.start, p.end)).toBe(p.text);
    }
  }, 60_000);
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
