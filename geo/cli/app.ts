// `npm run dev | start | build [-- --articles DIR --settings FILE --gazetteer DIR --story-gazetteer DIR]`:
// the basemap, the story of any folder of articles, then Vite: served with live rebuild (dev),
// built (build), or built and served (start). The live rebuild watches the folder given.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULTS } from '../build.ts';
import { storyEnv } from '../dev/story-env.ts';
import { appCommand } from './app-args.ts';

/** Runs one step with this terminal; a failed step ends the command with its status. */
function step(command: string, args: string[], env: Record<string, string> = {}): void {
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

let command: ReturnType<typeof appCommand>;
try {
  command = appCommand(process.argv.slice(2), DEFAULTS);
} catch (error) {
  console.error(`dateline: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
step(npm, ['run', '--silent', 'basemap']);
step(npm, ['run', '--silent', 'data', '--', ...command.dataArgs]);
const env = storyEnv(command.build);
for (const args of command.vite) step(process.execPath, [vite, ...args], env);
