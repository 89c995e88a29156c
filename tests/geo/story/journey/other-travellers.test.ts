// Someone else's movement in a sentence about the traveller: no sighting of the traveller.
import { describe, expect, it } from 'vitest';
import { anotherTravels } from '../../../../geo/story/journey/other-travellers.ts';
import type { Traveller } from '../../../../geo/story/journey/traveller.ts';

const arata: Traveller = {
  names: ['Kenji Arata', 'Arata'],
  office: 'Prime Minister',
  home: null,
  isIn: (s) => /\bArata\b|\bthe Japanese prime minister\b/i.test(s),
  isNamedIn: (s) => /\bArata\b/.test(s),
};
const another = (sentence: string, place: string) => {
  const start = sentence.indexOf(place);
  return anotherTravels(sentence, [start, start + place.length], arata);
};

describe('another person’s movement', () => {
  it.each([
    ['His visit comes as Chinese Premier Wei Lan visits Cambodia.', 'Cambodia'],
    ['While Arata was in Hanoi, French President Claire Morel visited Tokyo.', 'Tokyo'],
    ['Her trip follows a visit to Pyongyang by Russian Foreign Minister Oleg Panin last month.', 'Pyongyang'],
    ['Arata arrived a week after U.S. Secretary of State Dana Cole travelled to Manila.', 'Manila'],
    ['Arata said it was his first trip, but his predecessor visited Jakarta twice.', 'Jakarta'],
    ['Arata spoke as the Thai prime minister was in Bangkok.', 'Bangkok'],
  ])('%s → %s is not the traveller’s', (sentence, place) => {
    expect(another(sentence, place)).toBe(true);
  });

  it.each([
    ['Japanese Prime Minister Kenji Arata arrived in Manila on Saturday.', 'Manila'],
    ['Arata met Chinese President Zhou Ming in Beijing.', 'Beijing'],
    ['Vietnamese Prime Minister Tran Van Long welcomed him to Hanoi.', 'Hanoi'],
    ['Philippine President Ramon Dizon hosted Arata in Manila.', 'Manila'],
    ['Arata was welcomed to Hanoi by Prime Minister Tran Van Long.', 'Hanoi'],
    ['While Arata was in Hanoi, French President Claire Morel visited Tokyo.', 'Hanoi'],
    ['His visit to Jakarta by train drew crowds.', 'Jakarta'],
    // An office alone may be the traveller's, when the texts never write it before the name.
    ['The president flew to Hanoi on Monday.', 'Hanoi'],
  ])('%s → %s is the traveller’s', (sentence, place) => {
    expect(another(sentence, place)).toBe(false);
  });
});
