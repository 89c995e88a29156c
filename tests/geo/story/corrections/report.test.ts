// The corrections file through a whole build: read beside the other inputs with the same
// discipline (size limit, a bad file refused with its line and the previous outputs kept), and a
// correction whose mark is gone reported at the end, never dropped without a word.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../../geo/build.ts';
import { MAX_CORRECTIONS_BYTES } from '../../../../geo/contract/corrections.ts';
import type { SiteCollection, StoryMeta } from '../../../../geo/contract/schema.ts';
import { InputError } from '../../../../geo/io/errors.ts';
import { markerText, OUTPUT_MARKER, runId } from '../../../../geo/io/output-marker.ts';
import { GAZETTEER_DIR } from '../../gazetteer.ts';

const ARTICLE =
  '---\noutlet: "Wire"\ntitle: "Visit"\ndate: "2031-05-02"\n---\nPresident Tamsin Roe arrived in Lisbon on Friday from Madrid. Roe later flew to Porto.\n';
const SETTINGS = '{ "traveller": { "name": "Tamsin Roe", "aliases": ["Roe"] } }\n';

function workspace(corrections: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'dateline-corrections-'));
  const [articlesDir, outDir] = [join(root, 'articles'), join(root, 'out')];
  mkdirSync(articlesDir);
  mkdirSync(outDir);
  writeFileSync(join(articlesDir, 'a.md'), ARTICLE);
  writeFileSync(join(root, 'story.json'), SETTINGS);
  writeFileSync(join(outDir, 'places.geojson'), 'previous build');
  writeFileSync(join(outDir, OUTPUT_MARKER), markerText({ output: 'story', command: 'npm run data' }, runId(1, 1)));
  const correctionsFile = join(root, 'corrections.json');
  if (corrections !== null) writeFileSync(correctionsFile, corrections);
  return { articlesDir, outDir, gazetteerDir: GAZETTEER_DIR, settingsFile: join(root, 'story.json'), correctionsFile };
}

const entry = (what: string, reason: string) =>
  `    { "what": "${what}", "change": { "do": "reject" }, "reason": "${reason}", "date": "2031-05-03" }`;

describe('the corrections file in a build', () => {
  it('builds as before without one', async () => {
    const result = await buildStory(workspace(null));
    expect(result.unapplied).toEqual([]);
    expect(result.counts.legs).toBeGreaterThan(0);
  });

  it('applies what it can and reports, at the end, each correction whose mark is gone', async () => {
    const options = workspace(
      `{\n  "corrections": [\n${entry('stop:city:0', 'gone')},\n${entry('route', 'x').replace('"reject"', '"order", "stops": ["a"]')}\n  ]\n}\n`,
    );
    const result = await buildStory(options);
    expect(result.unapplied).toEqual([
      `${options.correctionsFile}: 2 corrections of the editor's changed nothing (the articles may have changed since):`,
      '  correction 1 (stop:city:0, reject, “gone”): no stop city:0 in this build. Fix its key or remove it',
      expect.stringMatching(
        /^ {2}correction 2 \(route, order, “x”\): the route's stops are now .*, not those listed\. Fix/,
      ),
    ]);
    const meta = JSON.parse(readFileSync(join(options.outDir, 'story.json'), 'utf8')) as StoryMeta;
    expect(meta.corrections).toBeUndefined();
  });

  it('reports a mention resolve and a site placed at a gazetteer point whose marks are gone, and applies a site added', async () => {
    const line = (what: string, change: string) =>
      `    { "what": "${what}", "change": ${change}, "reason": "r", "date": "2031-05-03" }`;
    const options = workspace(
      `{\n  "corrections": [\n${[
        line(
          'mention:city:0',
          '{ "do": "resolve", "to": "city:1", "name": "One", "kind": "city", "country": null, "lon": 1, "lat": 2 }',
        ),
        line('site:landmark:gone', '{ "do": "place", "lon": 1, "lat": 2, "at": "Old Square" }'),
        line('site:editor:fish-market', '{ "do": "add", "name": "Fish Market", "lon": -9.14, "lat": 38.71 }'),
      ].join(',\n')}\n  ]\n}\n`,
    );
    const result = await buildStory(options);
    expect(result.unapplied).toEqual([
      `${options.correctionsFile}: 2 corrections of the editor's changed nothing (the articles may have changed since):`,
      '  correction 1 (mention:city:0, resolve, “r”): no place city:0 in this build. Fix its key or remove it',
      '  correction 2 (site:landmark:gone, place, “r”): no site landmark:gone in this build. Fix its key or remove it',
    ]);
    const sites = JSON.parse(readFileSync(join(options.outDir, 'sites.geojson'), 'utf8')) as SiteCollection;
    const added = sites.features.find((f) => f.id === 'editor:fish-market')!.properties;
    expect([added.name, added.basis, added.evidence, added.city]).toEqual([
      'Fish Market',
      'editor',
      [],
      'city:2267057',
    ]);
  });

  it('refuses a bad file with its line and keeps the previous outputs', async () => {
    const options = workspace(
      `{\n  "corrections": [\n${entry('stop:city:0', 'a')},\n${entry('nowhere', 'b')}\n  ]\n}\n`,
    );
    const error = await buildStory(options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/corrections\.json:4: correction 2: "what" names no mark/);
    expect(readFileSync(join(options.outDir, 'places.geojson'), 'utf8')).toBe('previous build');
  });

  it('refuses a file over the size limit while reading it', async () => {
    const options = workspace(`{ "corrections": [] }${' '.repeat(MAX_CORRECTIONS_BYTES)}`);
    await expect(buildStory(options)).rejects.toThrow(/corrections\.json: is [\d,]+ bytes, over the 256 KiB limit/);
  });
});
