// The timeline strip: the trip's days in order, each arrival, site visit and signing on every
// day an outlet gives it (a disagreement shows both days, with the outlets behind each; a site
// visited on two days shows a visit on each), ordered within a day by the time the text gives.
import type { DayPart } from '../../geo/contract/schema';
import { formatDay, formatTimeOfDay } from '../story/dates.ts';
import type { StepClaim } from './step-claims.ts';
import type { Step, StepKind } from './steps.ts';

export interface TimelineEvent {
  /** The index of the step it opens. */
  step: number;
  kind: StepKind;
  label: string;
  /** The time of day in words, when an outlet gives one for this day. */
  time: string | null;
  outlets: string[];
  /** Whether outlets give this event another day or time too (not so for a site visited on each day). */
  disputed: boolean;
  /** Minutes into the day, for order; events with no time come last. */
  rank: number;
}

export interface TimelineDay {
  date: string;
  label: string;
  events: TimelineEvent[];
}

/** The steps that happen on a day: arrivals, site visits and the signing. */
const DATED: ReadonlySet<StepKind> = new Set(['stop', 'site', 'counts']);

/** Roughly when in the day each part falls, only to order events. */
const partMinutes: Record<DayPart, number> = { early: 180, morning: 540, afternoon: 900, evening: 1140, night: 1320 };
const NO_TIME = 1440;

export function buildTimeline(steps: Step[], locale?: string): TimelineDay[] {
  const days = new Map<string, TimelineEvent[]>();
  steps.forEach((step, i) => {
    if (!DATED.has(step.kind)) return;
    const { disputed, label } = step;
    for (const [date, claims] of byDate(step.claims)) {
      const timed = claims.find((c) => c.time || c.part);
      const outlets = [...new Set(claims.flatMap((c) => c.outlets))];
      const event = {
        ...{ step: i, kind: step.kind, label, outlets, disputed },
        time: timed ? formatTimeOfDay(timed.time, timed.part, locale) : null,
        rank: timed ? minutes(timed) : NO_TIME,
      };
      days.set(date, [...(days.get(date) ?? []), event]);
    }
  });
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, events]) => ({
      date,
      label: formatDay(date, locale),
      events: events.sort((a, b) => a.rank - b.rank || a.step - b.step),
    }));
}

function byDate(claims: StepClaim[]): Map<string, StepClaim[]> {
  const dates = new Map<string, StepClaim[]>();
  for (const c of claims) dates.set(c.date, [...(dates.get(c.date) ?? []), c]);
  return dates;
}

function minutes({ time, part }: StepClaim): number {
  if (part) return partMinutes[part];
  const [h, m] = (time ?? '').split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
