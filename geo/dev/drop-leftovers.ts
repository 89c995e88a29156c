// The Vite plugin that keeps the leftovers of interrupted output swaps out of a build: Vite
// copies public/ whole, so a `story.tmp-*` folder, a `story.old-*` set or a `story.lock`
// lying there would be published beside the real data.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { removeSwapLeftovers } from '../io/io.ts';

export function dropSwapLeftovers(): Plugin {
  let publicDir = '';
  let outDir = '';
  return {
    name: 'dateline-drop-swap-leftovers',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(options) {
      if (!publicDir) return;
      const dropped = await removeSwapLeftovers(publicDir, options.dir ?? outDir);
      if (dropped.length > 0)
        this.warn(`left out of the build (leftovers of an interrupted output swap): ${dropped.join(', ')}`);
    },
  };
}
