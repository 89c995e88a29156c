// One writer in a process of its own, for the fault and concurrency tests:
//   node --import tsx swap-child.ts OUT LABEL
// KILL_AT=<step> SIGKILLs the process right after that step of the swap; PAUSE_AT=<step> waits
// PAUSE_MS there; LOCK_WAIT_MS is how long to wait for another writer's lock.
import { writeFolderAtomically } from '../../geo/io.ts';
import type { SwapStep } from '../../geo/output-folder.ts';
import { SWAP_SPEC, swapSet } from './swap-set.ts';

const [out, label] = process.argv.slice(2) as [string, string];
const { KILL_AT, PAUSE_AT, PAUSE_MS, LOCK_WAIT_MS } = process.env;
const faults = async (step: SwapStep) => {
  if (step === KILL_AT) process.kill(process.pid, 'SIGKILL');
  if (step === PAUSE_AT) await new Promise((done) => setTimeout(done, Number(PAUSE_MS ?? 1000)));
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
