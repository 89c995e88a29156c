// What the correcting stages share: the story as they change it, the editor's note on a mark,
// and a correction that found nothing to change.
import type { Correction } from '../../contract/corrections.ts';
import type { EditorNote, StoryMeta } from '../../contract/schema.ts';
import type { StoryFeatures } from '../output/features.ts';

/** The outputs as objects, as compose.ts hands them over. */
export interface CorrectableStory extends StoryFeatures {
  meta: StoryMeta;
}

/** A correction the build could not apply, with why in words: its mark is gone, or the change no longer fits. */
export interface Unapplied {
  /** Its place in the file, from 0. */
  index: number;
  correction: Correction;
  why: string;
}

/** The editor's note for one change of one mark. */
export const noteOf = (correction: Correction, change: string): EditorNote => ({
  change,
  reason: correction.reason,
  date: correction.date,
});

/** Adds the note to a mark's properties and makes its basis the editor's. */
export function markByEditor(properties: { basis?: string; editor?: EditorNote[] }, note: EditorNote): void {
  properties.basis = 'editor';
  properties.editor = [...(properties.editor ?? []), note];
}

/** Rounds a point the editor gave as the pipeline rounds its own (about a metre). */
export const roundLonLat = (lon: number, lat: number): [number, number] => [
  Math.round(lon * 1e5) / 1e5,
  Math.round(lat * 1e5) / 1e5,
];
