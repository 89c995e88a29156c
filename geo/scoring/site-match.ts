// Sites against the answer key: a site is found when one Dateline drew lies within the key's
// tolerance; flagged approximate when none does but one of the same name is drawn nearby and
// says its point is approximate (`approximate`: a site no gazetteer places, put at its city's point). One
// drawn site answers one key site: the strictest tolerances choose first.
import { km, sameName, type Point } from './names.ts';

export interface KeySite extends Point {
  name: string;
  toleranceM: number;
}

export interface DrawnSite extends Point {
  name: string;
  /** The drawn point says it is approximate. */
  approximate: boolean;
}

/** How far an approximate site may lie from the key's point: its city, not another. */
export const APPROXIMATE_KM = 50;

export interface SiteScore {
  found: number;
  approximate: number;
  missed: number;
  /** Drawn sites that answer no key site. */
  extra: number;
  /** For each key site, what answered it. */
  detail: Array<{ key: string; as: 'found' | 'approximate' | 'missed'; by: string | null; m: number | null }>;
}

export function scoreSites(key: KeySite[], drawn: DrawnSite[]): SiteScore {
  const used = new Set<DrawnSite>();
  const answer = new Map<KeySite, SiteScore['detail'][number]>();
  const take = (k: KeySite, as: 'found' | 'approximate', fits: (d: DrawnSite, m: number) => boolean) => {
    const best = drawn
      .filter((d) => !used.has(d))
      .map((d) => ({ d, m: km(k, d) * 1000 }))
      .filter(({ d, m }) => fits(d, m))
      .sort((a, b) => a.m - b.m)[0];
    if (!best) return;
    used.add(best.d);
    answer.set(k, { key: k.name, as, by: best.d.name, m: Math.round(best.m) });
  };
  for (const k of [...key].sort((a, b) => a.toleranceM - b.toleranceM)) take(k, 'found', (_, m) => m <= k.toleranceM);
  for (const k of key)
    if (!answer.has(k))
      take(k, 'approximate', (d, m) => d.approximate && sameName(k.name, d.name) && m <= APPROXIMATE_KM * 1000);
  const detail = key.map((k) => answer.get(k) ?? { key: k.name, as: 'missed' as const, by: null, m: null });
  const count = (as: string) => detail.filter((d) => d.as === as).length;
  return {
    found: count('found'),
    approximate: count('approximate'),
    missed: count('missed'),
    extra: drawn.length - used.size,
    detail,
  };
}
