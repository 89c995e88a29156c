// Every kind of bad input stops the build with a message naming the file, the line and
// the fix, and leaves the previous outputs exactly as they were.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../geo/build.ts';
import { InputError } from '../../geo/errors.ts';
import { GAZETTEER_DIR } from './gazetteer.ts';

const SETTINGS = join(import.meta.dirname, '..', '..', 'data', 'story.json');
const GOOD = '---\noutlet: "Wire"\ntitle: "Visit"\ndate: "2024-06-20"\n---\nPutin arrived in Hanoi on Thursday from Moscow.\n';

/** A fresh workspace with the given articles and an output folder holding a previous build. */
function workspace(articles: Record<string, string | Buffer>, gazetteerDir = GAZETTEER_DIR, settingsFile = SETTINGS) {
  const root = mkdtempSync(join(tmpdir(), 'dateline-bad-'));
  const articlesDir = join(root, 'articles');
  const outDir = join(root, 'out');
  mkdirSync(articlesDir);
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'places.geojson'), 'previous build');
  for (const [name, content] of Object.entries(articles)) writeFileSync(join(articlesDir, name), content);
  return { articlesDir, outDir, gazetteerDir, settingsFile };
}

async function expectRefused(options: ReturnType<typeof workspace>, pattern: RegExp): Promise<InputError> {
  const error = await buildStory(options).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(pattern);
  expect(readFileSync(join(options.outDir, 'places.geojson'), 'utf8')).toBe('previous build');
  return error as InputError;
}

describe('bad input', () => {
  it('malformed front matter names the line of the YAML error', async () => {
    await expectRefused(workspace({ 'a.md': '---\noutlet: "Wire\ntitle: x\n---\nText.\n' }), /a\.md:\d+: front matter is not valid YAML/);
  });

  it('a front matter that is never closed', async () => {
    await expectRefused(workspace({ 'a.md': '---\noutlet: Wire\n\nText without a closing fence.\n' }), /a\.md:1: front matter opened with --- is never closed/);
  });

  it('an unknown front-matter field names the field, its line and the known fields', async () => {
    const e = await expectRefused(workspace({ 'a.md': '---\noutlet: Wire\ntitle: T\ndate: "2024-06-20"\nauthr: Me\n---\nText.\n' }), /a\.md:5: unknown front-matter field `authr`/);
    expect(e.fix).toMatch(/author/);
  });

  it('a missing required field says which to add', async () => {
    await expectRefused(workspace({ 'a.md': '---\ntitle: T\ndate: "2024-06-20"\n---\nText.\n' }), /a\.md:\d+: front-matter field `outlet` is invalid\. Add `outlet:`/);
  });

  it('an empty article', async () => {
    await expectRefused(workspace({ 'good.md': GOOD, 'empty.md': '---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\n\n  \n' }), /empty\.md:\d+: article has no text/);
  });

  it('bytes that are not UTF-8 name their line', async () => {
    const bytes = Buffer.concat([Buffer.from('---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\nLine six\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    await expectRefused(workspace({ 'latin1.md': bytes }), /latin1\.md:7: byte 0xe9 .* is not UTF-8\. Save the file as UTF-8/);
  });

  it('a 20 MB file is refused before it is read', async () => {
    await expectRefused(workspace({ 'huge.md': Buffer.alloc(20 * 1024 * 1024, 'a') }), /huge\.md: is 20 MiB, over the 5 MiB limit/);
  });

  it('a landmark with out-of-range coordinates names the landmarks file and the line of the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-gaz-'));
    cpSync(GAZETTEER_DIR, dir, { recursive: true });
    const file = join(dir, 'landmarks.json');
    const text = readFileSync(file, 'utf8').replace(/("id": "hanoi-opera-house"[\s\S]*?"lat": )[\d.]+/, '$1121.02');
    writeFileSync(file, text);
    const line = text.slice(0, text.indexOf('121.02')).split('\n').length;
    await expectRefused(workspace({ 'a.md': GOOD }, dir), new RegExp(`landmarks\\.json:${line}: entry hanoi-opera-house: lat latitude must be within -90\\.\\.90`));
  });

  it('a trade figure with no currency', async () => {
    const text = GOOD + '\nTrade between Vietnam and Russia stood at 3.5bn in 2022.\n';
    await expectRefused(workspace({ 'a.md': text }), /a\.md:8: the trade figure “3\.5bn” has no currency/);
  });

  it('the same article twice', async () => {
    await expectRefused(workspace({ 'a.md': GOOD, 'b.md': GOOD.replace('Wire', 'Other') }), /b\.md:1: is a duplicate of .*a\.md/);
  });

  it('an unknown story setting', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-set-'));
    const settings = join(root, 'story.json');
    writeFileSync(settings, '{\n  "title": "T",\n  "traveler": { "name": "X" }\n}\n');
    await expectRefused(workspace({ 'a.md': GOOD }, GAZETTEER_DIR, settings), /story\.json:3: unknown setting "traveler"/);
  });

  it('a good build replaces the previous outputs as a whole', async () => {
    const options = workspace({ 'a.md': GOOD });
    const result = await buildStory(options);
    expect(result.files).toEqual(['flows.geojson', 'places.geojson', 'route.geojson', 'sites.geojson', 'story.json']);
    expect(readFileSync(join(options.outDir, 'places.geojson'), 'utf8')).toMatch(/^\{"type":"FeatureCollection"/);
  });
});
