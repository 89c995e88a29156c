// The Vite plugin that keeps what the pipeline leaves in public/ out of a build: Vite copies
// public/ whole, so each output's `.dateline-output` marker, a lock, or a temp folder or set
// moved aside by an interrupted swap would be published beside the real data.
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { removeSwapLeftovers } from '../io/io.ts';
import { OUTPUT_MARKER } from '../io/output-marker.ts';

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
      // Every output folder holds a marker: only the leftovers of an interrupted run are worth a word.
      const dropped = (await removeSwapLeftovers(publicDir, options.dir ?? outDir)).filter(
        (path) => basename(path) !== OUTPUT_MARKER,
      );
      if (dropped.length > 0)
        this.warn(`left out of the build (leftovers of an interrupted output swap): ${dropped.join(', ')}`);
    },
  };
}
