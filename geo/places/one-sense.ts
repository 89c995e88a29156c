// One sense per name: an article that names a place twice means the same place both times
// ("in Stroud, Ontario, Canada" … "a court in Ontario"), so the reading with the strongest
// evidence anywhere in the article stands for every mention of that name. A mention its own
// words set apart ("Washington state" beside "Washington") keeps its reading and lends it to none.
import { foldName } from '../gazetteer/names.ts';
import { isMetonym, type Resolved } from './resolve.ts';

export function oneSensePerName(resolved: Resolved[]): Resolved[] {
  const strongest = new Map<string, Resolved>();
  for (const r of resolved) {
    if (r.marked) continue;
    const key = foldName(r.candidate.text);
    const held = strongest.get(key);
    if (!held || r.score > held.score) strongest.set(key, r);
  }
  return resolved.map((r) => {
    const best = strongest.get(foldName(r.candidate.text));
    const hit = best && r.candidate.hits.find((h) => h.id === best.entry.id);
    if (!best || !hit || r.marked || best.entry.id === r.entry.id) return r;
    return {
      ...r,
      entry: best.entry,
      form: hit.form,
      confidence: best.confidence,
      score: best.score,
      reason: `${best.reason}; as elsewhere in the article`,
      metonym: isMetonym(r.candidate, best.entry),
    };
  });
}
