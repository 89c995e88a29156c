// Golden files, after Turf and Observable Framework: every `in/<case>` of a stage has an
// `out/<case>.json`. A missing output is written locally and fails under CI=true;
// UPDATE_GOLDEN=1 rewrites them all after a deliberate change.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface GoldenCase {
  name: string;
  input: string;
  outFile: string;
}

export function goldenCases(stage: string): GoldenCase[] {
  const dir = join(FIXTURES, stage, 'in');
  return readdirSync(dir)
    .sort()
    .map((file) => ({
      name: file.replace(/\.[^.]+$/, ''),
      input: readFileSync(join(dir, file), 'utf8'),
      outFile: join(FIXTURES, stage, 'out', `${file.replace(/\.[^.]+$/, '')}.json`),
    }));
}

export function expectGolden(outFile: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(outFile)) {
    if (process.env.CI === 'true' && !process.env.UPDATE_GOLDEN)
      throw new Error(`missing golden file ${outFile}: run the tests locally to create it`);
    mkdirSync(join(outFile, '..'), { recursive: true });
    writeFileSync(outFile, text);
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
}
