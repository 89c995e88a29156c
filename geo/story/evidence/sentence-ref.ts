// Where a finding was seen: one sentence of one article of the story, by index. Sightings,
// site visits, figures and trade flows all point at their sentence this way.
import type { Sentence } from '../../article/segment.ts';
import type { StoryArticle } from '../inputs/types.ts';

export interface SentenceRef {
  /** Index into the story's articles. */
  article: number;
  /** Index into that article's sentences. */
  sentence: number;
}

/** The sentence index of a transcript's location header, which is no sentence: quoted whole as evidence. */
export const HEADER_SENTENCE = -1;

/** The one key of a sentence, for sets and maps. */
export const sentenceKey = (ref: SentenceRef): string => `${ref.article}:${ref.sentence}`;

/** Story order: by article, then by sentence within it. */
export const storyOrder = (a: SentenceRef, b: SentenceRef): number => a.article - b.article || a.sentence - b.sentence;

/** The article and sentence a reference points at. */
export function sentenceAt(articles: StoryArticle[], ref: SentenceRef): StoryArticle & { sentence: Sentence } {
  const story = articles[ref.article]!;
  return { ...story, sentence: story.parsed.sentences[ref.sentence]! };
}
