import { describe, expect, it } from 'vitest';
import { score, storyMentions } from '../../geo/eval.ts';
import { geoparseStory, readArticles } from '../../geo/story/inputs/articles.ts';
import { gazetteer } from './gazetteer.ts';

const at = (start: number, end: number, lon: number, lat: number, id?: string) => ({
  start,
  end,
  text: 'x',
  lon,
  lat,
  ...(id ? { id } : {}),
});

describe('evaluation', () => {
  it('counts exact spans for recognition and distance for resolution', () => {
    const gold = [at(0, 5, 105.8, 21.0), at(10, 16, 37.6, 55.8), at(20, 25, 0, 0)];
    const predicted = [at(0, 5, 105.9, 21.1), at(10, 16, -117, 46.7), at(30, 35, 1, 1)];
    const s = score(gold, predicted);
    expect([s.truePositives, s.precision, s.recall]).toEqual([2, 2 / 3, 2 / 3]);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.accuracy).toBe(0.5);
    expect(s.misplaced[0]?.km).toBeGreaterThan(8000);
  });

  it('accepts the same gazetteer entry for a region, whatever point stands for it', () => {
    expect(score([at(0, 4, 100, 34, 'region:asia')], [at(0, 4, 90, 45, 'region:asia')]).accuracy).toBe(1);
  });

  it('scores what readers see: each article resolved in the story, knowing the countries the others name', async () => {
    const front = '---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\n';
    const files = [
      { file: 'a.md', text: `${front}The delegation toured Hội An on Friday.\n` },
      { file: 'b.md', text: `${front}Vietnam welcomed the visit.\n` },
    ];
    const mentions = storyMentions(geoparseStory(readArticles(files).articles, await gazetteer()));
    expect(mentions.get('a')?.map((m) => m.text)).toEqual(['Hội An']);
    expect(mentions.get('b')?.map((m) => m.text)).toEqual(['Vietnam']);
  });
});
