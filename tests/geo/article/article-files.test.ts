// Article files as they come: ids unique whatever the file names, and spans that index the
// body exactly as the file writes it, CRLF or CR line endings included.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../geo/article/clean.ts';
import { articleIds } from '../../../geo/article/ids.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';
import { composeStory } from '../../../geo/story/compose.ts';
import { storyFiles } from '../../../geo/story/files.ts';
import type { PlaceCollection } from '../../../geo/contract/schema.ts';
import { gazetteer } from '../gazetteer.ts';

describe('article ids', () => {
  it('are the stems where the stems differ, so the seed story keeps its ids', () => {
    expect(articleIds(['data/articles/000_078d.md', 'data/articles/001_c412.txt'])).toEqual(['000_078d', '001_c412']);
  });

  it('are the file names where two files share a stem', () => {
    expect(articleIds(['a/x.md', 'a/x.txt', 'a/y.md'])).toEqual(['x.md', 'x.txt', 'y']);
  });

  it('stay unique when a file name is another file’s stem, and fall back to paths across folders', () => {
    expect(articleIds(['a/x.md', 'a/x.txt', 'a/x.md.txt'])).toEqual(['x.md', 'x.txt', 'x.md.txt']);
    expect(articleIds(['a/x.md', 'b/x.md', 'a/x.txt'])).toEqual(['a/x.md', 'b/x.md', 'x.txt']);
    const many = articleIds(['x.md', 'x.txt', 'x.md.md', 'x.md.txt', 'x.txt.md', 'd/x.md']);
    expect(new Set(many).size).toBe(many.length);
  });
});

const LINES = [
  'Putin arrived in Hanoi on Thursday from Moscow.',
  '',
  'He laid a wreath in Hanoi, then flew on to Vientiane.',
  'Trade between Vietnam and Russia grew.',
];
const FRONT = ['---', 'outlet: "Wire"', 'title: "Visit"', 'date: "2024-06-20"', '---'];

describe('spans of an article with CRLF or CR line endings', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('index the %s body as written in the file', async (_, eol) => {
    const file = [...FRONT, ...LINES, ''].join(eol);
    const body = file.slice(FRONT.join(eol).length + eol.length);
    const { article } = ingestArticle('a.md', file);
    expect(article.body).toBe(body);
    expect(article.bodyLine).toBe(6);
    const { story } = composeStory({
      articles: [{ file: 'a.md', text: file }],
      settings: { file: 'story.json', text: '{"title":"T","traveller":{"name":"Putin"}}' },
      gazetteer: await gazetteer(),
    });
    const excerpts = (JSON.parse(storyFiles(story)['places.geojson']!) as PlaceCollection).features.flatMap(
      (f) => f.properties.excerpts,
    );
    expect(excerpts.length).toBeGreaterThan(4);
    for (const e of excerpts) {
      expect(body.slice(...e.span)).toBe(e.text);
      expect(e.sentence.slice(...e.highlight)).toBe(e.text);
    }
  });

  it('clean to the same text as LF, each line break mapped to the file’s own', () => {
    const crlf = cleanText(LINES.join('\r\n'));
    expect(crlf.text).toBe(cleanText(LINES.join('\n')).text);
    const second = crlf.text.indexOf('He laid');
    expect(crlf.toOriginal[second]).toBe(LINES.join('\r\n').indexOf('He laid'));
  });
});
