// `npm test`: the type check and the lint beside the tests rather than before them. The tests'
// global setups (the gazetteer, the data and the site built once, single-threaded for most of it)
// leave a core idle on a 2-core machine, which the check and the lint take. Their output is printed
// whole when each ends; the tests' as it comes. Fails if any of the three does.
import { spawn } from 'node:child_process';

type Job = { name: string; args: string[]; background: boolean };
const jobs: Job[] = [
  { name: 'check', args: ['run', 'check'], background: true },
  { name: 'lint', args: ['run', 'lint'], background: true },
  // Any arguments after `npm test --` go to vitest.
  {
    name: 'tests',
    args: ['exec', '--', 'vitest', 'run', '--project', 'unit', '--project', 'browser', ...process.argv.slice(2)],
    background: false,
  },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

const run = ({ name, args, background }: Job) =>
  new Promise<{ name: string; ok: boolean }>((done) => {
    const child = spawn(npm, args, {
      stdio: background ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    const output: Buffer[] = [];
    if (background) {
      child.stdout?.on('data', (b: Buffer) => output.push(b));
      child.stderr?.on('data', (b: Buffer) => output.push(b));
    }
    child.on('close', (code) => {
      const ok = code === 0;
      if (background) {
        process.stdout.write(`\n── npm ${args.join(' ')}: ${ok ? 'passed' : 'FAILED'} after ${seconds()} ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      done({ name, ok });
    });
  });

const results = await Promise.all(jobs.map(run));
const failed = results.filter((r) => !r.ok).map((r) => r.name);
process.stdout.write(`\nnpm test: ${failed.length ? `FAILED (${failed.join(', ')})` : 'passed'} in ${seconds()}\n`);
process.exitCode = failed.length ? 1 : 0;
