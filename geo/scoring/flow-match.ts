// Trade figures against the answer key: a key figure is found when a figure of a flow (the one
// its line draws, or one kept with it: exports, imports) joins the same two places (either way
// round) with a US-dollar value within VALUE_TOLERANCE of the key's. The key's values are the
// texts' own figures, so one read right matches to rounding; 1% keeps $13.2bn and $12.7bn
// (exports and imports of one pair) apart. One figure answers one key figure. The key lists
// US-dollar figures only, so a figure in another currency is neither found nor extra: it is
// listed apart.
import { sameName } from './names.ts';

export interface KeyFlow {
  from: string;
  to: string;
  usd: number;
}

/** A figure of a drawn flow: the one its line draws, or one kept with it. */
export interface DrawnFlow {
  from: string;
  to: string;
  /** Null when the figure is not in dollars. */
  usd: number | null;
}

export const VALUE_TOLERANCE = 0.01;

export interface FlowScore {
  found: number;
  missed: number;
  /** Dollar figures drawn or kept that answer no key figure: a pledge or a deal read as trade, or a figure misread. */
  extra: number;
  missedFlows: string[];
  extraFlows: string[];
  /** Figures in another currency, which the key does not list. */
  otherCurrency: string[];
}

const samePair = (k: KeyFlow, d: DrawnFlow) =>
  (sameName(k.from, d.from) && sameName(k.to, d.to)) || (sameName(k.from, d.to) && sameName(k.to, d.from));
const off = (k: KeyFlow, d: DrawnFlow) => (d.usd === null ? Infinity : Math.abs(d.usd - k.usd) / k.usd);
const dollars = (usd: number) =>
  usd >= 1e12
    ? `$${+(usd / 1e12).toPrecision(3)}tn`
    : usd >= 1e9
      ? `$${+(usd / 1e9).toPrecision(3)}bn`
      : `$${+(usd / 1e6).toPrecision(3)}m`;
const describe = (f: { from: string; to: string; usd: number | null }) =>
  `${f.from}–${f.to} ${f.usd === null ? 'not in USD' : dollars(f.usd)}`;

export function scoreFlows(key: KeyFlow[], drawn: DrawnFlow[]): FlowScore {
  const used = new Set<DrawnFlow>();
  const missed: KeyFlow[] = [];
  for (const k of key) {
    const best = drawn
      .filter((d) => !used.has(d) && samePair(k, d) && off(k, d) <= VALUE_TOLERANCE)
      .sort((a, b) => off(k, a) - off(k, b))[0];
    if (best) used.add(best);
    else missed.push(k);
  }
  const extra = drawn.filter((d) => !used.has(d) && d.usd !== null);
  return {
    found: key.length - missed.length,
    missed: missed.length,
    extra: extra.length,
    missedFlows: missed.map(describe),
    extraFlows: extra.map(describe),
    otherCurrency: drawn.filter((d) => d.usd === null).map(describe),
  };
}
