// The sites stage's small rules on invented sentences: which capitalised names are sites, which
// words put the traveller at one, and whose turn of a transcript is the traveller's.
import { describe, expect, it } from 'vitest';
import { siteNames, siteWordOf } from '../../../../geo/story/sites/facilities.ts';
import { firstPersonSentences } from '../../../../geo/story/sites/speaker.ts';
import { visitedNames } from '../../../../geo/story/sites/visit-cue.ts';

const names = (s: string) => siteNames(s).map((n) => n.name);
const visited = (s: string) => visitedNames(s, siteNames(s)).map((n) => n.name);

describe('siteNames', () => {
  it('takes capitalised names holding a site word, small joining words inside them', () => {
    expect(names('Yesterday, I visited Tema Naval Base and the Gardens by the Sea.')).toEqual([
      'Tema Naval Base',
      'Gardens by the Sea',
    ]);
    expect(names('She toured the National Institutes of Soil and Water Science.')).toEqual([
      'National Institutes of Soil and Water Science',
    ]);
  });

  it('knows the kinds of site leaders visit beyond palaces and memorials: dams, stations, monasteries, bazaars', () => {
    expect(visited('Varga toured the Loma Verde Dam and visited the Santa Rita Monastery.')).toEqual([
      'Loma Verde Dam',
      'Santa Rita Monastery',
    ]);
    expect(visited('She arrived at Central Rail Station and visited the Grand Bazaar.')).toEqual([
      'Central Rail Station',
      'Grand Bazaar',
    ]);
  });

  it('ends a name before a possessive and the joining words before it', () => {
    expect(names('Varga was greeted at Tamale International Airport by Ghana’s foreign minister.')).toEqual([
      'Tamale International Airport',
    ]);
    expect(names('She toured the Gardens by the Sea.')).toEqual(['Gardens by the Sea']);
  });

  it('takes an airport’s kind written in lower case after its name', () => {
    expect(names('Her plane landed at Kotoka airport, then at Tamale international airport.')).toEqual([
      'Kotoka airport',
      'Tamale international airport',
    ]);
  });

  it('ends a name at a day or a month, and takes "to" after a monument', () => {
    expect(names('Rao met Lee at the Blue Palace on Tuesday.')).toEqual(['Blue Palace']);
    expect(names('He laid a wreath at the Memorial to the Fallen Rowers.')).toEqual(['Memorial to the Fallen Rowers']);
  });

  it('leaves out a site word alone, a speaker’s label in capitals and a name without a site word', () => {
    expect(names('THE FOREIGN MINISTER:  We met at the Palace.  Mr. Lee Kuan spoke.')).toEqual([]);
  });

  it('names the kind of site a name holds', () => {
    expect([siteWordOf('Panaro Farm'), siteWordOf('Institutes of Soil'), siteWordOf('Ikulu')]).toEqual([
      'farm',
      'institute',
      null,
    ]);
  });
});

describe('visitedNames', () => {
  it('takes a name right after a word that puts someone there, and one joined to it', () => {
    expect(visited('Rao arrived at the Blue Palace in Accra and the Memorial to the Fallen Rowers.')).toEqual([
      'Blue Palace',
      'Memorial to the Fallen Rowers',
    ]);
    expect(visited('The minister visited Tema Naval Base.')).toEqual(['Tema Naval Base']);
    expect(visited('To warmly welcome the minister to State House, of course.')).toEqual(['State House']);
  });

  it('refuses a name after another dealing, a negation, or no cue at all', () => {
    expect(visited('Her uncle worked at the Korle Bu Teaching Hospital.')).toEqual([]);
    expect(visited('They agreed on burden-sharing at Tema Naval Base.')).toEqual([]);
    expect(visited('Rao will not go to the Blue Palace.')).toEqual([]);
    expect(visited('The delegation flew through Kotoka Airfield Base.')).toEqual([]);
  });
});

describe('firstPersonSentences', () => {
  const sentences = [
    'THE MINISTER:  Good morning.',
    'I visited Tema Naval Base yesterday.',
    'PRESIDENT OWUSU:  I toured the Korle Bu Teaching Hospital.',
    'Q    Did you go to the Blue Palace?',
    'THE MINISTER:  We did.',
  ].map((text) => ({ text }));

  it('keeps the traveller’s own words in the first person, turn by turn, and no one else’s', () => {
    expect([...firstPersonSentences(sentences, (label) => label === 'THE MINISTER')]).toEqual([1, 4]);
  });
});
