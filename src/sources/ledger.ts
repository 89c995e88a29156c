// The source ledger: each claim the map draws (a stop, its arrival date, a site, the date of
// each visit, the date of the signing, a trade figure, a count) against each article: does that outlet state it, give a
// different value, or not mention it? Built only from the pipeline's outputs, for any story.
import type { ArticleMeta, DateClaim, Evidence, PlaceFeature } from '../../geo/contract/schema';
import type { Story } from '../story/story.ts';
import { figureRows } from './ledger-figures.ts';
import type { Ledger, LedgerCell, LedgerRow, LedgerState } from './ledger-rows.ts';

export type { Ledger, LedgerCell, LedgerRow, LedgerState } from './ledger-rows.ts';

export function buildLedger(story: Story): Ledger {
  const columns = story.meta.articles;
  const placeById = new Map(story.places.features.map((f) => [f.properties.id, f]));
  const rows: LedgerRow[] = [];
  const legs = [...story.route.features].sort((a, b) => a.properties.order - b.properties.order);
  const stops = legs.length ? [legs[0]!.properties.from, ...legs.map((l) => l.properties.to)] : [];
  stops.forEach((id, i) => {
    const place = placeById.get(id);
    const leg = i > 0 ? legs[i - 1]! : null;
    // A leg's evidence is about reaching its end; the origin has only the sentences that name it.
    const said = leg ? leg.properties.evidence : (place?.properties.excerpts ?? []);
    const name = place?.properties.name ?? leg?.properties.toName ?? id;
    const inferred = place?.properties.basis === 'inferred' ? place.properties.why : null;
    rows.push(placeRow(`stop:${id}`, `Stop: ${name}`, id, inferred ? [] : said, columns, inferred));
    const claims = place?.properties.dateClaims ?? leg?.properties.dateClaims ?? [];
    if (claims.length) rows.push(dateRow(`arrival:${id}`, `Arrival in ${name}`, id, claims, said, columns));
  });
  const sites = story.places.features.filter((f) => f.properties.role === 'site').sort(bySiteOrder);
  for (const { properties: site } of sites) {
    rows.push(placeRow(`site:${site.id}`, `Site visited: ${site.name}`, site.id, site.excerpts, columns, null));
    rows.push(...visitRows(site, columns));
  }
  const signing = story.meta.signing;
  if (signing) rows.push(dateRow('signing', 'Date of the signing', null, signing.dateClaims, [], columns));
  return { columns, rows: [...rows, ...figureRows(story, columns)] };
}

/** One row for the date of a visit; one per day, in order, for a site visited on several days. */
function visitRows(site: PlaceFeature['properties'], columns: ArticleMeta[]): LedgerRow[] {
  const claims = site.dateClaims ?? [];
  if (claims.length < 2 || site.datesDiffer !== false)
    return claims.length ? [dateRow(`visit:${site.id}`, `Visit to ${site.name}`, site.id, claims, [], columns)] : [];
  return [...claims]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c, i) => dateRow(`visit:${site.id}:${c.date}`, `Visit ${i + 1} to ${site.name}`, site.id, [c], [], columns));
}

/** Sites by the earliest date given for their visit, then by name. */
function bySiteOrder(a: PlaceFeature, b: PlaceFeature): number {
  const first = (p: PlaceFeature) => [...(p.properties.dateClaims ?? [])].map((c) => c.date).sort()[0] ?? '9999';
  return first(a).localeCompare(first(b)) || a.properties.name.localeCompare(b.properties.name);
}

/** The first sentence of `article` among `said`. */
const sentenceOf = (said: Evidence[], article: string): Evidence | null =>
  said.find((e) => e.article === article) ?? null;

function placeRow(
  id: string,
  claim: string,
  mark: string,
  said: Evidence[],
  columns: ArticleMeta[],
  inferred: string | null,
): LedgerRow {
  const cells = columns.map((c): LedgerCell => {
    const evidence = sentenceOf(said, c.id);
    return evidence ? { state: 'states', evidence } : { state: 'silent' };
  });
  return { id, claim, value: null, kind: 'place', mark, inferred, cells };
}

/** The first claim is the date most outlets give; an outlet giving only another date differs. */
function dateRow(
  id: string,
  claim: string,
  mark: string | null,
  claims: DateClaim[],
  fallback: Evidence[],
  columns: ArticleMeta[],
): LedgerRow {
  const main = claims[0]!;
  const cells = columns.map((c): LedgerCell => {
    const mine = claims.filter((d) => d.articles.includes(c.id));
    if (!mine.length) return { state: 'silent' };
    const evidenceOf = (d: DateClaim) => sentenceOf(d.evidence ?? fallback, c.id);
    if (mine.includes(main)) return { state: 'states', evidence: evidenceOf(main) };
    return { state: 'differs', value: mine[0]!.date, evidence: evidenceOf(mine[0]!) };
  });
  return { id, claim, value: main.date, kind: 'date', mark, inferred: null, cells };
}

/** How many cells of each state: the ledger's summary line and its tests. */
export function countStates(ledger: Ledger): Record<LedgerState, number> {
  const counts: Record<LedgerState, number> = { states: 0, differs: 0, silent: 0 };
  for (const row of ledger.rows) for (const cell of row.cells) counts[cell.state]++;
  return counts;
}

/** What kind of copy an article is, where its front matter says: "agency copy (AFP)", "translated from German". */
export function copyKind(article: ArticleMeta): string | null {
  const kinds: string[] = [];
  if (article.agency) kinds.push(`agency copy (${article.agency})`);
  if (article.translatedFrom) kinds.push(`translated from ${languageName(article.translatedFrom)}`);
  return kinds.length ? kinds.join(', ') : null;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
