// What one article may contribute to a story: every figure of its sentences up to a cap per
// sentence and per article, and a warning naming the article wherever a cap (these, or the
// geoparser's on mentions of one name) left something out. A real article holds tens of
// figures; 5 MiB of "$1 " held 1.7 million, each with its evidence in story.json.
import { lineAt } from '../../io/errors.ts';
import { extractFigures } from './figures.ts';
import type { FoundFigure } from './flows.ts';
import type { StoryArticle } from '../inputs/types.ts';

export const MAX_FIGURES_PER_SENTENCE = 50;
export const MAX_FIGURES_PER_ARTICLE = 1_000;

const count = (n: number) => n.toLocaleString('en-US');

/** Every figure of every sentence, within the caps, extracted once: story.json lists them, the trade flows pick from them. */
export function allFigures(articles: StoryArticle[]): { figures: FoundFigure[]; warnings: string[] } {
  const figures: FoundFigure[] = [];
  const warnings: string[] = [];
  articles.forEach((story, a) => {
    const { article, parsed } = story;
    const crowded: number[] = [];
    let kept = 0;
    for (const s of parsed.sentences) {
      const found = extractFigures(s.text, MAX_FIGURES_PER_SENTENCE + 1);
      if (found.length === 0) continue;
      const places = [...new Set(parsed.bySentence[s.index]!.map((m) => m.entry.id))];
      const take = Math.min(found.length, MAX_FIGURES_PER_SENTENCE, MAX_FIGURES_PER_ARTICLE - kept);
      for (const figure of found.slice(0, take)) figures.push({ figure, article: a, sentence: s.index, places });
      kept += take;
      if (found.length > MAX_FIGURES_PER_SENTENCE) crowded.push(s.start);
      if (take < Math.min(found.length, MAX_FIGURES_PER_SENTENCE)) {
        warnings.push(
          `${article.file}:${lineOf(story, s.start)}: more than ${count(MAX_FIGURES_PER_ARTICLE)} figures in this article; only the first ${count(MAX_FIGURES_PER_ARTICLE)} are kept (one article's figures are capped, so that a table or a loop cannot blow up story.json)`,
        );
        break;
      }
    }
    if (crowded.length > 0)
      warnings.push(
        `${article.file}:${lineOf(story, crowded[0]!)}: a sentence holds more than ${MAX_FIGURES_PER_SENTENCE} figures; only its first ${MAX_FIGURES_PER_SENTENCE} are kept${crowded.length > 1 ? ` (likewise in ${count(crowded.length - 1)} more sentences)` : ''}`,
      );
  });
  return { figures, warnings };
}

/** The warnings of the geoparser's caps: a name found more often than one article may contribute. */
export function mentionCapWarnings(articles: StoryArticle[]): string[] {
  return articles.flatMap(({ article, parsed }) =>
    parsed.capped.map(
      ({ name, found, kept }) =>
        `${article.file}: “${name}” is named ${count(found)} times; only the first ${count(kept)} are kept as mentions (one article's mentions are capped, so that a list or a loop cannot blow up the outputs)`,
    ),
  );
}

/** The file's line of a clean-text offset of the article. */
function lineOf({ article, parsed }: StoryArticle, cleanOffset: number): number {
  return article.bodyLine + lineAt(article.body, parsed.clean.toOriginal[cleanOffset]!) - 1;
}
