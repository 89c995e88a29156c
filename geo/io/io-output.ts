// The writing half of geo/io/io.ts (which re-exports it): output folders are replaced whole,
// only when the pipeline owns them, under a lock, and recovered when a run was killed mid-swap.
// The decisions (may this folder be replaced? what to recover? is this lock ours?) are pure,
// in output-folder.ts and output-marker.ts.
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.ts';
import {
  OutputWriteError,
  planRecovery,
  refuseOutputFolder,
  type FolderState,
  type Leftover,
  type OutputSpec,
  type SwapStep,
  type WriteOutcome,
} from './output-folder.ts';
import {
  isLockName,
  isOurLeftover,
  leftoverName,
  lockName,
  lockText,
  markerText,
  OUTPUT_MARKER,
  parseLock,
  parseMarker,
  runId,
  swapFolder,
  type OutputMarker,
} from './output-marker.ts';

/**
 * Options of a write: `report` hears of each change recovery makes before the build (a set put
 * back, a leftover removed), so that no message later claims the outputs untouched; for tests,
 * a step callback to fault the swap, and how long to wait for a lock.
 */
export interface WriteOptions {
  report?: (change: string) => void;
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
  await underOutputLock(given, spec, options, async (target, run) => {
    const temp = swapFolder(target, 'tmp', run);
    let aside = swapFolder(target, 'old', run);
    let outcome: WriteOutcome = 'untouched';
    try {
      await mkdir(temp);
      // The marker first: a temp folder is known as this run's by it, should the run be killed.
      await writeFile(join(temp, OUTPUT_MARKER), markerText(spec, run));
      await step('temp-created');
      for (const [i, [name, content]] of Object.entries(files).entries()) {
        await writeFile(join(temp, basename(name)), content);
        if (i === 0) await step('temp-partial');
      }
      await step('temp-written');
      const previous = await folderState(target);
      const hadPrevious = previous.kind === 'folder' && previous.entries.length > 0;
      // An empty folder is removed, not moved aside: nothing in it could prove it ours later.
      if (previous.kind === 'folder' && !hadPrevious) await rmdir(target);
      if (hadPrevious) {
        aside = swapFolder(target, 'old', await runOfMarker(target, previous.marker, spec, run));
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

/**
 * The run the marker of the folder about to be moved aside records, which names the set aside.
 * A marker from before runs were recorded is rewritten first (by rename, so never half-written)
 * with this run's id, so that the set aside can be proven Dateline's by the next run.
 */
async function runOfMarker(
  target: string,
  marker: OutputMarker | 'foreign' | null,
  spec: OutputSpec,
  run: string,
): Promise<string> {
  if (marker === null || marker === 'foreign') throw new Error(`${target} lost its ${OUTPUT_MARKER} marker`);
  if (marker.run !== null) return marker.run;
  const next = join(target, `${OUTPUT_MARKER}-${run}`);
  await writeFile(next, markerText(spec, run));
  await rename(next, join(target, OUTPUT_MARKER));
  return run;
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
 * Runs `work` holding the output's lock, once the folder is known to be one the build may
 * replace (checked before any lock or folder is made, and again under the lock) and any
 * interrupted swap of this output is recovered. `work` gets the folder and this run's id.
 */
async function underOutputLock(
  given: string,
  spec: OutputSpec,
  options: WriteOptions,
  work: (target: string, run: string) => Promise<void>,
) {
  const run = runId(Date.now(), process.pid);
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
  await takeLock(lock, target, { pid: process.pid, run, output: spec.output }, options.lockWaitMs ?? 10_000);
  try {
    await options.faults?.('locked');
    await refuseIfNotOurs();
    await recoverSwap(target, spec.output, options.report ?? (() => undefined));
    await options.faults?.('recovered');
    await work(target, run);
  } finally {
    // Only a lock that still holds this run's id is removed.
    const held = await readFile(lock, 'utf8').catch(() => '');
    if (parseLock(held)?.run === run) await rm(lock, { force: true });
  }
}

/**
 * Creates the lock exclusively, holding this run's owner; takes over a Dateline lock whose
 * process is gone; waits for a live one, then refuses. A file at the lock's name that is not
 * a Dateline lock is refused and never removed: only its content proves a lock ours.
 */
async function takeLock(lock: string, target: string, owner: Parameters<typeof lockText>[0], waitMs: number) {
  const deadline = Date.now() + waitMs;
  const text = lockText(owner, new Date());
  for (;;) {
    try {
      await writeFile(lock, text, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = await readFile(lock, 'utf8').catch(() => null);
    if (held === null) continue;
    const holder = parseLock(held);
    if (holder && !isAlive(holder.pid)) {
      // Removed only if unchanged since read: another run may have taken it over meanwhile.
      if ((await readFile(lock, 'utf8').catch(() => null)) === held) await rm(lock, { force: true });
      continue;
    }
    // An empty lock is one being written, for a moment; one left empty for seconds is no lock of a live run.
    const beingWritten =
      held === '' &&
      Date.now() -
        (await lstat(lock).then(
          (s) => s.mtimeMs,
          () => 0,
        )) <
        2000;
    if (!holder && !beingWritten)
      throw new InputError(
        lock,
        null,
        `holds ${held === '' ? 'nothing' : 'something'} that is not a Dateline lock, so Dateline leaves it alone and does not write ${target}`,
        `If no Dateline build is running, delete ${lock} yourself and run again`,
      );
    if (Date.now() >= deadline)
      throw new InputError(
        lock,
        null,
        `another Dateline build (pid ${holder?.pid ?? 'unknown'}) is writing ${target}`,
        `Wait for it to finish and run again; if no such process is running, delete ${lock}`,
      );
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

/**
 * Puts back a set a killed run left moved aside, and removes temp folders and sets no longer
 * needed: only those whose marker proves them this output's, of the run their name gives.
 */
async function recoverSwap(target: string, output: string, report: (change: string) => void): Promise<void> {
  const parent = dirname(target);
  const names = (await readdir(parent)).filter((name) => leftoverName(name)?.base === basename(target));
  const siblings: Leftover[] = await Promise.all(names.map((name) => leftoverState(join(parent, name))));
  const plan = planRecovery(basename(target), output, siblings, await exists(target));
  if (plan.restore) {
    await rename(join(parent, plan.restore), target);
    report(
      `put back ${target} from ${join(parent, plan.restore)}, the complete set an interrupted run had moved aside`,
    );
  }
  for (const name of plan.remove) {
    await rm(join(parent, name), { recursive: true, force: true });
    report(`removed ${join(parent, name)}, left by an interrupted run`);
  }
}

/** A folder beside the output: its marker if Dateline's, and whether it is empty. */
async function leftoverState(path: string): Promise<Leftover> {
  const state = await folderState(path);
  const marker = state.kind === 'folder' && state.marker !== 'foreign' ? state.marker : null;
  return { name: basename(path), marker, empty: state.kind === 'folder' && state.entries.length === 0 };
}

async function folderState(path: string): Promise<FolderState> {
  const info = await lstat(path).catch(() => null);
  if (!info) return { kind: 'missing' };
  if (info.isDirectory()) {
    const entries = await readdir(path);
    return { kind: 'folder', entries, marker: entries.includes(OUTPUT_MARKER) ? await readMarker(path) : null };
  }
  const what = info.isSymbolicLink()
    ? 'a symbolic link'
    : info.isFile()
      ? 'an existing file'
      : 'a device, FIFO or socket';
  return { kind: 'other', what: `${what}, not a folder` };
}

/** The marker of a folder, or 'foreign' when the file there is not one Dateline wrote (or is no small regular file). */
async function readMarker(folder: string): Promise<OutputMarker | 'foreign'> {
  const file = join(folder, OUTPUT_MARKER);
  const info = await lstat(file).catch(() => null);
  if (!info?.isFile() || info.size > 4096) return 'foreign';
  return parseMarker(await readFile(file, 'utf8').catch(() => '')) ?? 'foreign';
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

/**
 * Removes from `copyDir` (a build's copy of public/) the copies of what Dateline leaves in
 * `sourceDir` besides its outputs: every output marker, every Dateline lock, and every temp
 * folder or set moved aside that its marker proves Dateline's. Returns their paths.
 */
export async function removeSwapLeftovers(sourceDir: string, copyDir: string): Promise<string[]> {
  const paths = await readdir(sourceDir, { recursive: true }).catch(() => [] as string[]);
  const found: string[] = [];
  for (const path of paths.sort()) {
    const name = basename(path);
    if (found.some((dropped) => path.startsWith(`${dropped}/`) || path.startsWith(`${dropped}\\`))) continue;
    const full = join(sourceDir, path);
    const ours =
      name === OUTPUT_MARKER ||
      (isLockName(name) && parseLock(await readFile(full, 'utf8').catch(() => '')) !== null) ||
      (leftoverName(name) !== null && isOurLeftover(name, (await leftoverState(full)).marker));
    if (ours) found.push(path);
  }
  for (const path of found) await rm(join(copyDir, path), { recursive: true, force: true });
  return found;
}

/**
 * Writes one small file whole or not at all: to a temporary file beside it, then renamed over
 * it, so a reader (the live rebuild) never sees half a file. For the editor's corrections.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
