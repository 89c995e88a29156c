// Every kind of bad input stops the build with a message naming the file, the line and
// the fix, and leaves the previous outputs exactly as they were.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../geo/build.ts';
import { InputError } from '../../geo/io/errors.ts';
import { markerText, OUTPUT_MARKER, runId } from '../../geo/io/output-marker.ts';
import { GAZETTEER_DIR } from './gazetteer.ts';

const SETTINGS = join(import.meta.dirname, '..', '..', 'data', 'story.json');
const GOOD =
  '---\noutlet: "Wire"\ntitle: "Visit"\ndate: "2024-06-20"\n---\nPutin arrived in Hanoi on Thursday from Moscow.\n';

/** A fresh workspace with the given articles and an output folder holding a previous build. */
function workspace(articles: Record<string, string | Buffer>, gazetteerDir = GAZETTEER_DIR, settingsFile = SETTINGS) {
  const root = mkdtempSync(join(tmpdir(), 'dateline-bad-'));
  const articlesDir = join(root, 'articles');
  const outDir = join(root, 'out');
  mkdirSync(articlesDir);
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'places.geojson'), 'previous build');
  writeFileSync(join(outDir, OUTPUT_MARKER), markerText({ output: 'story', command: 'npm run data' }, runId(1, 1)));
  for (const [name, content] of Object.entries(articles)) writeFileSync(join(articlesDir, name), content);
  return { articlesDir, outDir, gazetteerDir, settingsFile };
}

async function expectRefused(options: ReturnType<typeof workspace>, pattern: RegExp): Promise<InputError> {
  const error = await buildStory(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(pattern);
  expect(readFileSync(join(options.outDir, 'places.geojson'), 'utf8')).toBe('previous build');
  return error as InputError;
}

describe('bad input', () => {
  it('malformed front matter names the line of the YAML error', async () => {
    await expectRefused(
      workspace({ 'a.md': '---\noutlet: "Wire\ntitle: x\n---\nText.\n' }),
      /a\.md:\d+: front matter is not valid YAML/,
    );
  });

  it('a front matter that is never closed', async () => {
    await expectRefused(
      workspace({ 'a.md': '---\noutlet: Wire\n\nText without a closing fence.\n' }),
      /a\.md:1: front matter opened with --- is never closed/,
    );
  });

  it('a wrong value under another name of a field names the field as the file writes it', async () => {
    await expectRefused(
      workspace({ 'a.md': '---\noutlet: Wire\ntitle: T\npublished_time: "2024-02-30 10:00"\n---\nText.\n' }),
      /a\.md:4: front-matter field `published_time` “2024-02-30T10:00” is invalid: February 2024 has no day 30/,
    );
    await expectRefused(
      workspace({ 'a.md': '---\noutlet: Wire\nsource_url: "ftp://example.org/a"\n---\nText.\n' }),
      /a\.md:3: front-matter field `source_url` “ftp:\/\/example\.org\/a” is invalid/,
    );
  });

  it('an empty article', async () => {
    await expectRefused(
      workspace({ 'good.md': GOOD, 'empty.md': '---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\n\n  \n' }),
      /empty\.md:\d+: article has no text/,
    );
  });

  it('bytes that are not UTF-8 name their line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\nLine six\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait\n'),
    ]);
    await expectRefused(
      workspace({ 'latin1.md': bytes }),
      /latin1\.md:7: byte 0xe9 .* is not UTF-8\. Save the file as UTF-8/,
    );
  });

  it('a 20 MB file is refused before it is read', async () => {
    await expectRefused(
      workspace({ 'huge.md': Buffer.alloc(20 * 1024 * 1024, 'a') }),
      /huge\.md: is 20 MiB, over the 5 MiB limit/,
    );
  });

  it('a landmark with out-of-range coordinates names the landmarks file and the line of the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-gaz-'));
    cpSync(GAZETTEER_DIR, dir, { recursive: true });
    const file = join(dir, 'landmarks.json');
    const text = readFileSync(file, 'utf8').replace(/("id": "hanoi-opera-house"[\s\S]*?"lat": )[\d.]+/, '$1121.02');
    writeFileSync(file, text);
    const line = text.slice(0, text.indexOf('121.02')).split('\n').length;
    await expectRefused(
      workspace({ 'a.md': GOOD }, dir),
      new RegExp(`landmarks\\.json:${line}: entry hanoi-opera-house: lat latitude must be within -90\\.\\.90`),
    );
  });

  it('a trade figure with no currency', async () => {
    const text = GOOD + '\nTrade between Vietnam and Russia stood at 3.5bn in 2022.\n';
    await expectRefused(workspace({ 'a.md': text }), /a\.md:8: the trade figure “3\.5bn” has no currency/);
  });

  it('the same article twice', async () => {
    await expectRefused(
      workspace({ 'a.md': GOOD, 'b.md': GOOD.replace('Wire', 'Other') }),
      /b\.md:1: is a duplicate of .*a\.md/,
    );
  });

  it('an unknown story setting', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-set-'));
    const settings = join(root, 'story.json');
    writeFileSync(settings, '{\n  "title": "T",\n  "traveler": { "name": "X" }\n}\n');
    await expectRefused(
      workspace({ 'a.md': GOOD }, GAZETTEER_DIR, settings),
      /story\.json:3: unknown setting "traveler"/,
    );
  });

  it('a good build replaces the previous outputs as a whole', async () => {
    const options = workspace({ 'a.md': GOOD });
    const result = await buildStory(options);
    expect(result.files).toEqual(['flows.geojson', 'places.geojson', 'route.geojson', 'sites.geojson', 'story.json']);
    const written = (name: string) =>
      (JSON.parse(readFileSync(join(options.outDir, name), 'utf8')) as { features: unknown[] }).features.length;
    expect(result.counts).toEqual({
      places: written('places.geojson'),
      legs: written('route.geojson'),
      sites: written('sites.geojson'),
      flows: written('flows.geojson'),
    });
    expect(result.counts.places).toBeGreaterThan(0);
    expect(readFileSync(join(options.outDir, 'places.geojson'), 'utf8')).toMatch(/^\{"type":"FeatureCollection"/);
  });
});

describe('bad values that used to pass', () => {
  const withDate = (date: string) => GOOD.replace('"2024-06-20"', `"${date}"`);

  it.each([
    ['2024-13-45', /there is no month 13/],
    ['2024-02-30', /February 2024 has no day 30 \(it has 29 days\)/],
    ['2023-02-29', /February 2023 has no day 29 \(it has 28 days\)/],
    ['0000-00-00', /year 0 is not in the calendar/],
    ['2024-06-20T25:99', /there is no hour 25/],
    ['2024-06-20T10:99', /there is no minute 99/],
    ['2024-06-20T10:00+99:99', /the offset \+99:99 is not one a time zone has/],
    ['2024-06-20T10:00-13:00', /the offset -13:00 is not one a time zone has/],
  ])('an impossible date %s names its line, why and the form to write', async (date, why) => {
    const e = await expectRefused(
      workspace({ 'a.md': withDate(date) }),
      new RegExp(`a\\.md:4: front-matter field \`date\` “${date.replace(/[+]/g, '\\+')}” is invalid: `),
    );
    expect(e.message).toMatch(why);
    expect(e.fix).toMatch(/YYYY-MM-DD/);
  });

  it('a real leap day and an offset at the edge of the clock are published as written', async () => {
    const options = workspace({ 'a.md': withDate('2024-02-29T23:59:59+14:00') });
    await buildStory(options);
    const meta = JSON.parse(readFileSync(join(options.outDir, 'story.json'), 'utf8')) as {
      articles: Array<{ date: string }>;
    };
    expect(meta.articles[0]!.date).toBe('2024-02-29T23:59:59+14:00');
  });

  it('a field of the wrong type asks to quote it, not to add it', async () => {
    const e = await expectRefused(
      workspace({ 'a.md': GOOD.replace('title: "Visit"', 'title: 123') }),
      /a\.md:3: front-matter field `title` must be text, not the number 123\. Quote it/,
    );
    expect(e.fix).toContain('`title: "123"`');
    expect(e.message).not.toMatch(/Add `title:`/);
  });

  it('a field with no value says it is empty', async () => {
    await expectRefused(
      workspace({ 'a.md': GOOD.replace('title: "Visit"', 'title:') }),
      /a\.md:3: front-matter field `title` is empty\. Write the headline/,
    );
  });

  it('a title of spaces is as empty as none', async () => {
    await expectRefused(
      workspace({ 'a.md': GOOD.replace('title: "Visit"', 'title: "   "') }),
      /a\.md:3: front-matter field `title` is empty \(only spaces\)\. Write the headline/,
    );
  });

  it.each([
    [
      'a title of spaces',
      '{\n  "title": "   ",\n  "traveller": { "name": "X" }\n}\n',
      /story\.json:2: setting "title" is only spaces\. Write the story’s title/,
    ],
    [
      'a key written twice (JSON.parse would keep the last)',
      '{\n  "title": "T",\n  "traveller": { "name": "X" },\n  "title": "Other"\n}\n',
      /story\.json:4: setting "title" is written twice in one object, and only one can count\. Keep one/,
    ],
    [
      'a key written twice inside a setting',
      '{\n  "title": "T",\n  "traveller": {\n    "name": "X",\n    "name": "Y"\n  }\n}\n',
      /story\.json:5: setting "name" is written twice/,
    ],
    [
      'more than 100 keys',
      `{ "title": "T", "traveller": { "name": "X" }, "colors": { ${Array.from({ length: 120 }, (_, i) => `"c${i}": "#000000"`).join(', ')} } }`,
      /story\.json: has 124 keys, more than the 100 story settings can have/,
    ],
    [
      'over 16 KiB (a 6 MiB subtitle was published)',
      `{ "title": "T", "subtitle": "${'s'.repeat(6 * 2 ** 20)}", "traveller": { "name": "X" } }`,
      /story\.json: is 6 MiB, over the 16 KiB limit\. Keep only the settings/,
    ],
  ])('settings with %s are refused', async (_what, text, pattern) => {
    const settings = join(mkdtempSync(join(tmpdir(), 'dateline-set-')), 'story.json');
    writeFileSync(settings, text);
    await expectRefused(workspace({ 'a.md': GOOD }, GAZETTEER_DIR, settings), pattern);
  });

  it.each([
    ['a YAML list', '- outlet: Wire\n- title: Visit\n'],
    ['a single value', 'Wire, Visit, 2024-06-20\n'],
  ])('front matter that is %s asks for `field: value` lines', async (what, yaml) => {
    await expectRefused(
      workspace({ 'a.md': `---\n${yaml}---\nText.\n` }),
      new RegExp(
        `a\\.md:2: front matter is ${what}, not \`field: value\` lines\\. Write one \`field: value\` per line`,
      ),
    );
  });

  it('front matter that expands aliases without end (billion laughs) names the file and the line of the first alias', async () => {
    const names = 'abcdefghi';
    const lines = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...[...names].slice(1).map((n, i) => `${n}: &${n} [${Array(9).fill(`*${names[i]}`).join(',')}]`),
    ];
    const e = await expectRefused(
      workspace({ 'a.md': `---\noutlet: Wire\n${lines.join('\n')}\n---\nText.\n` }),
      /a\.md:4: front matter cannot be read \(Excessive alias count/,
    );
    expect(e.fix).toMatch(/instead of YAML aliases/);
  });

  it.each([
    [
      'ends early',
      '{\n  "title": "T",\n  "traveller": { "name": "Vladimir Putin" }\n\n',
      3,
      /ends before its JSON is complete/,
    ],
    [
      'has a comma before ]',
      '{\n  "title": "T",\n  "traveller": { "name": "Vladimir Putin", "aliases": ["Putin",] }\n}\n',
      3,
      /is not valid JSON \(Unexpected token '\]' at “\] }”\)/,
    ],
    [
      'has a word not in quotes',
      '{\n  "title": "T",\n  "traveller": { "name": Putin }\n}\n',
      3,
      /is not valid JSON \(Unexpected token 'P'/,
    ],
  ])('a settings file that %s names its line', async (_, text, line, problem) => {
    const settings = join(mkdtempSync(join(tmpdir(), 'dateline-set-')), 'story.json');
    writeFileSync(settings, text);
    const e = await expectRefused(
      workspace({ 'a.md': GOOD }, GAZETTEER_DIR, settings),
      new RegExp(`story\\.json:${line}: `),
    );
    expect(e.message).toMatch(problem);
  });

  it('a landmark alias that is a common word names the landmarks file and the line of the alias', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-gaz-'));
    cpSync(GAZETTEER_DIR, dir, { recursive: true });
    const file = join(dir, 'landmarks.json');
    const text = readFileSync(file, 'utf8').replace('"Opera House",', '"Opera House",\n      "The",');
    writeFileSync(file, text);
    const line = text.slice(0, text.indexOf('"The"')).split('\n').length;
    await expectRefused(
      workspace({ 'a.md': GOOD }, dir),
      new RegExp(`landmarks\\.json:${line}: entry hanoi-opera-house: the name “The” is a common word`),
    );
  });

  it('two articles with one stem (x.md, x.txt) get ids of their own', async () => {
    const options = workspace({
      'x.md': GOOD,
      'x.txt': GOOD.replace('Putin arrived', 'Putin landed').replace('Wire', 'Other'),
      'y.md': GOOD.replace('Putin arrived', 'Putin flew'),
    });
    await buildStory(options);
    const meta = JSON.parse(readFileSync(join(options.outDir, 'story.json'), 'utf8')) as {
      articles: Array<{ id: string }>;
    };
    expect(meta.articles.map((a) => a.id)).toEqual(['x.md', 'x.txt', 'y']);
  });

  it('a traveller no article names gives a warning with the names tried and what to do', async () => {
    const settings = join(mkdtempSync(join(tmpdir(), 'dateline-set-')), 'story.json');
    writeFileSync(settings, '{\n  "title": "T",\n  "traveller": { "name": "Elena Varga", "aliases": ["Varga"] }\n}\n');
    const { warnings, counts } = await buildStory({ ...workspace({ 'a.md': GOOD }), settingsFile: settings });
    expect(counts.legs).toBe(0);
    expect(warnings).toContainEqual(
      expect.stringMatching(/story\.json:3: no article names the traveller \(tried “Elena Varga”, “Varga”.*\)/),
    );
    expect(warnings.join('\n')).toMatch(/Add the form the articles use .* to `traveller\.aliases`/);
  });

  it('a traveller the articles name gives no such warning', async () => {
    const { warnings } = await buildStory(workspace({ 'a.md': GOOD }));
    expect(warnings.filter((w) => /traveller/.test(w))).toEqual([]);
  });
});
