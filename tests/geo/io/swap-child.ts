// One writer in a process of its own, for the fault and concurrency tests:
//   node --import tsx swap-child.ts OUT LABEL
// KILL_AT=<step> SIGKILLs the process right after that step of the swap; PAUSE_AT=<step> waits
// PAUSE_MS there, or until the file PAUSE_UNTIL exists; LOCK_WAIT_MS is how long to wait for
// another writer's lock.
import { existsSync } from 'node:fs';
import { writeFolderAtomically } from '../../../geo/io/io.ts';
import type { SwapStep } from '../../../geo/io/output-folder.ts';
import { SWAP_SPEC, swapSet } from './swap-set.ts';

const [out, label] = process.argv.slice(2) as [string, string];
const { KILL_AT, PAUSE_AT, PAUSE_MS, PAUSE_UNTIL, LOCK_WAIT_MS } = process.env;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const faults = async (step: SwapStep) => {
  if (step === KILL_AT) process.kill(process.pid, 'SIGKILL');
  if (step !== PAUSE_AT) return;
  if (PAUSE_UNTIL) while (!existsSync(PAUSE_UNTIL)) await sleep(20);
  else await sleep(Number(PAUSE_MS ?? 1000));
};
try {
  await writeFolderAtomically(out, swapSet(label), SWAP_SPEC, {
    faults,
    ...(LOCK_WAIT_MS ? { lockWaitMs: Number(LOCK_WAIT_MS) } : {}),
  });
} catch (error) {
  console.error(`swap-child: ${(error as Error).message}`);
  process.exit(1);
}
