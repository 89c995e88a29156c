import type { Article } from '../../article/ingest.ts';
import type { Geoparsed } from '../../places/geoparse.ts';

/** One article after geoparsing: what every story stage reads. */
export interface StoryArticle {
  article: Article;
  parsed: Geoparsed;
}
