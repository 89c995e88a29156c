// What may be written where, decided from paths and folder listings alone (no disk here):
// a build replaces its output folder whole, so it must only ever replace a folder it owns.
import { isAbsolute, relative } from 'node:path';
import { InputError } from './errors.ts';
import { isOurLeftover, leftoverName, OUTPUT_MARKER, type OutputMarker } from './output-marker.ts';

export { OUTPUT_MARKER } from './output-marker.ts';

/** An output folder of the pipeline: the names it writes and the inputs it must never replace. */
export interface OutputSpec {
  /** What is written ("story", "basemap"), recorded in the marker. */
  output: string;
  /** The command that writes it ("npm run data"), recorded in the marker for messages. */
  command: string;
  /** The names a build writes into the folder (the marker aside). */
  files: readonly string[];
  /** The paths the build reads, with what each is ("articles folder"). */
  inputs: ReadonlyArray<{ path: string; what: string }>;
}

/** What is on disk at the output path now; a folder's marker is 'foreign' when the file is there but not Dateline's. */
export type FolderState =
  | { kind: 'missing' }
  | { kind: 'folder'; entries: string[]; marker: OutputMarker | 'foreign' | null }
  | { kind: 'other'; what: string };

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
  if (state.kind === 'other') return refuse(`the output path is ${state.what}`);
  if (state.kind === 'missing' || state.entries.length === 0) return null;
  const { marker } = state;
  const fix = 'Pick a new or empty folder, or, if nothing in this one is needed, delete it yourself and run again';
  if (marker === null) {
    const names = [...state.entries].sort();
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
    return refuse(
      `the folder holds files (${shown}) and no ${OUTPUT_MARKER} marker, so Dateline did not write it (or wrote it before it marked its folders); a build replaces its output folder whole`,
      fix,
    );
  }
  if (marker === 'foreign')
    return refuse(
      `the folder's ${OUTPUT_MARKER} is not a marker Dateline wrote; a build replaces its output folder whole`,
      fix,
    );
  if (marker.output !== spec.output)
    return refuse(
      `the folder holds Dateline's ${marker.output} output, written by \`${marker.command ?? `the ${marker.output} build`}\`; only that command may replace it`,
      FIX_PATH.replace('<output>', spec.output),
    );
  return null;
}

/** A name beside the output folder that may be a swap's leftover, with what its marker says (null: none or not Dateline's). */
export interface Leftover {
  name: string;
  marker: OutputMarker | null;
  /** An empty folder: a temp folder of a run killed before it wrote its marker. */
  empty: boolean;
}

/**
 * What to do with the leftovers of interrupted swaps of the output folder `base`: a set moved
 * aside goes back when the folder is missing (the newest, were there several); every other
 * leftover goes. Only leftovers whose marker names this output and the run of their name are
 * Dateline's; an empty temp folder goes too (removing it cannot delete anything). Anything
 * else is left alone, whatever its name. Temp folders are never promoted: one may be partial.
 */
export function planRecovery(
  base: string,
  output: string,
  siblings: Leftover[],
  targetExists: boolean,
): { restore: string | null; remove: string[] } {
  const mine = siblings
    .filter(({ name, marker, empty }) => {
      const parts = leftoverName(name);
      return parts?.base === base && (isOurLeftover(name, marker, output) || (parts.kind === 'tmp' && empty));
    })
    .map(({ name }) => name)
    .sort();
  const aside = mine.filter((name) => leftoverName(name)?.kind === 'old');
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
