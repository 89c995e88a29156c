// A small output set for the swap tests: three files that each say which set they belong to,
// so a reader can tell a complete set from a mixed or partial one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER, type OutputSpec } from '../../../geo/io/output-folder.ts';

export const SWAP_SPEC: OutputSpec = {
  output: 'test',
  command: 'swap-child',
  files: ['a.json', 'b.json', 'c.json'],
  inputs: [],
};

export const swapSet = (label: string): Record<string, string> =>
  Object.fromEntries(SWAP_SPEC.files.map((name) => [name, JSON.stringify({ set: label, file: name })]));

/** The label of the complete set in `dir`, or a description of what is wrong with it. */
export function setIn(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  const names = readdirSync(dir).sort();
  if (names.join() !== [OUTPUT_MARKER, ...SWAP_SPEC.files].sort().join()) return `incomplete: ${names.join(', ')}`;
  const labels = new Set(
    SWAP_SPEC.files.map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { set: string }).set),
  );
  return labels.size === 1 ? [...labels][0]! : `mixed: ${[...labels].join(', ')}`;
}

/** What lies beside the output folder: the folder itself, and any temp folder, set moved aside or lock. */
export const besideOutput = (out: string): string[] =>
  readdirSync(dirname(out))
    .filter((name) => name.startsWith(basename(out)) || name.startsWith(`.${basename(out)}.`))
    .sort();
