// The CLIs as a user runs them: real processes, real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cliBundle, type Cli } from '../cli-bundles.ts';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** A CLI as `npm run` starts it: its bundle (built once per run, tests/cli-bundles.ts) in a process of its own. */
const cli = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [cliBundle(basename(script, '.ts') as Cli), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });

describe('npm run geoparse', () => {
  it('prints one JSON line per file, offsets into the text as given', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'places', 'in', 'metonym-kremlin.txt');
    const run = cli('geo/cli/geoparse.ts', [file]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0]!) as {
      file: string;
      places: Array<{
        start: number;
        end: number;
        text: string;
        name: string;
        lat: number;
        lon: number;
        id: string;
        confidence: number;
      }>;
    };
    const text = readFileSync(file, 'utf8');
    expect(parsed.file).toBe(file);
    for (const p of parsed.places) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(parsed.places.map((p) => p.name)).toContain('Moscow');
    expect(Object.keys(parsed.places[0]!)).toEqual([
      'start',
      'end',
      'text',
      'name',
      'lat',
      'lon',
      'id',
      'confidence',
      'usage',
    ]);
  });

  it('prints places inside an organisation’s name too, each with its usage, so a scorer keeps what its corpus annotates', () => {
    const text = 'The Winnipeg Police Service said Canadians in Winnipeg were safe.';
    const run = cli('geo/cli/geoparse.ts', [], text);
    const { places } = JSON.parse(run.stdout) as { places: Array<{ text: string; usage: string; id: string }> };
    expect(places.map((p) => [p.text, p.usage])).toEqual([
      ['Winnipeg', 'organisation'],
      ['Canadians', 'demonym'],
      ['Winnipeg', 'name'],
    ]);
    expect(places[0]!.id).toBe(places[2]!.id);
  });

  it('reads standard input, counting offsets in UTF-16 units past accents and emoji', () => {
    const text = 'Tết 🎉 in Hà Nội, then Hanoi.';
    const run = cli('geo/cli/geoparse.ts', [], text);
    const { file, places } = JSON.parse(run.stdout) as {
      file: string;
      places: Array<{ start: number; end: number; text: string }>;
    };
    expect(file).toBe('-');
    expect(places.map((p) => [p.text, text.slice(p.start, p.end)])).toEqual([
      ['Hà Nội', 'Hà Nội'],
      ['Hanoi', 'Hanoi'],
    ]);
  });
});

describe('npm run data', () => {
  it('runs on any folder given with --articles and --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-cli-')), 'story');
    const story = join(ROOT, 'tests', 'fixtures', 'story-two');
    const run = cli('geo/cli/build.ts', [
      '--articles',
      join(story, 'articles'),
      '--settings',
      join(story, 'story.json'),
      '--story-gazetteer',
      join(story, 'gazetteer'),
      '--out',
      out,
    ]);
    expect(run.stderr).toMatch(/wrote 5 files .* 3 sites, 3 trade flows/);
    // The settings give all but the traveller's home and the colours: each default used is said, once.
    expect(run.stderr.match(/^default: .*/gm)).toEqual([
      'default: traveller.home Chile (read from the text)',
      "default: colors: the app's own palette",
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')).traveller).toBe('Elena Varga');
  });

  it('refuses an unknown option instead of ignoring it', () => {
    const run = cli('geo/cli/build.ts', ['--article', 'x']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown option --article; known: --articles/);
  });
});

describe('npm run eval', () => {
  // As on a user's fresh clone: no development data beside it.
  const missing = join(tmpdir(), 'dateline-no-shared');
  const args = [cliBundle('eval'), '--stories', missing, '--corpora', missing];

  it('meets the targets on the hand-annotated gold: F1 ≥ 0.95, accuracy ≥ 0.98', () => {
    const output = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    const [, f1, accuracy] = /recognition F1 ([\d.]+) .* within 161 km ([\d.]+)/.exec(output) ?? [];
    expect(Number(f1)).toBeGreaterThanOrEqual(0.95);
    expect(Number(accuracy)).toBeGreaterThanOrEqual(0.98);
  });

  it('without the development data, says the story and corpus tables are skipped, and passes', () => {
    const run = spawnSync(process.execPath, [...args, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const { stories, corpora, floor } = JSON.parse(run.stdout) as {
      stories: null;
      corpora: null;
      floor: { problems: [] };
    };
    expect([stories, corpora, floor.problems]).toEqual([null, null, []]);
    const text = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).stdout;
    expect(text).toContain(`no story folder at ${missing}: story table skipped`);
  });
});
