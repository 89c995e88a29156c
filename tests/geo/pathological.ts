// Texts that once made the pipeline hang or blow up, and ordinary prose of the same size to
// compare them with: the limits tests feed them, the bench times them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { classifyLine } from '../../geo/article/clean.ts';

const ARTICLES = join(import.meta.dirname, '..', '..', 'data', 'articles');

/** The seed story's sentences of plain prose: no captions, credits, links or clutter. */
export function seedSentences(): string[] {
  return readdirSync(ARTICLES)
    .sort()
    .flatMap((f) =>
      readFileSync(join(ARTICLES, f), 'utf8')
        .replace(/^---[\s\S]*?---\n/, '')
        .split(/(?<=[.!?]["”]?)\s+/),
    )
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(
      (s) =>
        s.length > 40 && classifyLine(s, undefined).kind === 'prose' && !/https?:|Image|Photo|Picture|Credit/.test(s),
    );
}

/** `unit` repeated to exactly `size` characters. */
export function repeated(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Seed sentences in paragraphs of five, repeated to `size` characters: what an article is. */
export function ordinaryProse(size: number): string {
  const sentences = seedSentences();
  const paragraphs = Array.from({ length: Math.ceil(sentences.length / 5) }, (_, i) =>
    sentences.slice(i * 5, i * 5 + 5).join(' '),
  );
  return repeated(`${paragraphs.join('\n\n')}\n\n`, size);
}

/** The seed sentences run together with commas: one sentence, `size` characters long. */
export function oneSentence(size: number): string {
  return repeated(`${seedSentences().join(' ').replace(/[.!?]/g, ',')} `, size);
}

/** "Putin arrived in Chile from Santiago, …" through the countries and capitals of world-countries: hundreds of stops in one sentence. */
function worldTour(): string {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Array<{ name: { common: string }; capital: string[] }>;
  return countries.map((c) => `Putin arrived in ${c.name.common} from ${c.capital[0] ?? c.name.common}, `).join('');
}

/** Each pathological body by what it is, `size` characters long. */
export const PATHOLOGICAL: Record<string, (size: number) => string> = {
  'one place name repeated': (size) => repeated('Hanoi ', size),
  'one place name repeated with commas': (size) => repeated('Hanoi, ', size),
  // Not a headline: a lower-case word keeps the capitals meaningful, so each place's name words are read.
  'one long capitalised run of places and names': (size) =>
    `Reporters said ${repeated('Hanoi Moscow Carl Vietnam Thayer Kremlin ', size - 15)}`,
  'the traveller arriving again and again': (size) => repeated('Putin arrived in Hanoi, Hanoi on Thursday, ', size),
  'one sentence of prose': oneSentence,
  'the traveller visiting every country and capital in one sentence': (size) => repeated(worldTour(), size),
  'weekdays after a future verb': (size) => `Putin will visit ${repeated('Monday ', size - 17)}`,
  'image captions, one a line': (size) => repeated('Image: Putin in Hanoi\n', size),
  'dollar figures run together': (size) => repeated('$1', size),
  'trade figures each with a partner': (size) => `Vietnam trade ${repeated('$1 with China ', size - 14)}`,
  // A table of contents captured as text ("Contents ........ 5") runs dots together; a boundary pattern retried at each took their square.
  'a run of dots': (size) => repeated('.', size),
  'a run of exclamation marks': (size) => repeated('!', size),
};

/** An article file around a body, with front matter. */
export function article(body: string): string {
  return `---\noutlet: "Wire"\ntitle: "Visit"\ndate: "2024-06-20"\n---\n${body}\n`;
}
