import { describe, expect, it } from 'vitest';
import { withoutDivisionWord } from '../../geo/gazetteer/build.ts';
import { capitalOf } from '../../geo/gazetteer/capital.ts';
import { foldName } from '../../geo/gazetteer/names.ts';
import { geoparse, resolveScan, scan } from '../../geo/places/geoparse.ts';
import { expectGolden, goldenCases } from './golden.ts';
import { gazetteer } from './gazetteer.ts';

describe('find and resolve places', () => {
  it.each(goldenCases('places'))('$name', async ({ input, outFile }) => {
    const { mentions } = geoparse(input, await gazetteer());
    for (const m of mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    expectGolden(
      outFile,
      mentions.map((m) => ({
        text: m.text,
        start: m.start,
        id: m.entry.id,
        metonym: m.metonym,
        confidence: m.confidence,
        reason: m.reason,
      })),
    );
  });

  it('keeps people whose names hold a town off the map', async () => {
    const { mentions } = geoparse(
      'Foreign Minister Tomás Valdivia met Nora Whitfield in Santiago, Chile.',
      await gazetteer(),
    );
    expect(mentions.map((m) => m.text)).toEqual(['Santiago', 'Chile']);
  });

  it('takes a landmark only when the article names its city or country', async () => {
    expect(geoparse('Putin spoke at the Opera House to graduates.', await gazetteer()).mentions).toEqual([]);
  });

  it('resolves "Washington" to the US capital, not a town of the same name', async () => {
    const [m] = geoparse('Hanoi upgraded ties with Washington.', await gazetteer()).mentions.slice(1);
    expect(m?.entry.id).toBe('city:4140963');
    expect(m?.metonym).toBe(true);
  });
});

describe('countries of equal score', () => {
  it('give a demonym they share to the larger by area, an area the entry does not call its population', async () => {
    const [m] = geoparse('Congolese officials arrived.', await gazetteer()).mentions;
    expect(m?.entry.id).toBe('country:COD');
    expect([m?.entry.population, m?.entry.area]).toEqual([0, 2_344_858]);
  });
});

describe('the story as context', () => {
  it('takes a small town of a country that another article of the story names', async () => {
    const text = 'The delegation toured Hội An on Friday.';
    expect(geoparse(text, await gazetteer()).mentions).toEqual([]);
    const [m] = geoparse(text, await gazetteer(), new Set(['VN'])).mentions;
    expect([m?.entry.name, m?.reason]).toEqual([
      'Hội An',
      'population 32,757; its country is named elsewhere in the story',
    ]);
  });

  it('resolves one scan again with other story countries, as a story build scans every article before resolving any', async () => {
    const g = await gazetteer();
    const scanned = scan('The delegation toured Hội An on Friday.', g);
    expect(resolveScan(scanned, g, new Set()).mentions).toEqual([]);
    expect(resolveScan(scanned, g, new Set(['VN'])).mentions.map((m) => m.entry.name)).toEqual(['Hội An']);
    expect(resolveScan(scanned, g, new Set()).mentions).toEqual([]);
  });
});

describe('a country’s capital', () => {
  it('is the city the gazetteer gives the country, and none for a country that has none', async () => {
    const g = await gazetteer();
    const country = (name: string) =>
      (g.lookup(foldName(name)) ?? []).map((h) => g.entry(h.id)).find((e) => e?.kind === 'country')!;
    expect(capitalOf(country('Vietnam'), g)?.name).toBe('Hanoi');
    expect(capitalOf(country('Antarctica'), g)).toBeNull();
  });
});

describe('recognition by class', () => {
  const found = async (text: string) => {
    const parsed = geoparse(text, await gazetteer());
    return [...parsed.mentions, ...parsed.inOrganisations]
      .sort((a, b) => a.start - b.start)
      .map((m) => [m.text, m.entry.id, m.usage]);
  };

  it('reads both countries of a hyphenated pair, a prefix only as a word of its own: "Japan-India", not "pan-African"', async () => {
    const ids = (text: string) => geoparse(text, g).mentions.map((m) => m.entry.id);
    const g = await gazetteer();
    expect(ids('Japan-India trade was worth $50 billion.')).toEqual(['country:JPN', 'country:IND']);
    expect(ids('A pan-African summit and an anti-American rally.')).toEqual([]);
  });

  it('reads a US state without its country', async () => {
    expect(await found('He lives in Texas.')).toEqual([['Texas', 'admin1:US-TX', 'name']]);
  });

  it('keeps a city inside an organisation’s name as a mention of that usage, and its later plain uses', async () => {
    const text = 'A spokesman for the Winnipeg Police Service said the man was held. Police in Winnipeg named him.';
    expect(await found(text)).toEqual([
      ['Winnipeg', 'city:6183235', 'organisation'],
      ['Winnipeg', 'city:6183235', 'name'],
    ]);
    expect(geoparse(text, await gazetteer()).mentions.map((m) => m.usage)).toEqual(['name']);
  });

  it('reads a news agency’s name as an organisation’s, not as its country', async () => {
    expect(await found('Agence France-Presse reported that Lyon was calm.')).toEqual([
      ['France', 'country:FRA', 'organisation'],
      ['Lyon', 'city:2996944', 'name'],
    ]);
  });

  it('takes a town named like an everyday word only where the words place it', async () => {
    expect(await found('Media reports said the storm was over.')).toEqual([]);
    const [reading] = await found('She moved to Reading last year.');
    expect(reading?.[0]).toBe('Reading');
  });

  it('reads a given name as a person’s, and keeps its later lone uses off the map', async () => {
    expect(await found('Florence Smith said the vote was close. Florence thanked her staff.')).toEqual([]);
    expect(await found('He flew to Florence.')).toEqual([['Florence', 'city:3176959', 'name']]);
  });

  it('reads a word of a person’s name as a town after "in", as the writer placed it', async () => {
    expect(await found('Sydney Brenner said the tests were clear. Rain fell in Sydney overnight.')).toEqual([
      ['Sydney', 'city:2147714', 'name'],
    ]);
  });

  it('reads a state’s old abbreviation after a town and a comma, as 1860s reports and datelines write it', async () => {
    expect(await found('Headquarters, Nashville, Tenn., February 16, 1862.')).toEqual([
      ['Nashville', 'city:4644585', 'name'],
      ['Tenn', 'admin1:US-TN', 'name'],
    ]);
    expect(await found('Tenn. Williams wrote the play.')).toEqual([]);
  });

  // Each place as "text=id" (its usage after a slash where it is not a name), in text order.
  it.each([
    {
      rule: 'matches names written without the letters Unicode does not split into letter and mark (ł, ı)',
      text: 'Flooding hit Pulawy and Lodz in Poland, and Dogubayazit in Turkey.',
      places: 'Pulawy=city:760924 Lodz=city:3093133 Poland=country:POL Dogubayazit=city:316411 Turkey=country:TUR',
    },
    {
      rule: 'reads a sea whose name ends as an adjective does ("Indian Ocean", "the Mediterranean") as a name',
      text: 'Fishing boats crossed the Indian Ocean and the Mediterranean. African leaders met.',
      places: 'Indian Ocean=region:indian-ocean Mediterranean=region:mediterranean-sea African=region:africa/demonym',
    },
    {
      rule: 'reads an abbreviation folded like the state’s postal code ("Mo.", "La.") as the state, as "Tenn." is',
      text: 'Camp near Rolla, Mo., March 3, 1864. Scouts rode to Alexandria, La.',
      places: 'Rolla=city:4406282 Mo=admin1:US-MO Alexandria=city:4314550 La=admin1:US-LA',
    },
    { rule: 'but not a person’s initial', text: 'Mo. Farah won the race.', places: '' },
    {
      rule: 'reads a region’s name with its division word by its name alone where its country is named',
      text: 'Cases rose in the Akita Prefecture of northern Japan.',
      places: 'Akita Prefecture=admin1:JP-05 Japan=country:JPN',
    },
    {
      rule: 'reads a code joined to a dollar sign as a currency',
      text: 'Aid of US$40 million reached Fiji.',
      places: 'Fiji=country:FJI',
    },
    {
      rule: 'reads initials ("E.U.", "UN") as an organisation’s, not a town’s',
      text: 'Officials of the E.U. and the UN met in Paris, France.',
      places: 'Paris=city:2988507 France=country:FRA',
    },
    {
      rule: 'reads a place after an organisation’s head word and "of" as the organisation’s, not after a company’s suffix',
      text: 'Orders came from the Dept. of the Pacific. The lettuce came from Greenleaf Farms Inc. of Salinas, California.',
      places: 'Pacific=region:pacific-ocean/organisation Salinas=city:5391295 California=admin1:US-CA',
    },
    {
      rule: 'reads a region by its name without the division word its official name ends with',
      text: 'Cholera spread in the Zimbabwean provinces of Mashonaland West and Midlands.',
      places: 'Zimbabwean=country:ZWE/demonym Mashonaland West=admin1:ZW-MW Midlands=admin1:ZW-MI',
    },
    {
      rule: 'reads an acronym the text defines in brackets as that name’s everywhere, not a town’s',
      text: 'The African Leaders Malaria Alliance (ALMA) met in Boston, United States. Friends of ALMA spoke.',
      places: 'African=region:africa/demonym Boston=city:4930956 United States=country:USA',
    },
    {
      rule: 'reads a capitalised English word opening a clause after a colon as no part of a compound name',
      text: 'This arrangement will be made: At Memphis, Tenn., for the cavalry.',
      places: 'Memphis=city:4641239 Tenn=admin1:US-TN',
    },
    {
      rule: 'reads a weekday right after a place as the day, not as a word of a person’s name',
      text: 'Hogs were sold in Quezon City Wednesday evening.',
      places: 'Quezon City=city:1692192',
    },
    {
      rule: 'ends a town’s name on a word of its own, not on an everyday word in lower case',
      text: 'The village was quarantined, officials in the United States said.',
      places: 'United States=country:USA',
    },
  ])('$rule', async ({ text, places }) => {
    const written = (await found(text)).map(([t, id, usage]) => `${t}=${id}${usage === 'name' ? '' : `/${usage}`}`);
    expect(written.join(' ')).toBe(places);
  });

  it('folds ł, ø, đ and æ to the letters English writes', () => {
    expect(foldName('Łódź Tromsø Đà Nẵng Æbeltoft')).toBe('lodz tromso da nang aebeltoft');
  });

  it('does not let a state after the comma hold a town known to lie in another state', async () => {
    // Houston, Texas is far bigger, but "Houston, Mo." is the Missouri town.
    expect((await found('Scouts left Houston, Mo., at dawn.'))[0]).toEqual(['Houston', 'city:4391354', 'name']);
  });

  it('gives a town’s region after its comma the region’s reading over a country of that name', async () => {
    expect((await found('She flew from Atlanta, Georgia to Wichita.')).map((m) => m[1])).toEqual([
      'city:4180439',
      'admin1:US-GA',
      'city:4281730',
    ]);
    expect(await found('Georgia’s president spoke.')).toEqual([['Georgia', 'country:GEO', 'name']]);
  });
});

const ids = async (text: string) => geoparse(text, await gazetteer()).mentions.map((m) => [m.text, m.entry.id]);

describe('readings across an article', () => {
  it('reads a region followed by its own country and a comma as that region, not a small town of its name', async () => {
    expect(await ids('Flu cases rose in California, United States, this week.')).toEqual([
      ['California', 'admin1:US-CA'],
      ['United States', 'country:USA'],
    ]);
  });

  it('keeps a name that is a country’s too as the country in a list with commas', async () => {
    expect((await ids('Aid reached Niger, Nigeria and Chad.'))[0]).toEqual(['Niger', 'country:NER']);
  });

  it('gives every mention of a name the reading its best-placed mention has', async () => {
    const text = 'The driver was stopped in Guelph, Ontario, Canada. He will appear in an Ontario court in May.';
    expect((await ids(text)).filter(([t]) => t === 'Ontario')).toEqual([
      ['Ontario', 'admin1:CA-ON'],
      ['Ontario', 'admin1:CA-ON'],
    ]);
  });

  it('lets a mention its own words set apart keep its reading, and lend it to no other', async () => {
    const text = 'Vietnam upgraded ties with Washington. Farmers in Washington state sell apples to Hanoi.';
    expect((await ids(text)).filter(([t]) => t === 'Washington')).toEqual([
      ['Washington', 'city:4140963'],
      ['Washington', 'admin1:US-WA'],
    ]);
  });

  it('reads a place’s first word written short or out in full (St., Ft., Mt.)', async () => {
    const text = 'Troops marched from Saint Louis to Ft. Smith, Arkansas, and to Mt. Vernon, New York.';
    expect((await ids(text)).filter(([, id]) => id?.startsWith('city:'))).toEqual([
      ['Saint Louis', 'city:4407066'],
      ['Ft. Smith', 'city:4111410'],
      ['Mt. Vernon', 'city:5127835'],
    ]);
  });
});

describe('names made of common words', () => {
  it('reads a point of the compass before a place as part of its name, not as a region called “Central”', async () => {
    expect(await ids('Fever spread across Central Africa and Northern Europe.')).toEqual([
      ['Central Africa', 'region:africa'],
      ['Northern Europe', 'region:europe'],
    ]);
  });

  it('takes a region named with an everyday word only where its country is named', async () => {
    expect(await ids('Flooding hit the Western and Eastern provinces.')).toEqual([]);
    expect((await ids('In Ghana, flooding hit the Western and Eastern provinces.')).map(([, id]) => id)).toEqual([
      'country:GHA',
      'admin1:GH-WP',
      'admin1:GH-EP',
    ]);
  });

  it('reads a town named like an everyday word after a locative, and not elsewhere', async () => {
    expect(await ids('The union met in Union. Union leaders spoke. She moved to Reading.')).toEqual([
      ['Reading', 'city:2639577'],
    ]);
  });

  it('takes the town of a name in the region the article names beside it', async () => {
    const text =
      'Springfield firefighters were called out on Monday, Oregon fire officials said. Crews came from across the United States.';
    expect((await ids(text))[0]).toEqual(['Springfield', 'city:5754005']);
  });

  it.each([
    {
      rule: 'a mention with no context of its own takes the reading the article gives the name',
      text: 'Floods hit towns in Queensland on Monday. More rain is forecast for Queensland.',
      places: [
        ['Queensland', 'admin1:AU-QLD'],
        ['Queensland', 'admin1:AU-QLD'],
      ],
    },
    {
      rule: 'a region of a country the article names is read by its name alone, unless it is a given name',
      text: "Canada's health agency confirmed two cases; Saskatchewan officials said more were likely.",
      places: [
        ['Canada', 'country:CAN'],
        ['Saskatchewan', 'admin1:CA-SK'],
      ],
    },
    {
      rule: 'a region named as people are, in short syllables, still needs a word that places it',
      text: 'Moscow was among the first to recognise the Vietnamese government of Ho Chi Minh.',
      places: [
        ['Moscow', 'city:524901'],
        ['Vietnamese', 'country:VNM'],
      ],
    },
    {
      rule: 'a country named only inside an organisation’s name lets its small towns in',
      text: 'Captain Reed of the Second Kansas Cavalry rode out from Baxter Springs.',
      places: [['Baxter Springs', 'city:4267978']],
    },
    {
      rule: 'but lets no town named like a person in',
      text: 'Thomas of the Ohio Volunteers said the roads were clear.',
      places: [],
    },
    {
      rule: 'a division word right before a region’s name says it is the region',
      text: 'The rains flooded the province Limpopo on Monday.',
      places: [['Limpopo', 'admin1:ZA-LP']],
    },
    {
      rule: 'a county is the one in the state the article names',
      text: 'Flooding closed roads across Washington County on Sunday, Oregon officials said.',
      places: [
        ['Washington County', 'admin2:US-OR-41067'],
        ['Oregon', 'admin1:US-OR'],
      ],
    },
    {
      rule: 'a division written after a given name is the place’s, not a person’s',
      text: 'Dallas County commissioners met on Monday. Later, Dallas police said the roads were open.',
      places: [
        ['Dallas County', 'admin2:US-TX-48113'],
        ['Dallas', 'city:4684888'],
      ],
    },
    {
      rule: 'a state named like a country after a county of it and a comma is the state',
      text: 'Flooding hit Chatham County, Georgia, on Monday.',
      places: [
        ['Chatham County', 'admin2:US-GA-13051'],
        ['Georgia', 'admin1:US-GA'],
      ],
    },
    {
      rule: 'a town of a name several have is the one near a town the article names by a name of its own',
      text: "Storms across the United States closed roads in Augusta on Sunday, an hour's drive from Wichita.",
      places: [
        ['United States', 'country:USA'],
        ['Augusta', 'city:4267773'],
        ['Wichita', 'city:4281730'],
      ],
    },
    {
      rule: 'a town abroad is not taken for a region of the country the article names',
      text: 'Farmers lost crops to the frost across the United States, Virginia officials said.',
      places: [['United States', 'country:USA']],
    },
  ])('$rule', async ({ text, places }) => {
    expect(await ids(text)).toEqual(places);
  });
});

describe('regions’ names without their division word', () => {
  it('drops only a division word that ends the name, and keeps a name that would be too short', () => {
    expect(withoutDivisionWord('Midlands Province')).toBe('Midlands');
    expect(withoutDivisionWord('Amur Oblast')).toBe('Amur');
    expect(withoutDivisionWord('Province of Quebec')).toBeNull();
    expect(withoutDivisionWord('Texas')).toBeNull();
    expect(withoutDivisionWord('Al Region')).toBeNull();
  });
});
