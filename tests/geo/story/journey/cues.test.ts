import { describe, expect, it } from 'vitest';
import { cueFor, type Cue } from '../../../../geo/story/journey/cues.ts';

const cases: Array<[string, string, Cue | null]> = [
  ['He arrived from a high-profile visit to North Korea, where he signed a pact', 'North Korea', 'from'],
  ['Putin arrived in the capital, Hanoi, early Thursday morning.', 'Hanoi', 'arrive'],
  ['Before his visit to Vietnam, Putin traveled to North Korea.', 'Vietnam', 'before'],
  ['Before his visit to Vietnam, Putin traveled to North Korea.', 'North Korea', 'arrive'],
  ['Hanoi is Putin’s final stop on the two-nation tour, during which he first visited North Korea', 'Hanoi', 'final'],
  [
    'Hanoi is Putin’s final stop on the two-nation tour, during which he first visited North Korea',
    'North Korea',
    'first',
  ],
  ['After signing a defense deal with North Korea, Putin met Vietnam’s leaders.', 'North Korea', 'after'],
  ['Varga will not travel to Sydney on this trip.', 'Sydney', null],
  ['a tour that began when Varga left Santiago on Sunday night', 'Santiago', 'began'],
  ['She wraps up the trip in Montevideo on Friday.', 'Montevideo', 'final'],
  ['Varga, ending her visit to Peru, flew to Bogotá.', 'Peru', 'from'],
  // "left" with its day, in a sentence that names no other movement.
  ['Varga, who left Santiago on Sunday evening, is expected to sign a fisheries pact.', 'Santiago', 'began'],
  ['The strike left Santiago without buses, Varga said.', 'Santiago', null],
  ['Canberra is the final leg of a trip that began in Santiago on Sunday.', 'Santiago', 'began'],
  ['Varga began her tour in New Zealand.', 'New Zealand', 'began'],
  ['Putin signed a series of deals in Vietnam on Thursday.', 'Vietnam', 'present'],
  ['Support from North Korea is welcome, Putin said.', 'North Korea', null],
  ['Putin’s visit has drawn criticism from the US, one of Vietnam’s top trade partners.', 'US', null],
  [
    'Putin traveled to Vietnam, a close ally of Russia since the Cold War, from a summit with North Korea’s Kim Jong Un.',
    'North Korea',
    'from',
  ],
  ['Modi arrived in Vienna on Tuesday from Moscow, where he held talks.', 'Moscow', 'from'],
  // Being there on the day of the text.
  ['Today in Paraguay, President Varga signed a river-transport agreement.', 'Paraguay', 'here'],
  ['It is good to be back in Montevideo.', 'Montevideo', 'here'],
  ['Thank you for your hospitality today here in Quito.', 'Quito', 'here'],
  ['Madam President, welcome to Bogotá.', 'Bogotá', 'here'],
  ['Varga welcomed investors to a forum on fisheries in Lima.', 'Lima', 'present'],
  // What a leader does there, in the clause before the place: a visit, not a mere mention.
  ['Brandt held talks with the King in Bahrain on Thursday.', 'Bahrain', 'visit'],
  ['On Monday she met President Mensah in Ghana.', 'Ghana', 'visit'],
  ['The Quad meeting in Tokyo opened the week.', 'Tokyo', 'present'],
  ['She met the fishermen, who came from Peru, in Lima.', 'Lima', 'present'],
  // A plan undone.
  ["Odhiambo's planned stop in Lomé was called off.", 'Lomé', null],
  ['Her visit to Lima has been postponed until June.', 'Lima', null],
  ['Ebert postponed a planned visit to Pakistan because of security concerns.', 'Pakistan', null],
  ['Arata skipped a stop in Singapore because of the haze.', 'Singapore', null],
  ['She called off her trip to Lomé at the last minute.', 'Lomé', null],
  // Words between the verb of motion and its "to"; a summit attended.
  ['From Beijing, he travels on to India.', 'India', 'arrive'],
  ['Arata heads next to Thailand, the final leg of his trip.', 'Thailand', 'arrive'],
  ['Ferrer is due back in Madrid on Saturday.', 'Madrid', 'arrive'],
  // A cause, not a journey: "due in part to".
  ['The drop was due in part to China’s slowdown, Ferrer said.', 'China', null],
  ['Ferrer said the gains would continue to come from Morocco.', 'Morocco', null],
  ['Ebert will attend the Group of 20 summit in Jakarta.', 'Jakarta', 'visit'],
  // A "from" past an infinitive is not where the traveller came from.
  ['Ebert, who travelled with arms makers, wants India to buy fewer weapons from Russia.', 'Russia', null],
  ['He travelled to meet leaders from Asia.', 'Asia', null],
  ['Varga came to power in Chile in 2029.', 'Chile', 'present'],
  // The last of a list of destinations.
  ['Harlow will travel to Panama and Costa Rica next week.', 'Costa Rica', 'visit'],
  ['Harlow travelled to Chile, Peru and Bolivia.', 'Bolivia', 'visit'],
  ['Harlow travelled to Chile, Peru and Bolivia.', 'Chile', 'arrive'],
  ['From Beijing, he travels on to India and then to Indonesia.', 'Indonesia', 'visit'],
  // Leaving one place for another: the first comes before the second.
  ['On Friday, Varga will depart Lima for La Paz.', 'Lima', 'from'],
  ['On Friday, Varga will depart Lima for La Paz.', 'La Paz', 'arrive'],
  ['Varga, ending her visit to Quito, flew to Bogotá.', 'Quito', 'from'],
  ['Varga wrapped up her two-day stay in Lima.', 'Lima', 'from'],
  // A trip not made, with a typographic apostrophe.
  ['Varga didn’t travel to Trujillo on this trip.', 'Trujillo', null],
  // A name between the verb and the place was the destination; a place beside it after a comma is it too.
  ['Varga’s travel to Lima strengthened the Peru–Bolivia corridor.', 'Bolivia', null],
  ['Varga will travel to Cusco, Peru, on Friday.', 'Peru', 'arrive'],
];

describe('movement cues', () => {
  it.each(cases)('%s → %s is %s', (sentence, place, cue) => {
    const start = sentence.indexOf(place);
    expect(cueFor(sentence, start, start + place.length)).toBe(cue);
  });
});
