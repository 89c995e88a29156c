// The day and time claims behind a step, as the reader sees them: each outlet once, on the
// day (and time) it gives, and whether they disagree or tell of a visit on each day.
import type { DayPart } from '../../geo/contract/schema';
import { formatDay, formatTimeOfDay } from '../story/dates.ts';

/** A day (and time of day) outlets give for a step, with the outlets behind it. */
export interface StepClaim {
  date: string;
  time: string | null;
  part: DayPart | null;
  outlets: string[];
}

export type Claims = {
  dateClaims: Array<{ date: string; articles: string[] }>;
  timeClaims?: Array<{ date: string; time: string | null; part: DayPart | null; articles: string[] }>;
};

/** Time claims first (each on its day), then the day alone from outlets that give no time. */
export function mergeClaims({ dateClaims, timeClaims = [] }: Claims, outlet: (id: string) => string): StepClaim[] {
  const timed = new Set(timeClaims.flatMap((c) => c.articles.map((a) => `${c.date} ${a}`)));
  const claims = [
    ...timeClaims.map((c) => ({ ...c, rest: c.articles })),
    ...dateClaims.map((c) => ({
      ...c,
      time: null,
      part: null,
      rest: c.articles.filter((a) => !timed.has(`${c.date} ${a}`)),
    })),
  ];
  return claims
    .filter((c) => c.rest.length > 0)
    .map((c) => ({ date: c.date, time: c.time, part: c.part, outlets: [...new Set(c.rest.map(outlet))] }))
    .sort((a, b) => b.outlets.length - a.outlets.length);
}

/** Two sets of claims as one (an arrival told as landing at the airport and as arriving in the city): each day and time once, with every article behind it. */
export function joinClaims(a: Claims, b: Claims): Claims {
  const dates = new Map<string, Set<string>>();
  for (const c of [...a.dateClaims, ...b.dateClaims])
    dates.set(c.date, new Set([...(dates.get(c.date) ?? []), ...c.articles]));
  type TimeClaim = NonNullable<Claims['timeClaims']>[number];
  const times = new Map<string, TimeClaim>();
  for (const c of [...(a.timeClaims ?? []), ...(b.timeClaims ?? [])]) {
    const key = `${c.date} ${c.time ?? ''} ${c.part ?? ''}`;
    const seen = times.get(key);
    times.set(key, { ...c, articles: [...new Set([...(seen?.articles ?? []), ...c.articles])] });
  }
  return {
    dateClaims: [...dates].map(([date, articles]) => ({ date, articles: [...articles] })),
    timeClaims: [...times.values()],
  };
}

/** Outlets disagree when they give more than one day (unless `daysDiffer` is false: a visit on each), or more than one time on a day. */
export function claimsDiffer(claims: StepClaim[], daysDiffer: boolean): boolean {
  const times = new Map<string, Set<string>>();
  for (const c of claims)
    if (c.time || c.part) times.set(c.date, (times.get(c.date) ?? new Set()).add(c.time ?? c.part ?? ''));
  return (daysDiffer && new Set(claims.map((c) => c.date)).size > 1) || [...times.values()].some((t) => t.size > 1);
}

/** The first claim of each day, the days in order: the visits of a site visited more than once. */
export function eachDay(claims: StepClaim[]): StepClaim[] {
  const days = new Map<string, StepClaim>();
  for (const c of claims) if (!days.has(c.date)) days.set(c.date, c);
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** "Thu 20 June, early hours", "Wed 19 June, 02:00", or the day alone. */
export function whenText(claim: StepClaim, locale?: string): string {
  const day = formatDay(claim.date, locale);
  return claim.time || claim.part ? `${day}, ${formatTimeOfDay(claim.time, claim.part, locale)}` : day;
}
