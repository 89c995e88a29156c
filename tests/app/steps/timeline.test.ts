// The timeline strip and the steps behind it, from invented stories run through the pipeline
// (tests/fixtures/visits, tests/fixtures/signings) and from steps made by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSteps, type Step } from '../../../src/steps/steps.ts';
import { buildTimeline } from '../../../src/steps/timeline.ts';
import { indexStory } from '../../../src/story/story.ts';
import { compose } from '../../geo/compose.ts';
import { storyTwoGazetteer } from '../../geo/gazetteer.ts';
import { FIXTURES } from '../../geo/golden.ts';

async function stepsOf(stage: string, name: string): Promise<Step[]> {
  const dir = join(FIXTURES, stage, 'in', name);
  const { meta, places, route, flows } = await compose(dir, join(dir, 'story.json'), storyTwoGazetteer);
  const story = { meta, places, route, flows };
  return buildSteps(story, indexStory(story), 'en-GB');
}

describe('the signing on the timeline', () => {
  it('puts the signing on each day an outlet gives it, with the outlets behind each and its time', async () => {
    const steps = await stepsOf('signings', 'signed-on-weekday');
    const signing = steps.find((s) => s.kind === 'counts')!;
    // Disputed: every side in the headline, none chosen.
    expect(signing.headline).toBe(
      'What was signed: outlets count 6 (agreements) · date disputed: Mon 4 May, evening or Tue 5 May',
    );
    expect(signing.disputed).toBe(true);
    const events = buildTimeline(steps, 'en-GB').map((d) => [
      d.date,
      d.events.filter((e) => e.kind === 'counts').map((e) => [e.label, e.time, e.outlets, e.disputed]),
    ]);
    expect(events).toContainEqual(['2026-05-04', [['Signs agreements', 'evening', ['Inland Daily'], true]]]);
    expect(events).toContainEqual(['2026-05-05', [['Signs agreements', null, ['Harbour Post'], true]]]);
  });

  it('quotes first the sentences that date the signing', async () => {
    const steps = await stepsOf('signings', 'signed-on-weekday');
    expect(steps.find((s) => s.kind === 'counts')!.quotes.map((q) => q.sentence)).toEqual([
      'The six agreements were signed on Monday evening, officials said.',
      'Reyes and the prime minister signed six agreements on Tuesday at Parliament House.',
    ]);
  });

  it('leaves the signing off the strip when no sentence about it gives a day', async () => {
    const steps = await stepsOf('signings', 'no-signing-day');
    expect(steps.find((s) => s.kind === 'counts')?.claims).toEqual([]);
    expect(
      buildTimeline(steps, 'en-GB')
        .flatMap((d) => d.events)
        .some((e) => e.kind === 'counts'),
    ).toBe(false);
  });
});

describe('a site on two days', () => {
  it('shows a visit on each day, undisputed, when the sentences tell of two visits', async () => {
    const steps = await stepsOf('visits', 'talks-then-address');
    const site = steps.find((s) => s.kind === 'site')!;
    expect(site.headline).toBe('Visits Parliament House · Mon 4 May, afternoon and Tue 5 May');
    const days = buildTimeline(steps, 'en-GB');
    const visits = days.flatMap((d) => d.events.filter((e) => e.kind === 'site').map((e) => [d.date, e.disputed]));
    expect(visits).toEqual([
      ['2026-05-04', false],
      ['2026-05-05', false],
    ]);
  });

  it('marks the disagreement when two outlets give one event two days', async () => {
    const steps = await stepsOf('visits', 'one-event-two-days');
    const site = steps.find((s) => s.kind === 'site')!;
    expect(site.headline).toBe('Visits Parliament House · date disputed: Mon 4 May or Tue 5 May');
    const days = buildTimeline(steps, 'en-GB');
    const visits = days.flatMap((d) =>
      d.events.filter((e) => e.kind === 'site').map((e) => [d.date, e.outlets, e.disputed]),
    );
    expect(visits).toEqual([
      ['2026-05-04', ['Harbour Post'], true],
      ['2026-05-05', ['Inland Daily'], true],
    ]);
  });
});

describe('the timeline of hand-made steps', () => {
  const step = (kind: Step['kind'], label: string, claims: Step['claims'], disputed = false): Step =>
    ({ kind, id: label, label, headline: `${label} · a day`, claims, disputed }) as Step;
  const on = (date: string, time: string | null = null, part: Step['claims'][number]['part'] = null) => ({
    date,
    time,
    part,
    outlets: ['Wire'],
  });

  it('orders a day’s events by their time, an event with no time last, and the days in order', () => {
    const days = buildTimeline(
      [
        step('counts', 'Signs deals', [on('2026-05-05', null, 'evening')]),
        step('site', 'Visits the museum', [on('2026-05-05')]),
        step('stop', 'Arrives in Town', [on('2026-05-04', '23:15')]),
        step('site', 'Visits the port', [on('2026-05-05', '09:30')]),
      ],
      'en-GB',
    );
    expect(days.map((d) => [d.date, d.events.map((e) => e.label)])).toEqual([
      ['2026-05-04', ['Arrives in Town']],
      ['2026-05-05', ['Visits the port', 'Signs deals', 'Visits the museum']],
    ]);
    expect(days[1]!.events.map((e) => e.step)).toEqual([3, 0, 1]);
  });

  it('leaves the origin, the legs and the trade off the strip', () => {
    const days = buildTimeline(
      [
        step('origin', 'Sets out', [on('2026-05-03')]),
        step('leg', 'A → B', [on('2026-05-04')]),
        step('trade', 'Trade', [on('2026-05-04')]),
      ],
      'en-GB',
    );
    expect(days).toEqual([]);
  });

  it('takes whether an event is disputed from its step, not from how many days it has', () => {
    const twoVisits = step('site', 'Visits the hall', [on('2026-05-04'), on('2026-05-05')], false);
    const disputed = step('site', 'Visits the hall', [on('2026-05-04'), on('2026-05-05')], true);
    const flags = (s: Step) => buildTimeline([s], 'en-GB').map((d) => d.events[0]!.disputed);
    expect(flags(twoVisits)).toEqual([false, false]);
    expect(flags(disputed)).toEqual([true, true]);
  });
});
