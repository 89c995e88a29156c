// A site's visit as the outputs give it (order, date and time claims, sentences) and the
// excerpts of a site no mention names: a transcript's location header, a name only the sites
// stage reads ("Panuka Farm"). A header is dated by its article, and quoted whole.
import type { Evidence, Excerpt, PlaceProperties } from '../../contract/schema.ts';
import { headerEvidence, uniqueEvidence } from '../evidence/evidence.ts';
import { sentenceAt } from '../evidence/sentence-ref.ts';
import { excerptWindow } from '../evidence/excerpt.ts';
import { sightingDateClaims } from '../claims/date-claims.ts';
import { timeClaims } from '../claims/time-claims.ts';
import type { SiteVisit } from '../sites/sites.ts';
import type { StoryArticle } from '../inputs/types.ts';
import type { Visit } from './place-features.ts';

export function siteVisit(articles: StoryArticle[], site: SiteVisit, order: number): Required<Visit> {
  const headers = site.headers.flatMap((h) => {
    const evidence = headerEvidence(articles, h.article);
    return evidence ? [{ ...h, evidence }] : [];
  });
  const claims = sightingDateClaims(articles, site.sightings);
  for (const h of headers) {
    if (!h.date) continue;
    const claim = claims.find((c) => c.date === h.date) ?? { date: h.date, articles: [], evidence: [] };
    if (!claims.includes(claim)) claims.push(claim);
    claim.articles = [...new Set([...claim.articles, h.evidence.article])].sort();
    claim.evidence = inArticleOrder(articles, [h.evidence, ...(claim.evidence ?? [])]);
  }
  return {
    order,
    dateClaims: claims.sort((a, b) => b.articles.length - a.articles.length || a.date.localeCompare(b.date)),
    timeClaims: timeClaims(articles, site.sightings),
    evidence: inArticleOrder(articles, [
      ...headers.map((h) => h.evidence),
      ...uniqueEvidence(articles, site.sightings),
    ]),
  };
}

/** Evidence by article, a header before its article's sentences (a stable sort keeps it first). */
function inArticleOrder(articles: StoryArticle[], list: Evidence[]): Evidence[] {
  const index = new Map(articles.map(({ article }, i) => [article.id, i]));
  return [...list].sort((a, b) => index.get(a.article)! - index.get(b.article)!);
}

/** The approximate flag and its why, only for a site no gazetteer places. */
export function approximateOf(site: SiteVisit): Pick<PlaceProperties, 'approximate' | 'approximateWhy'> {
  return site.approximate ? { approximate: true, approximateWhy: site.approximate } : {};
}

/**
 * What the place's excerpts lack: its location headers, and the sentences that name it where no
 * geoparsed mention does (a capitalised site the gazetteer does not hold).
 */
export function siteExcerpts(articles: StoryArticle[], site: SiteVisit): Excerpt[] {
  const placed = site.approximate ? lower(site.approximate) : 'the gazetteer places it';
  const fromHeaders = site.headers.flatMap(({ article: a }): Excerpt[] => {
    const { article } = articles[a]!;
    const venue = article.placeline?.venue;
    if (!article.placeline || !venue) return [];
    return [
      {
        article: article.id,
        sentence: article.placeline.text,
        highlight: [0, venue.text.length],
        span: venue.span,
        text: venue.text,
        metonym: false,
        caption: false,
        confidence: 1,
        reason: `the transcript’s location header names it as the venue; ${placed}`,
      },
    ];
  });
  const fromSentences = site.sightings
    .filter((s) => !articles[s.article]!.parsed.bySentence[s.sentence]!.some((m) => m.entry.id === site.place.id))
    .map((s): Excerpt => {
      const { article, sentence, parsed } = sentenceAt(articles, s);
      const quoted = excerptWindow(sentence.text, ...s.highlight);
      const toBody = (at: number) => parsed.clean.toOriginal[sentence.start + at]!;
      return {
        article: article.id,
        sentence: quoted.text,
        highlight: quoted.highlight,
        span: [toBody(s.highlight[0]), toBody(s.highlight[1] - 1) + 1],
        text: sentence.text.slice(...s.highlight),
        metonym: false,
        caption: false,
        confidence: 1,
        reason: `a sentence puts the traveller there; ${placed}`,
      };
    });
  return [...fromHeaders, ...fromSentences];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
