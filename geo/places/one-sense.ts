// One sense per name: an article that names a place twice means the same place both times
// ("in Stroud, Ontario, Canada" … "a court in Ontario"), so the reading with the strongest
// evidence anywhere in the article stands for every mention of that name. A mention its own
// words set apart ("Washington state" beside "Washington") keeps its reading and lends it to none.
// A mention that found no reading of its own for want of context ("Queensland Premier", "for
// Queensland" after "in far north Queensland") takes the name's reading too, unless its words
// make it a person's or it is an everyday English word ("Union leaders" after "in Union").
import { foldName } from '../gazetteer/names.ts';
import type { Candidate } from './candidate.ts';
import { isMetonym, type Resolved } from './resolve.ts';

export interface SenseChecks {
  /** Words of people's names in the article ("Thayer" of "Carl Thayer"). */
  personWords: ReadonlySet<string>;
  /** Is the name a single everyday English word? */
  isEverydayWord: (text: string) => boolean;
}

/** `resolved` holds each candidate's own reading, or null where it found none. */
export function oneSensePerName(
  resolved: Array<Resolved | null>,
  candidates: Candidate[],
  checks: SenseChecks,
): Resolved[] {
  const strongest = new Map<string, Resolved>();
  for (const r of resolved) {
    if (!r || r.marked) continue;
    const key = foldName(r.candidate.text);
    const held = strongest.get(key);
    if (!held || r.score > held.score) strongest.set(key, r);
  }
  return resolved.flatMap((r, i) => {
    const candidate = r?.candidate ?? candidates[i]!;
    const best = strongest.get(foldName(candidate.text));
    const hit = best && candidate.hits.find((h) => h.id === best.entry.id);
    if (!r) {
      const unplaced =
        candidate.nameWords.length > 0 ||
        checks.personWords.has(candidate.text) ||
        checks.isEverydayWord(candidate.text);
      if (!best || !hit || unplaced) return [];
      return [
        {
          ...best,
          candidate,
          form: hit.form,
          reason: `${best.reason}; as elsewhere in the article`,
          metonym: isMetonym(candidate, best.entry),
        },
      ];
    }
    if (!best || !hit || r.marked || best.entry.id === r.entry.id) return [r];
    return [
      {
        ...r,
        entry: best.entry,
        form: hit.form,
        confidence: best.confidence,
        score: best.score,
        reason: `${best.reason}; as elsewhere in the article`,
        metonym: isMetonym(r.candidate, best.entry),
      },
    ];
  });
}
