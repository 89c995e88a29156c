// What the reader's layer toggles leave on the map, for the parts of the page that are not
// map layers (the legend, the toggles' own boxes). layers.ts says the same to MapLibre with
// filter expressions over the same keys.
import { flowToggle, type LayerGroup } from './layers.ts';

export const groupShown = (hidden: readonly string[], group: LayerGroup): boolean => !hidden.includes(group);

/** A flow is drawn while all flows are on and its own toggle is on too. */
export const flowShown = (hidden: readonly string[], flowId: string): boolean =>
  groupShown(hidden, 'flows') && !hidden.includes(flowToggle(flowId));
