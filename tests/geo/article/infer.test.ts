// A text without front matter: the date it gives as its own, never one it only quotes.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../geo/article/infer.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';

const date = (text: string) => findDate(text).date;

describe('the date a text gives as its own', () => {
  it('is a line of its own, with labels, a weekday or a place beside it', () => {
    expect(date('Talks in Suva\n\nTuesday, 19 August 2031\n\nThe leaders met.')).toBe('2031-08-19');
    expect(date('Media release\nLast updated: 3 May 2031 18:40 AEST\n\nThe minister said.')).toBe('2031-05-03');
    expect(date('Joint statement\n<p>Suva, Fiji 19.08.2031</p>\n<p>The leaders met.</p>')).toBe('2031-08-19');
  });

  it('is the date of a wire dateline, however long the line that goes on', () => {
    expect(date('SUVA, Aug. 2 — text\n\nSUVA, Fiji, August 19, 2031 (AP) — The prime minister arrived.')).toBe(
      '2031-08-19',
    );
    expect(date('WELLINGTON, 19 August 2031 - The prime minister said on Tuesday that talks went well.')).toBe(
      '2031-08-19',
    );
  });

  it('is the day the prose calls today', () => {
    expect(date('<p>The Prime Minister today, 19 August 2031, signed two partnerships in Alofi.</p>')).toBe(
      '2031-08-19',
    );
  });

  it('is not a date the prose quotes of another time', () => {
    // "my 6 March 2031 declaration", "was released on 16 July 2031": recalled, not the text's day.
    expect(
      date(
        'Partnerships signed\n\n<p>They give expression to the partnership I outlined in my 6 March 2031 Port Moresby Declaration.</p>\n<p>The Green Paper was released on 16 July 2031.</p>\n<p>It ended on 2 May 2031.</p>',
      ),
    ).toBeNull();
  });

  it('is not the end of a span: a subtitle "6 March – 16 July 2031", "from 18 to 21 August 2031", either end', () => {
    expect(date('A season of talks\n6 March – 16 July 2031\n\nThe talks began.')).toBeNull();
    expect(date('The tour\nfrom 18 to 21 August 2031\n')).toBeNull();
    expect(date('Calendar\n19 August 2031 – 21 August 2031\n')).toBeNull();
  });

  it('leaves an article with only quoted dates undated, not dated by them', () => {
    const { article } = ingestArticle(
      'forum.txt',
      'Doorstop interview at the Forum in Alofi\n\n<p>PM: I outlined this in my 6 March 2031 declaration. It is good to be here.</p>\n',
    );
    expect(article.date).toBeNull();
  });
});
