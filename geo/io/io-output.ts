// The writing half of geo/io/io.ts (which re-exports it): output folders are replaced whole,
// only when the pipeline owns them, under a lock, and recovered when a run was killed mid-swap.
// The decisions (may this folder be replaced? what to recover?) are pure, in output-folder.ts.
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.ts';
import {
  isSwapLeftover,
  lockName,
  markerText,
  OUTPUT_MARKER,
  OutputWriteError,
  planRecovery,
  refuseOutputFolder,
  swapNames,
  swapStamp,
  type FolderState,
  type OutputSpec,
  type SwapStep,
  type WriteOutcome,
} from './output-folder.ts';

/** Options of a write, for tests: a step callback to fault the swap, and how long to wait for a lock. */
export interface WriteOptions {
  faults?: (step: SwapStep) => void | Promise<void>;
  lockWaitMs?: number;
}

/**
 * Checks, before any work, that the output folder is one the build may replace, and
 * finishes any swap an earlier run left half done (see recoverSwap).
 */
export async function checkOutputFolder(given: string, spec: OutputSpec, options: WriteOptions = {}): Promise<void> {
  await underOutputLock(given, spec, options, async () => {});
}

/**
 * Writes every file (and the marker) into the output folder at once: all go to a sibling
 * temp folder, which replaces the folder by rename, so a reader never sees a half-written
 * set. Between the two renames the name is briefly empty; a run killed there leaves the
 * previous set whole beside it, and the next run puts it back before doing anything else.
 */
export async function writeFolderAtomically(
  given: string,
  files: Record<string, string>,
  spec: OutputSpec,
  options: WriteOptions = {},
): Promise<void> {
  const step = async (name: SwapStep) => options.faults?.(name);
  await underOutputLock(given, spec, options, async (target) => {
    const { temp, aside } = swapNames(target, swapStamp(Date.now(), process.pid));
    let outcome: WriteOutcome = 'untouched';
    try {
      await mkdir(temp);
      await step('temp-created');
      const entries = [...Object.entries(files), [OUTPUT_MARKER, markerText(spec.output)] as const];
      for (const [i, [name, content]] of entries.entries()) {
        await writeFile(join(temp, basename(name)), content);
        if (i === 0) await step('temp-partial');
      }
      await step('temp-written');
      const hadPrevious = await exists(target);
      if (hadPrevious) {
        await rename(target, aside);
        outcome = 'aside';
        await step('moved-aside');
      }
      await rename(temp, target);
      outcome = 'replaced';
      await step('moved-into-place');
      if (hadPrevious) await rm(aside, { recursive: true, force: true });
      await step('aside-removed');
    } catch (error) {
      throw await rollBack(error, outcome, { target, temp, aside });
    }
  });
}

/** After a failed write: the temp folder goes, a set moved aside comes back, and the error says where things stand. */
async function rollBack(
  error: unknown,
  outcome: WriteOutcome,
  { target, temp, aside }: Record<'target' | 'temp' | 'aside', string>,
) {
  // What cannot be removed or put back now is left to the next run's recovery, which the message says.
  await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  if (outcome === 'aside')
    outcome = await rename(aside, target).then(
      () => 'untouched' as const,
      () => outcome,
    );
  const where = {
    untouched: 'the previous outputs are untouched',
    aside: `the previous outputs are in ${aside}; the next run puts them back`,
    replaced: `the new outputs are in place; the next run removes what is left of ${aside}`,
  }[outcome];
  return new OutputWriteError(outcome, `writing ${target} failed (${(error as Error).message}); ${where}`, {
    cause: error,
  });
}

/**
 * Runs `work` holding `<target>.lock`, once the folder is known to be one the build may
 * replace (checked before any lock or folder is made, and again under the lock) and any
 * interrupted swap is recovered.
 */
async function underOutputLock(
  given: string,
  spec: OutputSpec,
  options: WriteOptions,
  work: (target: string) => Promise<void>,
) {
  const target = join(await canonicalPath(dirname(resolve(given))), basename(resolve(given)));
  const refuseIfNotOurs = async () => {
    const refusal = refuseOutputFolder({
      given,
      target,
      cwd: await realpath(process.cwd()),
      spec: await canonicalSpec(spec),
      state: await folderState(target),
    });
    if (refusal) throw refusal;
  };
  await refuseIfNotOurs();
  await mkdir(dirname(target), { recursive: true });
  const lock = lockName(target);
  await takeLock(lock, target, options.lockWaitMs ?? 10_000);
  try {
    await options.faults?.('locked');
    await refuseIfNotOurs();
    await recoverSwap(target);
    await options.faults?.('recovered');
    await work(target);
  } finally {
    await rm(lock, { force: true });
  }
}

/** Creates the lock exclusively with this process's id; takes over one whose holder is dead; waits for a live one, then refuses. */
async function takeLock(lock: string, target: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    // A lock without a pid is being written, unless it has been so for seconds (its writer was killed).
    const stale = Number.isNaN(holder)
      ? Date.now() -
          (await lstat(lock).then(
            (s) => s.mtimeMs,
            () => 0,
          )) >
        2000
      : !isAlive(holder);
    if (stale) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new InputError(
        lock,
        null,
        `another Dateline build (pid ${Number.isNaN(holder) ? 'unknown' : holder}) is writing ${target}`,
        `Wait for it to finish and run again; if no such process is running, delete ${lock}`,
      );
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Puts back a set a killed run left moved aside, and removes temp folders and sets no longer needed. */
async function recoverSwap(target: string): Promise<void> {
  const parent = dirname(target);
  const plan = planRecovery(basename(target), await readdir(parent), await exists(target));
  if (plan.restore) await rename(join(parent, plan.restore), target);
  for (const name of plan.remove) await rm(join(parent, name), { recursive: true, force: true });
}

async function folderState(path: string): Promise<FolderState> {
  const info = await lstat(path).catch(() => null);
  if (!info) return { kind: 'missing' };
  if (info.isDirectory()) return { kind: 'folder', entries: await readdir(path) };
  return {
    kind: 'other',
    what: info.isSymbolicLink() ? 'a symbolic link' : info.isFile() ? 'an existing file' : 'not a folder',
  };
}

async function canonicalSpec(spec: OutputSpec): Promise<OutputSpec> {
  return {
    ...spec,
    inputs: await Promise.all(spec.inputs.map(async (input) => ({ ...input, path: await canonicalPath(input.path) }))),
  };
}

/** The absolute path with every symbolic link of its existing part resolved, so two spellings of one folder compare equal. */
async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await canonicalPath(parent), basename(absolute));
  }
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null)) !== null;
}

/** Removes from `copyDir` the copies of the swap leftovers of `sourceDir` (a build's copy of public/); returns their paths. */
export async function removeSwapLeftovers(sourceDir: string, copyDir: string): Promise<string[]> {
  const found = (await readdir(sourceDir, { recursive: true }).catch(() => [] as string[])).filter((path) =>
    isSwapLeftover(basename(path)),
  );
  for (const path of found) await rm(join(copyDir, path), { recursive: true, force: true });
  return found;
}
