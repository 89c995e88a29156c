// The corrections that changed nothing, in words for the end of `npm run data`: never dropped
// without a word, since an editor's correction whose mark is gone means the articles changed.
import type { Unapplied } from './marks.ts';

export function unappliedText(file: string, unapplied: Unapplied[]): string[] {
  if (unapplied.length === 0) return [];
  const n = unapplied.length;
  return [
    `${file}: ${n} correction${n === 1 ? '' : 's'} of the editor's changed nothing (the articles may have changed since):`,
    ...unapplied.map(
      ({ index, correction: c, why }) =>
        `  correction ${index + 1} (${c.what}, ${c.change.do}, “${c.reason}”): ${why}. Fix its key or remove it`,
    ),
  ];
}
