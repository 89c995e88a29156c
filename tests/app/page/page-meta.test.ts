// @vitest-environment jsdom
// The page's title and description come from the story once it loads.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describePage, pageDescription } from '../../../src/page/page-meta.ts';

const meta = { title: 'A state visit', subtitle: 'Three capitals in four days' };

describe('the page description', () => {
  it('joins the story’s title and subtitle', () => {
    expect(pageDescription(meta)).toBe('A state visit: Three capitals in four days');
    expect(pageDescription({ title: 'A state visit', subtitle: ' ' })).toBe('A state visit');
  });

  it('replaces index.html’s generic description and title with the story’s', () => {
    document.documentElement.innerHTML = readFileSync('index.html', 'utf8').replace(/^<!doctype html>/i, '');
    const tag = () => document.querySelectorAll('meta[name="description"]');
    expect(tag()).toHaveLength(1);
    expect(tag()[0]?.getAttribute('content')).not.toBe('');
    describePage(document, meta);
    expect(tag()).toHaveLength(1);
    expect(tag()[0]?.getAttribute('content')).toBe(pageDescription(meta));
    expect(document.title).toBe('A state visit');
  });
});
