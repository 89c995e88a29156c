// The cleaner never drops prose: the measure, and the cleaner held to it on invented text and
// on every article in the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine, cleanText, type CleanText } from '../../../geo/article/clean.ts';
import { droppedProse, readsAsProse } from '../../../geo/article/prose.ts';
import { FIXTURES } from '../golden.ts';

/** A cleaner that keeps only the body's characters in `[from, to)` ranges: what a faulty one would do. */
function keeping(body: string, ranges: Array<[number, number]>): CleanText {
  const toOriginal = ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));
  return {
    text: toOriginal.map((i) => body[i]).join(''),
    toOriginal: [...toOriginal, body.length],
    captions: [],
    dropped: [],
  };
}

describe('what reads as prose', () => {
  it('takes a sentence with a finite verb, mostly in lower case, of six words or more', () => {
    expect(readsAsProse('The delegation arrived in the capital on Thursday.')).toBe(true);
    expect(readsAsProse('Officials said the talks would go on.')).toBe(true);
  });

  it('leaves out headings, menus, bylines, credits and location headers', () => {
    for (const line of [
      'Putin’s Ministers Ejected From N. Korean Negotiation Room',
      'By Rebecca Ratcliffe – The Guardian with Reuters and Agence France Presse',
      'Image: Minh Hoang/AP Photo/picture alliance',
      'Aboard Air Force One / En Route Phnom Penh, Cambodia',
      'Skip to content',
      'the delegation from the northern provinces and the capital',
      'Read more: Ten things to know about the capital',
    ])
      expect(readsAsProse(line), line).toBe(false);
  });
});

describe('sentences dropped', () => {
  const body =
    'Skip to content\n\nThe delegation arrived in the capital on Thursday. Officials said the talks would go on.\n';
  const second = body.indexOf('Officials');

  it('counts a prose sentence the cleaner removed, and not the navigation it removed', () => {
    const dropped = droppedProse(body, keeping(body, [[17, second]]));
    expect(dropped.map((d) => d.text)).toEqual(['Officials said the talks would go on.']);
    expect(body.slice(...dropped[0]!.span)).toBe('Officials said the talks would go on.');
  });

  it('counts a line of a hard-wrapped paragraph, which runs on without a full stop', () => {
    const wrapped = 'The delegation arrived in the capital on\nThursday and the talks began at once.\n';
    const dropped = droppedProse(wrapped, keeping(wrapped, [[41, wrapped.length]]));
    expect(dropped.map((d) => d.text)).toEqual(['The delegation arrived in the capital on']);
  });

  it('counts a clause cut off a sentence, not a credit cut off a caption', () => {
    const clause = 'The leaders signed the accord, and the ministers said they would meet again in June.\n';
    expect(droppedProse(clause, keeping(clause, [[0, 30]]))).toHaveLength(1);
    const caption = 'Crowds waited as the president arrived. Photo: Jane Doe/Reuters\n';
    expect(droppedProse(caption, keeping(caption, [[0, 39]]))).toEqual([]);
  });

  it('is zero for the cleaner on prose that looks like clutter', () => {
    const tricky = [
      'The palace served cookies and tea to the delegation on Friday.',
      'Related talks were held in the capital on Thursday, officials said.',
      'See also how the two leaders signed the agreement on Friday.',
      'Advertisement revenue has fallen at the state broadcaster, it said.',
      'Share this view with the ministers, he told reporters on Friday.',
      'Without the consent of parliament, the treaty could not be ratified.',
      '<p>The <strong>minister</strong> said the talks had gone well.</p>',
    ].join('\n\n');
    expect(droppedProse(tricky, cleanText(tricky))).toEqual([]);
  });

  it('keeps a line that opens as a byline would but is a sentence', () => {
    expect(classifyLine('By Monday the delegation had left for the coast', undefined).kind).toBe('prose');
    expect(classifyLine('By Rebecca Ratcliffe – The Guardian with Reuters', undefined).kind).toBe('clutter');
  });

  it('is zero on every article in the repository: the default story, story two and the cleaner fixtures', () => {
    const folders = [
      join(FIXTURES, '..', '..', 'data', 'articles'),
      join(FIXTURES, 'story-two', 'articles'),
      join(FIXTURES, 'clean', 'in'),
    ];
    let sentences = 0;
    for (const folder of folders)
      for (const name of readdirSync(folder)) {
        const text = readFileSync(join(folder, name), 'utf8');
        const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
        expect(droppedProse(body, cleanText(body)), name).toEqual([]);
        sentences++;
      }
    expect(sentences).toBeGreaterThan(10);
  });
});
