// `npm run bench`: runs the benchmarks and writes BENCHMARKS.md with the machine and date.
import { writeFileSync, renameSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { benchPipeline } from './pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sections = [await benchPipeline()];
if (existsSync(join(import.meta.dirname, 'app.ts'))) {
  const { benchApp } = (await import('./app.ts')) as { benchApp: () => Promise<string> };
  sections.push(await benchApp());
}
const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
const text = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}. Software WebGL (SwiftShader) for the browser figures: no GPU.`,
  'Speed targets are checked here, never by timed tests.',
  '',
  ...sections,
].join('\n');
const file = join(ROOT, 'BENCHMARKS.md');
writeFileSync(`${file}.tmp`, text);
renameSync(`${file}.tmp`, file);
console.log(text);
