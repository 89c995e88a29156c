// Figures and trade flows as the editor corrects them: a figure's stable key, its value, year or
// partner set, a figure or a flow taken out of the trade.
import type { Correction } from '../../contract/corrections.ts';
import type { EditorNote, Figure, FlowFeature, FlowFigure, PlaceFeature } from '../../contract/schema.ts';
import { arc, arcLabelPoint } from '../../geometry/arc.ts';
import { moneyLabel } from '../trade/figures.ts';
import { markByEditor } from './marks.ts';

export { figureKeys } from '../../contract/corrections.ts';

/** Whether a flow's figure is this figure of story.json: the same value from the same sentence. */
const isFigure = (figure: Figure) => (f: FlowFigure) =>
  f.evidence.some((e) => e.article === figure.evidence.article && e.span[0] === figure.evidence.span[0]) &&
  f.value === figure.value;

/** The flow that draws this figure, and where in its list; null when no flow draws it. */
export function flowOfFigure(flows: FlowFeature[], figure: Figure): { flow: FlowFeature; at: number } | null {
  for (const flow of flows) {
    const at = flow.properties.figures.findIndex(isFigure(figure));
    if (at >= 0) return { flow, at };
  }
  return null;
}

/** The figure with the editor's value and year, relabelled, its dollar value scaled alike. */
export function correctedFlowFigure(
  f: FlowFigure,
  change: { value?: number; year?: number },
  note: EditorNote,
): FlowFigure {
  const value = change.value ?? f.value;
  const valueUsd = f.currency === 'USD' ? value : f.valueUsd === null ? null : (f.valueUsd * value) / f.value;
  const corrected = { ...f, value, valueUsd, year: change.year ?? f.year, label: moneyLabel(value, f.currency) };
  markByEditor(corrected, note);
  return corrected;
}

/** A figure of story.json as a flow's figure, for one the pipeline did not read as trade. */
export function asFlowFigure(figure: Figure, note: EditorNote): FlowFigure | null {
  if (figure.kind !== 'money' || figure.currency === null || figure.value <= 0) return null;
  return {
    measure: figure.measure ?? 'trade',
    goesTo: null,
    value: figure.value,
    currency: figure.currency,
    valueUsd: figure.currency === 'USD' ? figure.value : null,
    year: figure.year,
    qualifier: figure.qualifier,
    label: moneyLabel(figure.value, figure.currency),
    counts: 'trade',
    scope: null,
    evidence: [figure.evidence],
    basis: 'editor',
    editor: [note],
  };
}

/**
 * The flows with `figure` moved to `partner`'s flow (one is drawn for it from the reporter's
 * point when there is none); a flow left with no figure goes. Null when no flow gives the
 * reporter's point to draw from.
 */
export function moveToPartner(flows: FlowFeature[], figure: FlowFigure, partner: PlaceFeature): FlowFeature[] | null {
  const target = flows.find((f) => f.properties.partner === partner.id);
  if (target) {
    // The same figure another outlet gave for this partner: one figure, with both sentences.
    const same = target.properties.figures.find(
      (f) => f.value === figure.value && f.currency === figure.currency && f.year === figure.year,
    );
    if (!same) target.properties.figures = [...target.properties.figures, figure];
    else {
      const known = new Set(same.evidence.map((e) => `${e.article}@${e.span[0]}`));
      same.evidence = [...same.evidence, ...figure.evidence.filter((e) => !known.has(`${e.article}@${e.span[0]}`))];
      for (const note of figure.editor ?? []) markByEditor(same, note);
    }
    return flows;
  }
  const model = flows[0];
  if (!model) return null;
  const line = model.geometry.type === 'LineString' ? model.geometry.coordinates : model.geometry.coordinates[0]!;
  const from = line[0]!;
  const to = partner.geometry.coordinates;
  const id = `flow-${partner.id.replace(':', '-').toLowerCase()}`;
  const flow: FlowFeature = {
    type: 'Feature',
    id,
    geometry: arc(from, to),
    properties: {
      ...model.properties,
      id,
      partner: partner.id,
      partnerName: partner.properties.name,
      partnerKind: partner.properties.kind === 'region' ? 'region' : 'country',
      figures: [figure],
      labelAt: arcLabelPoint(from, to),
      basis: 'editor',
      editor: figure.editor,
    },
  };
  return [...flows, flow];
}

/** Each flow's top-level fields from the figure it draws (its first); flows left with none go. */
export function refreshFlows(flows: FlowFeature[]): FlowFeature[] {
  return flows
    .filter((f) => f.properties.figures.length > 0)
    .map((flow) => {
      const drawn = flow.properties.figures[0]!;
      const { measure, goesTo, value, currency, valueUsd, year, label, counts, scope } = drawn;
      const p = flow.properties;
      // A flow drawing a figure the editor corrected is the editor's too, with the figures' reasons.
      const notes = p.figures.flatMap((f) => f.editor ?? []);
      const own = (p.editor ?? []).filter((n) => !notes.includes(n));
      const editor = [...own, ...notes];
      return {
        ...flow,
        properties: {
          ...p,
          ...{ measure, goesTo, value, currency, valueUsd, year, label, counts, scope },
          evidence: drawn.evidence[0]!,
          ...(editor.length > 0 ? { basis: 'editor' as const, editor } : {}),
        },
      };
    });
}

/** The change of a figure correction in words, with what the pipeline had read. */
export function figureChangeWords(
  change: Extract<Correction['change'], { do: 'figure' }>,
  figure: Figure,
  partnerName: (id: string) => string,
): string {
  const was = figure.places.length > 1 ? partnerName(figure.places[figure.places.length - 1]!) : 'none';
  return [
    change.value === undefined
      ? null
      : `value set by the editor (read as ${figure.currency ? moneyLabel(figure.value, figure.currency) : figure.text})`,
    change.partner === undefined ? null : `partner set by the editor: ${partnerName(change.partner)} (read as ${was})`,
    change.year === undefined ? null : `year set by the editor: ${change.year} (read as ${figure.year ?? 'none'})`,
  ]
    .filter((w) => w !== null)
    .join('; ');
}
