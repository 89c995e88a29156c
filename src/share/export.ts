// The story's places, route and flows as files a reader can download: GeoJSON as the
// pipeline wrote it (with the licence as a foreign member, RFC 7946 §6.1) and CSV (RFC 4180),
// one row per feature with the outlets and the sentences behind it. Each CSV row carries the
// licence in a column of its own: a comment line is not part of RFC 4180 and breaks readers.
import type { ArticleMeta, DateClaim, EditorNote, Evidence } from '../../geo/contract/schema';
import type { Story } from '../story/story.ts';

export const dataLicence =
  'Compiled by Dateline from the articles named in each row; sentences © their outlets, quoted as sources. ' +
  'Coordinates: GeoNames (CC BY 4.0), Natural Earth (public domain), OpenStreetMap contributors (ODbL 1.0).';

export type Layer = 'places' | 'route' | 'flows';
export const layers: readonly Layer[] = ['places', 'route', 'flows'];

type Cell = string | number | null;
type Table = { header: string[]; rows: Cell[][] };

/**
 * Text a spreadsheet would run as a formula: a cell starting with =, +, -, @, a tab or a
 * carriage return (OWASP, "CSV Injection"). An outlet named `=HYPERLINK(…)` must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. Text
 * that a spreadsheet would read as a formula gets a leading apostrophe, as OWASP advises; a
 * number (a negative longitude) is written as it is.
 */
export function csvField(value: Cell): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : value.replace(FORMULA_START, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records end in CRLF, as RFC 4180 asks. */
export function toCsv({ header, rows }: Table): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

type Sourced = { article: string; sentence: string };

/** The outlets behind a feature, each once, in the order of their first sentence. */
const outletsOf = (items: Sourced[], articles: Map<string, ArticleMeta>) =>
  [...new Set(items.map((i) => articles.get(i.article)?.outlet ?? i.article))].join('; ');

/** Each sentence on a line of its own, after its outlet. */
const sentencesOf = (items: Sourced[], articles: Map<string, ArticleMeta>) =>
  items.map((i) => `${articles.get(i.article)?.outlet ?? i.article}: ${i.sentence}`).join('\n');

const claimsOf = (claims: DateClaim[], articles: Map<string, ArticleMeta>) =>
  claims.map(
    (c) =>
      `${c.date} (${outletsOf(
        c.articles.map((a) => ({ article: a, sentence: '' })),
        articles,
      )})`,
  );

const sourced = (items: Sourced[], articles: Map<string, ArticleMeta>) => [
  outletsOf(items, articles),
  sentencesOf(items, articles),
  dataLicence,
];
const sourceColumns = ['outlets', 'sentences', 'licence'];

/** The editor's changes to a mark, with their reasons, in one cell; empty for a mark as the articles give it. */
const editorOf = (notes: EditorNote[] | undefined) =>
  (notes ?? []).map((n) => `${n.change}: ${n.reason} (${n.date})`).join('; ');

function placesTable(story: Story, articles: Map<string, ArticleMeta>): Table {
  return {
    header: ['id', 'name', 'role', 'kind', 'country', 'lon', 'lat', 'basis', 'editor', 'mentions', ...sourceColumns],
    rows: story.places.features.map(({ properties: p, geometry }) => [
      p.id,
      p.name,
      p.role,
      p.kind,
      p.country,
      geometry.coordinates[0],
      geometry.coordinates[1],
      p.basis,
      editorOf(p.editor),
      p.mentionCount,
      ...sourced(p.excerpts, articles),
    ]),
  };
}

function routeTable(story: Story, articles: Map<string, ArticleMeta>): Table {
  return {
    header: [
      'id',
      'order',
      'from',
      'to',
      'from_name',
      'to_name',
      'date',
      'date_claims',
      'basis',
      'editor',
      ...sourceColumns,
    ],
    rows: story.route.features.map(({ properties: p }) => [
      p.id,
      p.order,
      p.from,
      p.to,
      p.fromName,
      p.toName,
      p.date,
      claimsOf(p.dateClaims, articles).join('; '),
      p.basis,
      editorOf(p.editor),
      ...sourced(p.evidence, articles),
    ]),
  };
}

function flowsTable(story: Story, articles: Map<string, ArticleMeta>): Table {
  const header = [
    'id',
    'reporter',
    'partner',
    'partner_name',
    'value',
    'currency',
    'value_usd',
    'year',
    'label',
    'basis',
    'editor',
  ];
  return {
    header: [...header, ...sourceColumns],
    rows: story.flows.features.map(({ properties: p }) => {
      const evidence: Evidence[] = [p.evidence];
      return [
        p.id,
        p.reporter,
        p.partner,
        p.partnerName,
        p.value,
        p.currency,
        p.valueUsd,
        p.year,
        p.label,
        // A flow is as its sentence states it unless the editor corrected it or a figure of it.
        p.basis ?? 'stated',
        editorOf(p.editor),
        ...sourced(evidence, articles),
      ];
    }),
  };
}

const tables = { places: placesTable, route: routeTable, flows: flowsTable };

export function layerCsv(story: Story, layer: Layer): string {
  const articles = new Map(story.meta.articles.map((a) => [a.id, a]));
  return toCsv(tables[layer](story, articles));
}

/** The layer's collection as the pipeline wrote it, with the licence beside its features. */
export function layerGeoJson(story: Story, layer: Layer): string {
  const collection: { type: 'FeatureCollection'; features: unknown[] } = story[layer];
  return JSON.stringify({ type: collection.type, licence: dataLicence, features: collection.features }, null, 1);
}

/** `putin-s-state-visit-to-vietnam-route.csv`: the story's title, the layer and the format. */
export function exportFileName(title: string, layer: Layer | 'map', extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'dateline'}-${layer}.${extension}`;
}
