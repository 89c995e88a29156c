// data/corrections.json: the editor's corrections to what the pipeline read, as data. The
// pipeline applies them after reading (geo/story/corrections/), the dev server writes them
// (geo/dev/corrections-endpoint.ts) and the review mode builds them (src/review/): one schema for
// all three. Each entry names its mark by a stable key (`stop:<place id>`, `figure:<article>/<text>`),
// never by a position in an output, so it survives every rebuild.
import { z } from 'zod';
import { PLACE_KINDS } from './vocabulary.ts';

/** The file is a short list typed by hand or by the review mode: past this size it is not corrections. */
export const MAX_CORRECTIONS_BYTES = 256 * 1024;
/** More entries than any story needs; a longer list is a mistake (a loop in a script), not an edit. */
export const MAX_CORRECTIONS = 500;

/** What a key's prefix names: a stop of the route, a site, a mentioned place, a trade flow, a figure, the route. */
export const TARGET_KINDS = ['stop', 'site', 'mention', 'flow', 'figure', 'route'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The stable key of a mark: `route`, or a kind and an id (a place id, a partner's place id, a figure key). */
export const targetKey = (kind: Exclude<TargetKind, 'route'>, id: string): string => `${kind}:${id}`;

/** The kind and the id of a key; null when the key names no kind. */
export function parseTarget(what: string): { kind: TargetKind; id: string } | null {
  if (what === 'route') return { kind: 'route', id: '' };
  const at = what.indexOf(':');
  const kind = what.slice(0, at) as TargetKind;
  const id = what.slice(at + 1);
  return at > 0 && id !== '' && kind !== 'route' && TARGET_KINDS.includes(kind) ? { kind, id } : null;
}

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const PlaceId = z.string().min(1).max(200);

/** Leave the mark out: not part of this trip, not trade. For a stop, a site, a mention, a flow or a figure. */
const Reject = z.object({ do: z.literal('reject') }).strict();
/**
 * Put a mark on the map. A stop goes on the route after `after` (a stop's place id; null: first):
 * a place of the story keeps its point unless `lon`/`lat` move it; any other needs its `name`,
 * `lon` and `lat` (from the gazetteer the desk searches, or a click on the map), and may give its
 * `kind` and `country`. A site no article names needs its `name`, `lon` and `lat` and no `after`;
 * `city` is the place id of the city it is in (the nearest stop when absent). Either is the
 * editor's on the published map: no article names it.
 */
const Add = z
  .object({
    do: z.literal('add'),
    after: PlaceId.nullable().optional(),
    name: z.string().trim().min(1).max(200).optional(),
    lon: Lon.optional(),
    lat: Lat.optional(),
    kind: z.enum(PLACE_KINDS).optional(),
    /** ISO 3166-1 alpha-2, as the gazetteer gives it. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    city: PlaceId.optional(),
  })
  .strict();
/**
 * The day the traveller arrived at a stop, as the editor sets it (`visit`: the second or third
 * time the route reaches the same place; the first when absent). The first stop's is its own.
 */
const Arrive = z
  .object({ do: z.literal('arrive'), date: z.iso.date(), visit: z.number().int().min(1).max(50).optional() })
  .strict();
/** The route's stops in this order (place ids): every stop once. */
const Order = z.object({ do: z.literal('order'), stops: z.array(PlaceId).min(1).max(200) }).strict();
/** Put a site at this point: placed or moved by the editor (`at`: the gazetteer place whose point it is, by name). */
const Place = z
  .object({ do: z.literal('place'), lon: Lon, lat: Lat, at: z.string().trim().min(1).max(200).optional() })
  .strict();
/**
 * A mentioned place read as the wrong one of its name ("Cordoba" in Spain, not Argentina): the
 * gazetteer's entry `to` instead, with its name, kind, country and point as the desk's search gave them.
 */
const Resolve = z
  .object({
    do: z.literal('resolve'),
    to: PlaceId,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(PLACE_KINDS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    lon: Lon,
    lat: Lat,
  })
  .strict();
/** A figure's value, trade partner (a place id) or year, as the editor corrects them; at least one. */
const Figure = z
  .object({
    do: z.literal('figure'),
    value: z.number().positive().finite().optional(),
    partner: PlaceId.optional(),
    year: z.number().int().min(1800).max(2200).optional(),
  })
  .strict()
  .refine((f) => f.value !== undefined || f.partner !== undefined || f.year !== undefined, {
    message: 'gives none of value, partner and year',
  });

export const CorrectionChange = z.discriminatedUnion('do', [Reject, Add, Arrive, Order, Place, Resolve, Figure]);
export type CorrectionChange = z.infer<typeof CorrectionChange>;

/** Which changes each kind of mark takes. */
export const CHANGES_OF: Record<TargetKind, ReadonlyArray<CorrectionChange['do']>> = {
  stop: ['reject', 'add', 'arrive'],
  site: ['reject', 'place', 'add'],
  mention: ['reject', 'resolve'],
  flow: ['reject'],
  figure: ['reject', 'figure'],
  route: ['order'],
};

export const Correction = z
  .object({
    /** The mark's stable key: `stop:city:123`, `site:landmark:x`, `figure:<article>/<text>`, `route`. */
    what: z.string().min(1).max(400),
    change: CorrectionChange,
    /** Why, in a few words the published page shows: "not part of this trip", "not trade". */
    reason: z.string().trim().min(1).max(500),
    /** The day of the correction, YYYY-MM-DD. */
    date: z.iso.date(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const target = parseTarget(c.what);
    if (!target) {
      ctx.addIssue({
        code: 'custom',
        path: ['what'],
        message: `names no mark: start it with ${TARGET_KINDS.map((k) => (k === 'route' ? 'route' : `${k}:`)).join(', ')}`,
      });
    } else if (!CHANGES_OF[target.kind].includes(c.change.do)) {
      ctx.addIssue({
        code: 'custom',
        path: ['change', 'do'],
        message: `"${c.change.do}" does not apply to a ${target.kind}; it takes ${CHANGES_OF[target.kind].join(' or ')}`,
      });
    } else if (c.change.do === 'add') {
      const problem = addProblem(target.kind, c.change);
      if (problem) ctx.addIssue({ code: 'custom', path: ['change', problem.field], message: problem.message });
    }
  });
export type Correction = z.infer<typeof Correction>;

/** What an `add` lacks or has too much of for its kind of mark: a stop follows a stop, a site stands alone. */
function addProblem(kind: TargetKind, add: z.infer<typeof Add>): { field: string; message: string } | null {
  if (kind === 'stop') {
    if (add.after === undefined)
      return { field: 'after', message: 'is missing: the stop it follows, or null for the first' };
    if (add.city !== undefined) return { field: 'city', message: 'is for a site, not a stop' };
    return null;
  }
  if (add.after !== undefined) return { field: 'after', message: 'is for a stop: a site follows no stop' };
  for (const field of ['name', 'lon', 'lat'] as const)
    if (add[field] === undefined)
      return { field, message: 'is missing: a site no article names needs its name, lon and lat' };
  return null;
}

export const CorrectionsFile = z.object({ corrections: z.array(Correction).max(MAX_CORRECTIONS) }).strict();
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;

/** Where `npm run dev` (and nothing else) reads and writes the corrections file: GET and PUT. */
export const CORRECTIONS_ENDPOINT = '/__dateline/corrections';
/** The header that carries the dev server's per-run token, which only its own page is given. */
export const REVIEW_TOKEN_HEADER = 'x-dateline-review-token';
/** The meta element of the dev server's page that holds the token (`<meta name=… content=…>`). */
export const REVIEW_TOKEN_META = 'dateline-review-token';

/** Where `npm run dev` (and nothing else) answers the review mode's gazetteer search: GET `?q=<name>` only. */
export const GAZETTEER_ENDPOINT = '/__dateline/gazetteer';
/** The longest name the search takes: no place's name is longer. */
export const MAX_SEARCH_CHARS = 100;
/** The most places one search gives back, best first. */
export const MAX_CANDIDATES = 20;

/** One place the gazetteer search found: what the desk shows (name, kind, country) and what a correction takes. */
export interface GazetteerCandidate {
  id: string;
  name: string;
  kind: (typeof PLACE_KINDS)[number];
  /** ISO 3166-1 alpha-2, or null (a sea, a region of several countries). */
  country: string | null;
  lon: number;
  lat: number;
  /** People living there, where the gazetteer counts them (cities); 0 elsewhere. */
  population: number;
  /** How the name matched: the place's own name, or an alias, a demonym, a code. */
  form: string;
}

/**
 * The file as the review mode writes it: one entry to a line, so `git diff` shows one line per
 * correction made or undone, and a hand edit in the same form survives.
 */
export function correctionsText(file: CorrectionsFile): string {
  const lines = file.corrections.map((c) => `    ${JSON.stringify(c)}`);
  return `{\n  "corrections": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/**
 * Each figure's stable key: its article and its text as written ("<article>/$3.5bn"), with `#2`,
 * `#3` … for a second and third figure of the same text in one article. It outlives every
 * rebuild of the same articles, and vanishes when the article no longer gives the figure.
 */
export function figureKeys(figures: ReadonlyArray<{ text: string; evidence: { article: string } }>): string[] {
  const seen = new Map<string, number>();
  return figures.map((f) => {
    const key = `${f.evidence.article}/${f.text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
