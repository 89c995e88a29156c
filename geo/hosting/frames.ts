// Build only: dist/frames.js, the parent page's script of the embed snippet. It is
// @newswire/frames' self-contained UMD build plus one line that sets the height of every
// Dateline iframe on the page from its messages. A classic script, not a module: an article
// on another origin loads it without the CORS headers a cross-origin module would need.
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { packageFile, readUtf8 } from '../io/io.ts';

const observeEmbeds =
  "document.querySelectorAll('iframe[data-dateline-embed]').forEach(function (frame) { newswireFrames.observeIframe(frame); });";

const licence = '/*! @newswire/frames, MIT licence, Ryan Murphy: https://github.com/rdmurphy/frames */';

export function framesParentScript(fileName: string): Plugin {
  return {
    name: 'dateline-frames-parent',
    apply: 'build',
    async generateBundle() {
      // The package exports only its ES build; the UMD build sits beside it.
      const umd = await readUtf8(join(dirname(packageFile('@newswire/frames')), 'frames.umd.js'));
      // Its source map is not shipped, so its comment would only send browsers to a missing file.
      const source = `${licence}\n${umd.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '')}\n${observeEmbeds}\n`;
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
