// The ledger's rows and cells as types, apart from ledger.ts so that ledger-figures.ts, which
// builds some of the rows, need not import the module that imports it.
import type { ArticleMeta, Evidence } from '../../geo/contract/schema';

/** What one outlet says of one claim, with the sentence to check it against (null where none was kept). */
export type LedgerCell =
  | { state: 'states'; evidence: Evidence | null }
  | { state: 'differs'; value: string; evidence: Evidence | null }
  | { state: 'silent' };
export type LedgerState = LedgerCell['state'];

export type LedgerRow = {
  id: string;
  /** The claim in words: "Stop: Hanoi", "Arrival in Hanoi". */
  claim: string;
  /** The value most outlets give (a date for `kind: 'date'`, else text); null for a claim without one. */
  value: string | null;
  kind: 'place' | 'date' | 'figure';
  /** The mark the claim belongs to: a place id or a flow id; null for a figure the map does not draw. */
  mark: string | null;
  /** Why no outlet states it, for a mark the pipeline inferred. */
  inferred: string | null;
  /** One per column, in column order. */
  cells: LedgerCell[];
};

export type Ledger = { columns: ArticleMeta[]; rows: LedgerRow[] };
