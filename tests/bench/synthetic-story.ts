// A big story for the benchmark, invented and deterministic: a traveller's tour of 12 stops,
// 40 sites visited in them and 15 trade figures, told by four made-up outlets. Real city and
// country names (the geoparser must find them); everything else (the traveller, outlets, sites,
// figures, sentences) is invented here. `node --import tsx tests/bench/synthetic-story.ts DIR`
// writes DIR/articles/*.md and DIR/story.json; the same text every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so the story is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOPS = [
  'Lisbon',
  'Madrid',
  'Rome',
  'Athens',
  'Cairo',
  'Nairobi',
  'New Delhi',
  'Bangkok',
  'Jakarta',
  'Manila',
  'Seoul',
  'Tokyo',
] as const;
const PARTNERS = [
  'Germany',
  'France',
  'Japan',
  'China',
  'India',
  'Brazil',
  'Mexico',
  'Australia',
  'Nigeria',
  'Egypt',
  'Turkey',
  'Indonesia',
  'Vietnam',
  'Argentina',
  'Kenya',
] as const;
const SITE_WORDS = ['Museum', 'Palace', 'Memorial', 'Gallery', 'Institute', 'Library', 'Stadium', 'Market'];
const SITE_NAMES = [
  'Juniper',
  'Meridian',
  'Lantern',
  'Cedar',
  'Granite',
  'Willow',
  'Saffron',
  'Beacon',
  'Orchard',
  'Falcon',
];
const OUTLETS = ['The Invented Courier', 'Placeholder Press Agency', 'Daily Synthetic', 'Benchmark Times'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TRAVELLER = 'Tovan Arkell';
const HOME = 'Ottawa';
const REPORTER = 'Canada';

export type SyntheticStory = { articles: Array<{ file: string; text: string }>; settings: object };

/** The story's text: every stop, site and flow is told by at least two outlets. */
export function syntheticStory(seed = 18): SyntheticStory {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // 40 sites over 12 stops (4 in the first four, 3 in the others), each name used once.
  let k = 0;
  const sites = STOPS.flatMap((city, i) =>
    Array.from({ length: i < 4 ? 4 : 3 }, () => {
      const n = k++;
      const word = SITE_WORDS[(Math.floor(n / 10) * 2 + (n % 2)) % SITE_WORDS.length];
      return { city, name: `${SITE_NAMES[n % SITE_NAMES.length]} ${word}` };
    }),
  );
  const day = (n: number) => WEEKDAYS[n % 7]!;
  const paragraphs: string[][] = OUTLETS.map(() => []);
  const tell = (text: string, from: number) => {
    paragraphs[from % OUTLETS.length]!.push(text);
    paragraphs[(from + 1) % OUTLETS.length]!.push(text);
  };
  tell(`${TRAVELLER} left ${HOME} on ${day(0)} for a tour of ${STOPS.length} capitals.`, 0);
  STOPS.forEach((city, i) => {
    const from = i === 0 ? HOME : STOPS[i - 1];
    tell(`${TRAVELLER} flew from ${from} to ${city} on ${day(i + 1)}, where officials met the delegation.`, i);
    for (const site of sites.filter((s) => s.city === city))
      tell(
        `In ${city}, ${TRAVELLER} visited the ${site.name} on ${day(i + 1)} ${pick(['morning', 'afternoon', 'evening'])}.`,
        i + 1,
      );
  });
  PARTNERS.forEach((partner, i) => {
    const value = 5 + Math.round(random() * 400) / 10;
    tell(`${REPORTER}'s trade with ${partner} was worth $${value} billion in 2024, the statistics office said.`, i);
  });
  tell(`Officials said the two sides signed ${6 + Math.floor(random() * 6)} agreements during the tour.`, 2);
  const articles = OUTLETS.map((outlet, i) => ({
    file: `${String(i + 1).padStart(2, '0')}_synthetic.md`,
    text: [
      '---',
      `outlet: "${outlet}"`,
      `title: "${TRAVELLER}'s tour of ${STOPS.length} capitals"`,
      `date: "2026-05-${String(10 + i).padStart(2, '0')}"`,
      'language: en',
      '---',
      ...paragraphs[i]!.map((p) => `${p}\n`),
    ].join('\n'),
  }));
  const settings = {
    title: `${TRAVELLER}'s tour of ${STOPS.length} capitals`,
    subtitle: 'A synthetic story for the benchmark: invented text, real place names',
    traveller: { name: TRAVELLER, aliases: ['Arkell'] },
    trade: { reporter: REPORTER },
  };
  return { articles, settings };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node --import tsx tests/bench/synthetic-story.ts DIR');
  const { articles, settings } = syntheticStory();
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const a of articles) writeFileSync(join(dir, 'articles', a.file), a.text);
  writeFileSync(join(dir, 'story.json'), `${JSON.stringify(settings, null, 2)}\n`);
  console.log(`wrote ${articles.length} articles and story.json to ${dir}`);
}
