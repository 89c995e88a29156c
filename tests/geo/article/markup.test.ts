// Markup and the location header: what the cleaner strips or sets aside before anything reads the text.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../geo/article/clean.ts';
import { ingestArticle } from '../../../geo/article/ingest.ts';
import { stripMarkup } from '../../../geo/article/markup.ts';
import { findPlaceline } from '../../../geo/article/placeline.ts';

/** Every character kept maps to itself in the original; a decoded entity maps to its `&`, an inserted line break to its tag's `<`. */
function expectFaithful(original: string): string {
  const { text, toOriginal } = stripMarkup(original);
  expect(toOriginal).toHaveLength(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const from = original[toOriginal[i]!];
    if (from !== text[i]) expect(text[i] === '\n' ? '<' : '&', `character ${i}`).toBe(from);
  }
  return text;
}

describe('markup', () => {
  it('drops HTML tags, a paragraph tag between two paragraphs becoming a line break', () => {
    expect(expectFaithful('<p>One <strong>bold</strong> word.</p><p>Two.</p>\n<br/>Three')).toBe(
      'One bold word.\nTwo.\nThree',
    );
  });

  it('decodes entities, named and numeric, and leaves an unknown one as written', () => {
    expect(expectFaithful('It&rsquo;s &#8220;fine&#x201D; &amp; &nosuch; AT&T')).toBe('It’s “fine” & &nosuch; AT&T');
  });

  it('drops CDATA remnants, comments, scripts and the <…> omission mark', () => {
    expect(expectFaithful('<![CDATA[Text.]]> <!-- note --><script>var x = 1;</script>Said so. <…> More.')).toBe(
      'Text. Said so.  More.',
    );
  });

  it('keeps a link’s words, not its address, brackets or emphasis', () => {
    expect(expectFaithful('a [major\naddress](https://example.org/a_b) in **Riyadh**, \\[operator\\]')).toBe(
      'a major\naddress in Riyadh, [operator]',
    );
  });

  it('leaves prose alone: comparisons, asterisks inside a word or between spaces', () => {
    const prose = 'Inflation x<y and y>z; a 5 * 3 grid; P*ssy Riot.';
    expect(expectFaithful(prose)).toBe(prose);
  });
});

describe('location header', () => {
  it('reads a venue and a place, keeping their spans in the body as written', () => {
    const body = ' \n*Harbour Conference Centre  \n*Port Vila, Vanuatu**\n\nTHE PRESIDENT:  Thank you.\n';
    const header = findPlaceline(body)!;
    expect(header).toMatchObject({ text: 'Harbour Conference Centre / Port Vila, Vanuatu', enRoute: false });
    expect(body.slice(...header.venue!.span)).toBe('Harbour Conference Centre');
    expect(body.slice(...header.place.span)).toBe('Port Vila, Vanuatu');
    expect(body.slice(...header.span)).toBe('Harbour Conference Centre  \n*Port Vila, Vanuatu');
  });

  it('knows a header written in flight: the place is where the plane is going', () => {
    const body = '\nAboard Air Force One\nEn Route to Apia, Samoa\n\n9:02 A.M. WST\n\nMS. PRESS:  Hi, everybody.\n';
    const header = findPlaceline(body)!;
    expect([header.enRoute, header.venue?.text, header.place.text]).toEqual([
      true,
      'Aboard Air Force One',
      'Apia, Samoa',
    ]);
  });

  it('takes a place line alone only before a clock time or a speaker', () => {
    expect(findPlaceline('Suva, Fiji\n\n10:03 P.M. FJT\n\nTHE PRESIDENT:  Welcome.\n')?.place.text).toBe('Suva, Fiji');
    expect(findPlaceline('Talks End in Suva, Fiji\n\nThe talks ended on Friday without a deal.\n')).toBeNull();
  });

  it('finds none in prose, a headline, a teleconference or a long opening paragraph', () => {
    for (const body of [
      'The delegation arrived in Suva, Fiji, on Friday.\n',
      'Meeting with the Secretary-General\n\nThe President met the Secretary-General.\n',
      '*Via teleconference*\n\n7:05 P.M. EDT\n\nMODERATOR:  Hi.\n',
      'Harbour Centre\nPort Vila\nVanuatu, Pacific\n\nText.\n',
      'HEADQUARTERS DEPARTMENT OF THE GULF,\nNew Orleans, January 23, 1864\n\nColonel E. L. MOLINEUX,\n',
    ])
      expect(findPlaceline(body), body).toBeNull();
  });

  it('is the article’s, and out of the text the stages read', () => {
    const file =
      '---\noutlet: W\ntitle: T\ndate: "2024-06-20"\n---\n\nHarbour Centre\nPort Vila, Vanuatu\n\nTHE PRESIDENT:  Thank you.\n';
    const { article } = ingestArticle('a.md', file);
    expect(article.placeline?.text).toBe('Harbour Centre / Port Vila, Vanuatu');
    expect(cleanText(article.body).text).not.toContain('Vanuatu');
    expect(cleanText(article.body).text).toContain('THE PRESIDENT:  Thank you.');
  });
});
