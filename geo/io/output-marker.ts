// The marks a build leaves on what it writes, and how each is told apart from anything a user
// wrote: the marker inside an output folder (what it holds, which command wrote it, in which
// run) and the lock beside it (which process holds it). A name proves nothing: a user may call
// a folder `story.old-2024-06` or a file `yarn.lock`; only content in these forms is Dateline's.
// Pure: geo/io-output.ts reads and writes them.
import { basename, dirname, join } from 'node:path';

/** Written into every output folder, and into each temp folder of a swap, first. */
export const OUTPUT_MARKER = '.dateline-output';

export interface OutputMarker {
  /** What the folder holds ("story", "basemap"): only a build of the same output may replace it. */
  output: string;
  /** The command that wrote it, for messages; null in markers written before it was recorded. */
  command: string | null;
  /** The run that wrote it (see runId); null in markers written before runs were recorded. */
  run: string | null;
}

/** A run's id: the time it started (15 digits, so ids sort by time) and its process id. */
export const runId = (now: number, pid: number): string => `${String(now).padStart(15, '0')}-${pid}`;
const RUN = /^\d{15}-\d+$/;

export const markerText = (output: { output: string; command: string }, run: string): string =>
  `${JSON.stringify(
    {
      writtenBy: 'Dateline',
      output: output.output,
      command: output.command,
      run,
      note: 'Every build replaces this folder whole; keep nothing else here.',
    },
    null,
    2,
  )}\n`;

/** The marker a text holds, or null when it is not one Dateline wrote (then the folder is not Dateline's). */
export function parseMarker(text: string): OutputMarker | null {
  const value = parseObject(text);
  if (value?.writtenBy !== 'Dateline' || typeof value.output !== 'string') return null;
  const optional = (key: string, form?: RegExp) => {
    const field = value[key];
    return typeof field === 'string' && (!form || form.test(field)) ? field : null;
  };
  return { output: value.output, command: optional('command'), run: optional('run', RUN) };
}

/** The lock of an output folder: a dot-file beside it whose name no other tool uses (not `<out>.lock`: `--out yarn` would take yarn.lock). */
export const lockName = (target: string): string => join(dirname(target), `.${basename(target)}.dateline-lock`);
const LOCK_NAME = /^\..+\.dateline-lock$/;

export interface LockOwner {
  pid: number;
  run: string;
  output: string;
}

export const lockText = (owner: LockOwner, startedAt: Date): string =>
  `${JSON.stringify({ lock: 'dateline', output: owner.output, pid: owner.pid, run: owner.run, started: startedAt.toISOString() })}\n`;

/** Who holds a lock, or null when its text is not a Dateline lock (then it is never taken over or removed). */
export function parseLock(text: string): LockOwner | null {
  const value = parseObject(text);
  if (value?.lock !== 'dateline' || typeof value.output !== 'string') return null;
  const { pid, run } = value;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return null;
  if (typeof run !== 'string' || !RUN.test(run)) return null;
  return { pid, run, output: value.output };
}

export const isLockName = (name: string): boolean => LOCK_NAME.test(name);

/** The temp folder and the set moved aside of a swap of `target`, each named by the run its marker records. */
export const swapFolder = (target: string, kind: 'tmp' | 'old', run: string): string => `${target}.${kind}-${run}`;

/** What a name beside an output folder would be were it a swap's leftover: its folder, kind and run; else null. */
export function leftoverName(name: string): { base: string; kind: 'tmp' | 'old'; run: string } | null {
  const found = /^(.+)\.(tmp|old)-(\d{15}-\d+)$/.exec(name);
  return found ? { base: found[1]!, kind: found[2] as 'tmp' | 'old', run: found[3]! } : null;
}

/** A leftover is Dateline's only when it carries the marker of the run its name gives, for the same output. */
export const isOurLeftover = (
  name: string,
  marker: OutputMarker | null,
  output: string | null = marker?.output ?? null,
): boolean => {
  const parts = leftoverName(name);
  return parts !== null && marker !== null && marker.run === parts.run && marker.output === output;
};

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
