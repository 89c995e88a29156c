// A sentence as evidence for a finding: the article it is in, the quoted text, and its span in
// the article body as written.
import type { Evidence } from '../../contract/schema.ts';
import { excerptWindow } from './excerpt.ts';
import { HEADER_SENTENCE, sentenceAt, sentenceKey, storyOrder, type SentenceRef } from './sentence-ref.ts';
import type { StoryArticle } from '../inputs/types.ts';

/** A sentence quoted around `focus` (offsets in the sentence) when it is long; `span` is the part quoted. */
export function evidenceOf(articles: StoryArticle[], ref: SentenceRef, focus: [number, number] = [0, 0]): Evidence {
  const header = ref.sentence === HEADER_SENTENCE ? headerEvidence(articles, ref.article) : null;
  if (header) return header;
  const { article, parsed, sentence } = sentenceAt(articles, ref);
  const quoted = excerptWindow(sentence.text, ...focus);
  const toOriginal = parsed.clean.toOriginal;
  return {
    article: article.id,
    sentence: quoted.text,
    span: [toOriginal[sentence.start + quoted.from]!, toOriginal[sentence.start + quoted.to - 1]! + 1],
  };
}

/** Where in its sentence a piece of evidence was seen: the window of a long sentence is set around it. */
export interface EvidenceRef extends SentenceRef {
  highlight: [number, number];
}

/** Each sentence once, in story order, quoted around the first place it was seen for. */
export function uniqueEvidence(articles: StoryArticle[], refs: EvidenceRef[]): Evidence[] {
  const seen = new Set<string>();
  return refs
    .filter((r) => !seen.has(sentenceKey(r)) && seen.add(sentenceKey(r)))
    .sort(storyOrder)
    .map((r) => evidenceOf(articles, r, r.highlight));
}

/** A transcript's location header as evidence ("Panuka Farm / Lusaka, Zambia"): no sentence, so quoted whole. */
export function headerEvidence(articles: StoryArticle[], a: number): Evidence | null {
  const { article } = articles[a]!;
  return article.placeline
    ? { article: article.id, sentence: article.placeline.text, span: article.placeline.span }
    : null;
}
