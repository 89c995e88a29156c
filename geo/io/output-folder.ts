// What may be written where, decided from paths and folder listings alone (no disk here):
// a build replaces its output folder whole, so it must only ever replace a folder it owns.
import { isAbsolute, relative } from 'node:path';
import { InputError } from './errors.ts';

/** Written into every output folder: what a later build looks for before replacing it. */
export const OUTPUT_MARKER = '.dateline-output';

export const markerText = (output: string): string =>
  `${JSON.stringify({ writtenBy: 'Dateline', output, note: 'Every build replaces this folder whole; keep nothing else here.' }, null, 2)}\n`;

/** An output folder of the pipeline: the names it writes and the inputs it must never replace. */
export interface OutputSpec {
  /** What is written ("story", "basemap"), recorded in the marker. */
  output: string;
  /** The names a build writes into the folder (the marker aside). */
  files: readonly string[];
  /** The paths the build reads, with what each is ("articles folder"). */
  inputs: ReadonlyArray<{ path: string; what: string }>;
}

/** What is on disk at the output path now. */
export type FolderState = { kind: 'missing' } | { kind: 'folder'; entries: string[] } | { kind: 'other'; what: string };

export interface OutputClaim {
  /** The value as the user gave it, for the message. */
  given: string;
  /** The same, absolute and with symbolic links of its parents resolved. */
  target: string;
  /** The current folder, resolved the same way. */
  cwd: string;
  spec: OutputSpec;
  state: FolderState;
}

/** `inner` is `outer` or lies inside it. */
export const within = (inner: string, outer: string): boolean => {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

const FIX_PATH = 'Pass a folder of its own, new or empty (the default is public/data/<output>)';

/** Why the build must not replace `claim.target`, or null when it may. */
export function refuseOutputFolder(claim: OutputClaim): InputError | null {
  const { given, target, cwd, spec, state } = claim;
  const refuse = (problem: string, fix = FIX_PATH.replace('<output>', spec.output)) =>
    new InputError(given === '' ? '""' : given, null, problem, fix);
  if (given.trim() === '')
    return refuse('the output folder is empty, which means the current folder (an unset variable in `--out "$OUT"`?)');
  if (within(cwd, target))
    return refuse(
      `the output folder ${target} is the current folder or holds it: the build would replace the whole project`,
    );
  for (const input of spec.inputs) {
    if (within(target, input.path))
      return refuse(
        `the output folder is the ${input.what} ${input.path} or lies inside it: the build would replace its inputs`,
      );
    if (within(input.path, target))
      return refuse(`the output folder holds the ${input.what} ${input.path}: the build would replace its inputs`);
  }
  if (state.kind === 'other') return refuse(`the output path is ${state.what}, not a folder`);
  if (state.kind === 'missing' || state.entries.includes(OUTPUT_MARKER)) return null;
  const foreign = state.entries.filter((name) => !spec.files.includes(name)).sort();
  if (foreign.length === 0) return null;
  const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
  return refuse(
    `the folder holds files Dateline did not write (${shown}) and no ${OUTPUT_MARKER} marker; a build replaces its output folder whole`,
    'Pick an empty or new folder, or delete this one yourself if nothing in it is needed',
  );
}

/** The folders and lock a swap puts beside `<name>`, told apart by a stamp that sorts by time. */
export const swapNames = (target: string, stamp: string) => ({
  temp: `${target}.tmp-${stamp}`,
  aside: `${target}.old-${stamp}`,
});
export const lockName = (target: string): string => `${target}.lock`;
export const swapStamp = (now: number, pid: number): string => `${String(now).padStart(15, '0')}-${pid}`;

const LEFTOVER = /^(.+)\.(tmp|old)-\d+-\d+$/;

/** A temp folder, set moved aside or lock of some output folder: never published. */
export const isSwapLeftover = (name: string): boolean => LEFTOVER.test(name) || name.endsWith('.lock');

/**
 * What to do with the leftovers of interrupted swaps of the output folder `base`, given the
 * names beside it: a set moved aside goes back when the folder is missing (the newest, were
 * there several); every other leftover goes. Temp folders are never promoted: one may be partial.
 */
export function planRecovery(
  base: string,
  siblings: string[],
  targetExists: boolean,
): { restore: string | null; remove: string[] } {
  const mine = siblings.filter((name) => LEFTOVER.exec(name)?.[1] === base).sort();
  const aside = mine.filter((name) => name.startsWith(`${base}.old-`));
  const restore = targetExists ? null : (aside.at(-1) ?? null);
  return { restore, remove: mine.filter((name) => name !== restore) };
}

/** The steps of a swap, in order: a fault test stops the writer after each. */
export const SWAP_STEPS = [
  'locked',
  'recovered',
  'temp-created',
  'temp-partial',
  'temp-written',
  'moved-aside',
  'moved-into-place',
  'aside-removed',
] as const;
export type SwapStep = (typeof SWAP_STEPS)[number];

/** Where the outputs stand after a failed write, so the CLI never claims they are untouched when they are not. */
export type WriteOutcome = 'untouched' | 'aside' | 'replaced';

export class OutputWriteError extends Error {
  constructor(
    readonly outcome: WriteOutcome,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'OutputWriteError';
  }
}
