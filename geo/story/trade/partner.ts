// Who a trade figure is with, and which way its goods go. The partner is a country named next
// to the figure, else a region ("$2tn of trade with the Indo-Pacific"), else the place a word
// such as "here" points to in the paragraph; the reporter is never its own partner.
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { TradeDestination } from '../../contract/vocabulary.ts';
import { alternation } from '../../lexicon/pattern.ts';
import { EXPORT_WORDS, PLACE_DEIXIS } from '../../lexicon/trade.ts';
import type { Mention } from '../../places/geoparse.ts';
import { firstIndex } from '../evidence/bisect.ts';
import type { Geoparsed } from '../../places/geoparse.ts';
import type { FigureDraft } from './figures.ts';
import type { TradeMeasureWords } from './money-kind.ts';

const DEIXIS = PLACE_DEIXIS.map(
  ([words, regionOnly]) => [new RegExp(String.raw`\b${words}\b`, 'i'), regionOnly] as const,
);

/** The places of a sentence that may be a partner: countries and regions named (not by a demonym), not the reporter. */
export function partnerMentions(mentions: Mention[], reporter: GazetteerEntry): Mention[] {
  return mentions.filter(
    (m) => (m.entry.kind === 'country' || m.entry.kind === 'region') && m.entry.id !== reporter.id && !m.demonym,
  );
}

/** A country next to the figure, else a region next to it: "Saudi Arabia" before "the Middle East". */
export function partnerNextTo(
  sentence: string,
  figure: FigureDraft,
  previous: FigureDraft | undefined,
  next: FigureDraft | undefined,
  partners: Mention[],
): GazetteerEntry | null {
  const of = (kind: string) =>
    nextTo(
      sentence,
      figure,
      previous,
      next,
      partners.filter((m) => m.entry.kind === kind),
    );
  return of('country') ?? of('region');
}

/**
 * Where the figure's clause ends: "$33bn in 2030, while German exports to Saudi Arabia were worth
 * $11bn" gives the first figure no partner named after it.
 */
const CLAUSE_BREAK = /[;:]|,\s*(?:while|whereas|but|although|though|and|as)\b|\b(?:while|whereas)\b/i;

/**
 * "$41bn trade with Japan": the partner follows the figure in its clause, up to the next figure.
 * "Trade between Chile and Australia stood at $4.2bn": otherwise it precedes it.
 */
function nextTo(
  sentence: string,
  figure: FigureDraft,
  previous: FigureDraft | undefined,
  next: FigureDraft | undefined,
  partners: Mention[],
): GazetteerEntry | null {
  // Partners are in sentence order: the first after the figure and the last before it are found by bisection.
  const after = partners[firstIndex(partners, (m) => m.highlight[0] >= figure.end)];
  if (
    after &&
    after.highlight[0] < (next?.start ?? Infinity) &&
    !CLAUSE_BREAK.test(sentence.slice(figure.end, after.highlight[0]))
  )
    return after.entry;
  const before = partners[firstIndex(partners, (m) => m.highlight[1] > figure.start) - 1];
  return before && before.highlight[1] > (previous?.end ?? -1) ? before.entry : null;
}

/**
 * "Two-way trade here", "exports to the region": the country or region nearest in the
 * paragraph's other sentences (the earlier on a tie); a region word points to a region only.
 */
export function partnerPointedTo(parsed: Geoparsed, index: number, reporter: GazetteerEntry): GazetteerEntry | null {
  const sentence = parsed.sentences[index]!;
  const pointing = DEIXIS.filter(([word]) => word.test(sentence.text));
  if (pointing.length === 0) return null;
  const regionOnly = pointing.every(([, only]) => only);
  const candidates = parsed.sentences
    .filter((s) => s.paragraph === sentence.paragraph && s.index !== index)
    .sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index) || a.index - b.index);
  for (const s of candidates) {
    const named = partnerMentions(parsed.bySentence[s.index]!, reporter).filter(
      (m) => !regionOnly || m.entry.kind === 'region',
    );
    if (named.length > 0) return named[0]!.entry;
  }
  return null;
}

const SIDE_AFTER = /^\s+(to|into|from)\s+(?:the\s+)?/i;
const OWNER_GAP = /^(?:['’]s)?\s+$/;
const EXPORTS = new RegExp(String.raw`\b(?:${alternation(EXPORT_WORDS)})\b`, 'i');

/** The place named right before the trade words, whose they are: "U.S. exports", "Qatar's imports", "Qatari imports". */
export function ownerOf(sentence: string, words: TradeMeasureWords, mentions: Mention[]): Mention | undefined {
  const [start] = words.at;
  return mentions.find((m) => m.highlight[1] <= start && OWNER_GAP.test(sentence.slice(m.highlight[1], start)));
}

/** The place named right after them, and whether the goods go to it or come from it: "exports to Tanzania". */
export function targetOf(
  sentence: string,
  words: TradeMeasureWords,
  mentions: Mention[],
): { place: Mention; from: boolean } | undefined {
  const end = words.at[1];
  const link = SIDE_AFTER.exec(sentence.slice(end));
  const place = link ? mentions.find((m) => m.highlight[0] === end + link[0].length) : undefined;
  return place && { place, from: link![1]!.toLowerCase() === 'from' };
}

/**
 * Where the goods of a one-way figure go; null for trade both ways. Exports go from the
 * reporter and imports to it, unless the words say otherwise: "exports to [the reporter]",
 * "imports from [the reporter]", "[the partner]'s exports", "[the partner]'s imports". A
 * demonym before "imports" names where they come from: "Qatari imports" are imports from Qatar.
 */
export function destinationOf(
  sentence: string,
  words: TradeMeasureWords,
  mentions: Mention[],
  reporter: GazetteerEntry,
): TradeDestination | null {
  if (words.measure !== 'exports' && words.measure !== 'imports') return null;
  const exports = EXPORTS.test(words.counts);
  const side = (m: Mention): TradeDestination => (m.entry.id === reporter.id ? 'reporter' : 'partner');
  const other = (d: TradeDestination): TradeDestination => (d === 'reporter' ? 'partner' : 'reporter');
  const target = targetOf(sentence, words, mentions);
  if (target) return target.from ? other(side(target.place)) : side(target.place);
  const owner = ownerOf(sentence, words, mentions);
  // An owner exports from itself; it imports into itself, unless named by a demonym (the goods' origin).
  if (owner) return exports || owner.demonym ? other(side(owner)) : side(owner);
  return exports ? 'partner' : 'reporter';
}

/** The partner the trade words themselves name, by a demonym too: "Chilean exports to Sweden", "exports to Chile". */
export function partnerOfWords(
  sentence: string,
  words: TradeMeasureWords,
  mentions: Mention[],
  reporter: GazetteerEntry,
): GazetteerEntry | null {
  const named = [ownerOf(sentence, words, mentions), targetOf(sentence, words, mentions)?.place];
  return named.find((m) => m !== undefined && m.entry.id !== reporter.id)?.entry ?? null;
}
