// The output swap under faults: a writer SIGKILLed after each of its steps, a step that throws,
// and writers running at once. Whatever happens, a complete set (the previous or the new one)
// is readable, at the latest after the next run's recovery, and no leftover stays.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder, writeFolderAtomically } from '../../../geo/io/io.ts';
import { OutputWriteError, SWAP_STEPS, type SwapStep } from '../../../geo/io/output-folder.ts';
import { lockName, lockText, runId } from '../../../geo/io/output-marker.ts';
import { besideOutput, setIn, SWAP_SPEC, swapSet } from './swap-set.ts';

const CHILD = join(import.meta.dirname, 'swap-child.ts');
const childArgs = (out: string, label: string) => ['--import', 'tsx', CHILD, out, label];
const runChild = (out: string, label: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, childArgs(out, label), { env: { ...process.env, ...env }, encoding: 'utf8' });

/** A child writer run in the background; resolves with its exit status and error output. */
function startChild(out: string, label: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, childArgs(out, label), { env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ status: number | null; stderr: string }>((settle) =>
    child.on('close', (status) => settle({ status, stderr })),
  );
  return { pid: child.pid!, done };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 20));
}

/** A scratch folder whose `story/` holds a complete previous set. */
async function withPrevious(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'dateline-swap-')), 'story');
  await writeFolderAtomically(out, swapSet('previous'), SWAP_SPEC);
  return out;
}

const AFTER_NEW_IN_PLACE: SwapStep[] = ['moved-into-place', 'aside-removed'];

describe('a writer killed at each step of the swap', () => {
  it.each(SWAP_STEPS)(
    'killed after “%s”, a complete set survives and the next run leaves no leftover',
    async (step) => {
      const out = await withPrevious();
      const killed = runChild(out, 'new', { KILL_AT: step });
      expect(killed.signal).toBe('SIGKILL');
      const expected = AFTER_NEW_IN_PLACE.includes(step) ? 'new' : 'previous';
      // Right after the kill the complete set is in place, or (between the renames) whole beside it.
      const aside = besideOutput(out).filter((name) => name.startsWith('story.old-'));
      expect(
        setIn(out) === expected ||
          (setIn(out) === 'missing' && aside.length === 1 && setIn(join(out, '..', aside[0]!)) === expected),
      ).toBe(true);

      await checkOutputFolder(out, SWAP_SPEC);
      expect(setIn(out)).toBe(expected);
      expect(besideOutput(out)).toEqual(['story']);

      await writeFolderAtomically(out, swapSet('next'), SWAP_SPEC);
      expect(setIn(out)).toBe('next');
      expect(besideOutput(out)).toEqual(['story']);
    },
  );
});

describe('a step of the swap that fails in the process', () => {
  const outcomes: Array<[SwapStep, 'untouched' | 'replaced', string]> = [
    ['temp-created', 'untouched', 'previous'],
    ['temp-partial', 'untouched', 'previous'],
    ['temp-written', 'untouched', 'previous'],
    ['moved-aside', 'untouched', 'previous'],
    ['moved-into-place', 'replaced', 'new'],
    ['aside-removed', 'replaced', 'new'],
  ];
  it.each(outcomes)('failing after “%s” reports the outputs %s, which they are', async (step, outcome, set) => {
    const out = await withPrevious();
    const faults = (at: SwapStep) => {
      if (at === step) throw new Error('disk full');
    };
    const error = await writeFolderAtomically(out, swapSet('new'), SWAP_SPEC, { faults }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as OutputWriteError).outcome).toBe(outcome);
    expect((error as Error).message).toMatch(
      outcome === 'untouched' ? /disk full.*the previous outputs are untouched/ : /the new outputs are in place/,
    );
    expect(setIn(out)).toBe(set);
    await checkOutputFolder(out, SWAP_SPEC);
    expect(besideOutput(out)).toEqual(['story']);
  });

  it('a set moved aside that cannot be put back is named, and the next run puts it back', async () => {
    const out = await withPrevious();
    const faults = (at: SwapStep) => {
      if (at !== 'moved-aside') return;
      mkdirSync(out);
      writeFileSync(join(out, 'a.json'), 'in the way');
      throw new Error('disk full');
    };
    const error = (await writeFolderAtomically(out, swapSet('new'), SWAP_SPEC, { faults }).catch(
      (e: unknown) => e,
    )) as OutputWriteError;
    expect(error.outcome).toBe('aside');
    const aside = besideOutput(out).find((name) => name.startsWith('story.old-'))!;
    expect(error.message).toContain(
      `the previous outputs are in ${join(out, '..', aside)}; the next run puts them back`,
    );
    expect(setIn(join(out, '..', aside))).toBe('previous');
    rmSync(out, { recursive: true });
    await checkOutputFolder(out, SWAP_SPEC);
    expect(setIn(out)).toBe('previous');
    expect(besideOutput(out)).toEqual(['story']);
  });
});

describe('writers running at once', () => {
  it('a second writer waits for the first one’s lock, then writes a complete set', async () => {
    const out = await withPrevious();
    const first = startChild(out, 'first', { PAUSE_AT: 'temp-written', PAUSE_MS: '1500' });
    await until(() => existsSync(lockName(out)));
    const second = startChild(out, 'second');
    expect(await first.done).toEqual({ status: 0, stderr: '' });
    expect(await second.done).toEqual({ status: 0, stderr: '' });
    expect(setIn(out)).toBe('second');
    expect(besideOutput(out)).toEqual(['story']);
  });

  it('a second writer that cannot wait refuses, naming the holder’s pid, with no raw error code', async () => {
    const out = await withPrevious();
    // The first holds its lock until the second has given up, however slowly the second starts.
    const release = join(dirname(out), 'release');
    const first = startChild(out, 'first', { PAUSE_AT: 'temp-written', PAUSE_UNTIL: release });
    await until(() => existsSync(lockName(out)));
    const second = await startChild(out, 'second', { LOCK_WAIT_MS: '200' }).done;
    writeFileSync(release, '');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`another Dateline build (pid ${first.pid}) is writing ${out}`);
    expect(second.stderr).toContain(`if no such process is running, delete ${lockName(out)}`);
    expect(second.stderr).not.toMatch(/\bE[A-Z]{4,}\b/);
    expect((await first.done).status).toBe(0);
    expect(setIn(out)).toBe('first');
    expect(besideOutput(out)).toEqual(['story']);
  });

  it('six writers started together all succeed, and one complete set remains', async () => {
    const out = await withPrevious();
    // Each waits its turn: a minute, not the 10 s a user's run waits, as the last of six processes
    // each starting tsx on a loaded 2-core machine waited past 10 s (twice in a whole unit run).
    const runs = await Promise.all(
      ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((label) => startChild(out, label, { LOCK_WAIT_MS: '60000' }).done),
    );
    expect(runs).toEqual(runs.map(() => ({ status: 0, stderr: '' })));
    expect(setIn(out)).toMatch(/^w[1-6]$/);
    expect(besideOutput(out)).toEqual(['story']);
  });

  it('a Dateline lock left by a process that is gone is taken over', async () => {
    const out = await withPrevious();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const pid = Number(gone.stdout);
    writeFileSync(lockName(out), lockText({ pid, run: runId(Date.now(), pid), output: 'test' }, new Date()));
    await writeFolderAtomically(out, swapSet('new'), SWAP_SPEC, { lockWaitMs: 0 });
    expect(setIn(out)).toBe('new');
    expect(besideOutput(out)).toEqual(['story']);
  });

  it.each([
    ['a process id alone (an earlier lock, or a user’s)', '4242\n'],
    ['a user’s notes', 'my notes\n'],
    ['nothing, for seconds', ''],
  ])('a file at the lock’s name holding %s is refused and never removed', async (_what, text) => {
    const out = await withPrevious();
    writeFileSync(lockName(out), text);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockName(out), old, old);
    const error = (await writeFolderAtomically(out, swapSet('new'), SWAP_SPEC, { lockWaitMs: 0 }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toBe(
      `${lockName(out)}: holds ${text === '' ? 'nothing' : 'something'} that is not a Dateline lock, so Dateline leaves it alone and does not write ${out}. If no Dateline build is running, delete ${lockName(out)} yourself and run again`,
    );
    expect(readFileSync(lockName(out), 'utf8')).toBe(text);
    expect(setIn(out)).toBe('previous');
  });
});

describe('what an interrupted run left, and what only looks like it', () => {
  it('a user’s folders named like leftovers are neither removed nor put back, and the run says what it changed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-swap-')), 'story');
    const parent = dirname(out);
    const mine = ['story.old-2024-06', 'story.tmp-1-1', `story.tmp-${runId(5, 5)}`, `story.old-${runId(6, 6)}`];
    for (const name of mine) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'notes.txt'), name);
    }
    const changes: string[] = [];
    await writeFolderAtomically(out, swapSet('new'), SWAP_SPEC, { report: (c) => changes.push(c) });
    expect(setIn(out)).toBe('new');
    for (const name of mine) expect(readFileSync(join(parent, name, 'notes.txt'), 'utf8')).toBe(name);
    expect(changes).toEqual([]);
  });

  it('a set whose marker predates run ids, moved aside by a killed run, is still proven Dateline’s and put back', async () => {
    const out = await withPrevious();
    writeFileSync(join(out, '.dateline-output'), '{"writtenBy":"Dateline","output":"test","note":"…"}\n');
    expect(runChild(out, 'new', { KILL_AT: 'moved-aside' }).signal).toBe('SIGKILL');
    expect(setIn(out)).toBe('missing');
    await checkOutputFolder(out, SWAP_SPEC);
    expect(setIn(out)).toBe('previous');
    expect(besideOutput(out)).toEqual(['story']);
  });

  it('a set moved aside by a killed run is put back and said to be, its temp folder removed and said to be', async () => {
    const out = await withPrevious();
    expect(runChild(out, 'new', { KILL_AT: 'moved-aside' }).signal).toBe('SIGKILL');
    const [aside, temp] = ['old', 'tmp'].map((kind) => besideOutput(out).find((n) => n.startsWith(`story.${kind}-`))!);
    const changes: string[] = [];
    await checkOutputFolder(out, SWAP_SPEC, { report: (c) => changes.push(c) });
    expect(setIn(out)).toBe('previous');
    expect(changes).toEqual([
      `put back ${out} from ${join(dirname(out), aside!)}, the complete set an interrupted run had moved aside`,
      `removed ${join(dirname(out), temp!)}, left by an interrupted run`,
    ]);
  });
});
