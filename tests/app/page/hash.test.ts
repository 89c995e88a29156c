import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type HashState } from '../../../src/page/hash.ts';
import { flowWidth } from '../../../src/map/scales.ts';
import { stroke } from '../../../src/map/tokens.ts';
import { highlightParts } from '../../../src/story/excerpts.ts';
import { safeHref } from '../../../src/story/links.ts';

describe('the URL hash', () => {
  it.each<HashState>([
    {
      camera: { zoom: 11.25, lat: 21.0285, lng: 105.8542 },
      hidden: ['mentioned', 'flow:flow-china'],
      place: 'hanoi',
      step: null,
    },
    { camera: null, hidden: [], place: null, step: null },
    { camera: { zoom: 1.5, lat: -33.5, lng: -179.9 }, hidden: ['route'], place: 'ho-chi-minh-mausoleum', step: 4 },
    { camera: null, hidden: [], place: null, step: 12 },
  ])('round-trips %j', (state) => {
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('ignores a camera it cannot use', () => {
    expect(parseHash('#map=3/95/10').camera).toBeNull();
    expect(parseHash('#map=abc').camera).toBeNull();
  });

  it('ignores a step that is not a whole number from 1', () => {
    for (const step of ['0', '-1', '2.5', 'x', '', '99999']) expect(parseHash(`#step=${step}`).step).toBeNull();
    expect(parseHash('#step=4').step).toBe(4);
  });
});

describe('the flow-width scale', () => {
  it('keeps $3.5bn visible beside $175bn', () => {
    expect(flowWidth(175e9, 175e9)).toBe(stroke.flowMax);
    expect(flowWidth(3.5e9, 175e9)).toBeGreaterThanOrEqual(stroke.flowMin);
    expect(flowWidth(123e9, 175e9)).toBeCloseTo(stroke.flowMax * Math.sqrt(123 / 175));
  });
});

describe('excerpt text', () => {
  it('cuts the sentence around the highlight', () => {
    const parts = highlightParts({
      article: 'a',
      sentence: 'Putin arrived in Hanoi.',
      highlight: [17, 22],
      span: [0, 0],
      text: 'Hanoi',
      metonym: false,
      caption: false,
      confidence: 1,
      reason: '',
    });
    expect(parts).toEqual({ before: 'Putin arrived in ', match: 'Hanoi', after: '.' });
  });

  it.each([
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['https://p.dw.com/p/4hHHC', 'https://p.dw.com/p/4hHHC'],
    [null, null],
  ])('follows %s as %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
