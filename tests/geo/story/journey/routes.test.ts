// Routes from what the texts say about this trip, on invented stories (tests/fixtures/routes/in/<case>/
// → out/<case>.json): a transcript's location header puts the traveller at its place on the
// article's day and an in-flight header ("En Route Quito") on the way there; "Today in Paraguay"
// is the capital, marked approximate; "depart Lima for La Paz" orders the two; and the traps: a
// trip "in March" of an article of May, "the last time she came, in 2027", "didn’t travel to".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeStops } from '../../../../geo/scoring/story-row.ts';
import { compose } from '../../compose.ts';
import { expectGolden, FIXTURES } from '../../golden.ts';

const DIR = join(FIXTURES, 'routes');

/** A stop as the tests write it: "*Santiago" for an inferred one, "Quito 2031-05-11" with its arrival. */
const stopLine = (s: { name: string; arrive: string | null; inferred: boolean }) =>
  `${s.inferred ? '*' : ''}${s.name} ${s.arrive ?? ''}`.trim();

async function build(name: string) {
  const dir = join(DIR, 'in', name);
  const { places, route } = await compose(dir, join(dir, 'story.json'));
  const stops = routeStops({ places, route });
  const byName = (name: string) => places.features.find((f) => f.properties.name === name)?.properties;
  return { route, stops, byName };
}

describe('routes (tests/fixtures/routes/in/<case>/ → out/<case>.json)', () => {
  it.each(readdirSync(join(DIR, 'in')).sort())('%s', async (name) => {
    const { route, stops, byName } = await build(name);
    expectGolden(join(DIR, 'out', `${name}.json`), {
      stops: stops.map((s) => ({
        name: s.name,
        arrive: s.arrive,
        inferred: s.inferred,
        approximateWhy: byName(s.name)?.approximateWhy ?? null,
      })),
      legs: route.features.map(({ properties: p }) => ({
        to: p.toName,
        date: p.date,
        evidence: p.evidence.map((e) => `${e.article}: ${e.sentence}`),
      })),
    });
  });
});

describe('the rules, one by one', () => {
  it('orders transcripts by their headers’ days, not by file or mention, and dates an in-flight header’s arrival', async () => {
    const { stops } = await build('transcript-headers');
    expect(stops.map(stopLine)).toEqual(['*Santiago', 'Bogotá 2031-05-09', 'Quito 2031-05-11']);
  });

  it('gives a stop named only by its country to its capital, marked approximate', async () => {
    const { stops, byName } = await build('country-only');
    expect(stops.filter((s) => !s.inferred).map((s) => `${s.name} ${s.arrive}`)).toEqual([
      'Asunción 2031-05-13',
      'Montevideo 2031-05-14',
    ]);
    expect(byName('Asunción')?.approximate).toBe(true);
    expect(byName('Montevideo')?.approximate).toBeUndefined();
  });

  it('counts the sentences naming the country for the capital that stands for it, so its panel names their outlets', async () => {
    const { byName } = await build('country-only');
    const asuncion = byName('Asunción')!;
    expect([asuncion.mentionCount, asuncion.outletCount]).toEqual([1, 1]);
    expect(asuncion.excerpts.map((e) => [e.text, e.sentence.slice(...e.highlight)])).toEqual([
      ['Paraguay', 'Paraguay'],
    ]);
    // The country keeps its own mentions, "the Paraguayan government" among them.
    expect(byName('Paraguay')?.mentionCount).toBe(2);
  });

  it('reads “depart X for Y” as X then Y, and leaves out recalled trips and trips not made', async () => {
    const { stops } = await build('news-sequence');
    // "She left Santiago on Thursday night for the two-day trip": the origin, stated.
    expect(stops[0]).toMatchObject({ name: 'Santiago', inferred: false });
    expect(stops.slice(1).map((s) => `${s.name} ${s.arrive}`)).toEqual(['Lima 2031-05-09', 'La Paz 2031-05-16']);
  });

  it('reads a schedule told in order, a day trip and the return to the same city, and the way home', async () => {
    const { stops } = await build('schedule-day-trip');
    // Weekdays of a preview run on past the first week; "from May 3 to May 11" dates no one stop;
    // "the President" is the traveller once "President Elena Varga" is written.
    expect(stops.map(stopLine)).toEqual([
      'Santiago 2031-05-03',
      'Lima 2031-05-04',
      'Trujillo 2031-05-06',
      'Lima 2031-05-06',
      'La Paz 2031-05-07',
      'Asunción 2031-05-09',
      'Santiago 2031-05-11',
    ]);
  });

  it('orders stops told with “then” and “ending her visit to”, not in the order they are named', async () => {
    const { stops } = await build('told-in-order');
    expect(stops.map((s) => `${s.inferred ? '*' : ''}${s.name}`)).toEqual(['*Santiago', 'Lima', 'Quito', 'Bogotá']);
  });

  it('puts the traveller where their own turn of a transcript says “here in X”, labelled by name or by bare office', async () => {
    // "PM:" is the traveller once a text writes "Prime Minister Mara Kovač"; not in the host's
    // transcript that labels her "PM KOVAČ:" (there "PM:" is the host, "glad to be back in Koper").
    // Not "the Chancellor is now in Vienna", nor "I was here in Klagenfurt in 2029".
    const { stops } = await build('speaker-turns');
    expect(stops.map(stopLine)).toEqual(['*Zagreb', 'Maribor 2031-09-03', 'Graz 2031-09-04']);
  });

  it('dates an arrival “late Sunday” and “last night” on that day, and brings a home capital back as a stated stop', async () => {
    // "arrived in Accra late Sunday" in a text of Monday; "flew to Abuja on Wednesday evening";
    // "returned to Nairobi on Thursday"; the datelines (ACCRA, NAIROBI) and "a planned stop in
    // Lomé was called off" are no stops.
    const wire = await build('wire-evening-arrival');
    expect(wire.stops.map(stopLine)).toEqual(['Nairobi', 'Accra 2031-03-09', 'Abuja 2031-03-12', 'Nairobi 2031-03-13']);
    const nordic = await build('relative-days');
    expect(nordic.stops.map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'Stockholm',
      'Reykjavík 2031-07-14',
      'Nuuk 2031-07-16',
      'Stockholm 2031-07-18',
    ]);
  });

  it('takes a country where the traveller “held talks … in Bahrain on Thursday” as a stop at its capital, in that day’s place', async () => {
    // Thursday orders it after Wednesday's Muscat; a date counts only from an arrival, so it dates nothing.
    const { stops, byName } = await build('gulf-press-releases');
    expect(stops.filter((s) => !s.inferred).map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'Doha 2031-11-04',
      'Muscat 2031-11-05',
      'Manama',
    ]);
    expect(byName('Manama')?.approximate).toBe(true);
  });

  it('dates stops by weekdays against the article’s day, and reads “ended a trip to Japan and South Korea” as no way back', async () => {
    const { stops } = await build('weekdays-only');
    expect(stops.map(stopLine)).toEqual(['*Ottawa', 'Tokyo 2031-06-09', 'Seoul 2031-06-11']);
  });

  it('reads wire copy of several outlets: another leader’s visit is no stop, and an arrival told without a place is at the dateline', async () => {
    // AFP, Reuters, AP and a local paper: "after stops in the Philippines and Indonesia", "heads
    // next to Thailand", "is scheduled to return to Tokyo on Friday"; "His visit comes as Chinese
    // Premier Wei Lan visits Cambodia" is no stop, nor "A planned stop in Singapore was postponed";
    // "Arata, who arrived from Manila on Sunday" in a story filed from JAKARTA dates Jakarta.
    const { stops } = await build('wire-asean-tour');
    expect(stops.map(stopLine)).toEqual([
      'Tokyo 2030-06-01',
      'Manila 2030-06-01',
      'Jakarta 2030-06-02',
      'Hanoi 2030-06-04',
      'Bangkok 2030-06-06',
      'Tokyo 2030-06-07',
    ]);
  });

  it('leaves out a visit postponed, another leader’s trip and a partner’s arms, and reads “travels on to India and then to Indonesia”', async () => {
    // "Ebert postponed a planned visit to Pakistan"; "While Ebert was in Beijing, French President
    // Claire Morel visited Tokyo"; "wants India to buy fewer weapons from Russia"; the origin "flew
    // in from Berlin overnight" is not dated by "is to meet … on Monday", after Sunday's arrival.
    const { stops } = await build('wire-g20-trip');
    expect(stops.map(stopLine)).toEqual([
      'Berlin',
      'Beijing 2030-09-08',
      'New Delhi 2030-09-10',
      'Jakarta 2030-09-11',
      'Berlin 2030-09-14',
    ]);
  });

  it('reads “wrapped up a visit to Morocco and flew on to Algiers” and “is due back in Madrid” as the way home', async () => {
    const { stops } = await build('wire-maghreb-tour');
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'Madrid',
      'Rabat',
      'Algiers 2030-03-13',
      'Tunis 2030-03-15',
      'Madrid 2030-03-16',
    ]);
  });

  it('finds home from “U.S. Secretary of State Dana Cole”, and leaves out “a visit to Pyongyang by Russian Foreign Minister …”', async () => {
    // "Cole heads next to Beijing"; "Cole, who flew in from Seoul on Thursday evening" in a story
    // filed from BEIJING: Beijing on Thursday; "will return to Washington on Saturday": home.
    const { stops } = await build('wire-secretary-asia');
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'Washington, D.C.',
      'Tokyo',
      'Seoul 2030-10-16',
      'Beijing 2030-10-17',
      'Washington, D.C. 2030-10-19',
    ]);
  });

  it('dates “has made an unannounced visit to Kyiv” on the text’s day, and leaves out “Her predecessor visited Kyiv”', async () => {
    // "arriving by overnight train from Poland" does not put Warsaw first: "has arrived in … Warsaw,
    // after a two-day visit to Ukraine" is dated its text's Wednesday; "talks … on Wednesday before
    // flying home to London on Thursday" is the Thursday after, not the one before.
    const { stops } = await build('wire-surprise-visit');
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'London',
      'Kyiv 2030-02-18',
      'Warsaw 2030-02-20',
      'London 2030-02-21',
    ]);
  });

  it('dates “who arrived in Riga” by the article’s day, only where the article has come to, and not a trip recalled in a preview', async () => {
    // "When she was a student, Brandt travelled to Riga" in a preview of Wednesday, before the trip's
    // Saturday: another journey. "Before her visit to Latvia, Brandt travelled to Vilnius" in the
    // Riga report of Sunday: Vilnius is not dated Sunday; "Today in Vilnius" of Saturday dates it.
    const { stops } = await build('past-arrival');
    expect(stops.map(stopLine)).toEqual(['*Copenhagen', 'Vilnius 2031-09-13', 'Riga 2031-09-14']);
  });

  it('reads “From 18–22 August” as the trip’s span, no arrival; a day a sentence gives wins over a later day of “here in”, which agrees with it', async () => {
    // "arrived in Helsinki on Wednesday evening" in Wednesday's wire story and, in Thursday's
    // transcript, "good to be here in Helsinki": one arrival, no disagreement to show.
    const { stops, route } = await build('announced-span');
    expect(stops.map(stopLine)).toEqual(['*Copenhagen', 'Oslo 2031-08-19', 'Helsinki 2031-08-20']);
    expect(route.features.at(-1)!.properties.dateClaims.map((c) => c.date)).toEqual(['2031-08-20']);
  });

  it('follows a wire tour told in the simple present: “travels on to Australia on Friday”, “who left Tokyo on Sunday evening”', async () => {
    const { stops } = await build('wire-three-nation-tour');
    expect(stops.map(stopLine)).toEqual([
      'Tokyo 2031-03-09',
      'Manila 2031-03-10',
      'Jakarta 2031-03-12',
      'Canberra 2031-03-14',
      'Tokyo 2031-03-15',
    ]);
  });

  it('makes a stop of “arrived here on Monday” at the wire dateline, and reads “was due to fly back … later on Friday” as that Friday', async () => {
    const { stops } = await build('wire-arrived-here');
    expect(stops.map(stopLine)).toEqual([
      'Madrid',
      'Nairobi 2031-02-03',
      'Addis Ababa 2031-02-05',
      'Dar es Salaam',
      'Madrid 2031-02-07',
    ]);
  });

  it('takes “wrapping up the trip in Detroit on Wednesday” as the final stop, not a place left first', async () => {
    const { stops } = await build('wire-domestic-swing');
    expect(stops.map((s) => `${s.inferred ? '*' : ''}${s.name}`)).toEqual([
      '*Washington, D.C.',
      'Pittsburgh',
      'Columbus',
      'Detroit',
    ]);
  });

  it('never maps the traveller’s surname as a town, even in an article that never writes the whole name', async () => {
    // "Mori and Vietnamese Prime Minister Tran Minh Duc signed …": Mori is also a town's name.
    const { byName, stops } = await build('surname-of-a-town');
    expect(byName('Mori')).toBeUndefined();
    expect(stops.map((s) => s.name)).toEqual(['Tokyo', 'Hanoi', 'Rio de Janeiro']);
  });

  it('dates “flew in from Santiago overnight” in a story filed from LIMA by the story’s day', async () => {
    const { stops } = await build('dateline-flew-in');
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}`.trim())).toEqual([
      'Santiago',
      'Lima 2031-06-01',
      'Quito 2031-06-03',
    ]);
  });
});
