// The route after the editor took a stop off, put one on or set the order: the legs between
// the new neighbours, each reusing what the pipeline found for the same two ends.
import type { EditorNote, PlaceFeature, RouteLegFeature, RouteLegProperties } from '../../contract/schema.ts';
import { arc, arcMiddle } from '../../geometry/arc.ts';

/** The route's stops in order, as place ids: the legs' ends, or the one stop of a route with no leg. */
export function stopsOf(route: RouteLegFeature[], places: PlaceFeature[]): string[] {
  if (route.length > 0) return [route[0]!.properties.from, ...route.map((l) => l.properties.to)];
  return places.filter((p) => p.properties.role === 'stop').map((p) => p.id);
}

/** A change of the route's, with the stops it concerns: the one put on, or the two a stop taken off sat between. */
export interface RouteNote {
  note: EditorNote;
  stops: string[];
}

/**
 * The legs through `stops`: a leg the pipeline drew between the same two ends keeps its
 * sentences, dates and basis; any other is the editor's, dated by its end's arrival claims, and
 * carries the notes of the changes at its ends. `orderNotes` (a route order the editor set) go
 * on every leg.
 */
export function legsThrough(
  stops: string[],
  old: RouteLegFeature[],
  places: Map<string, PlaceFeature>,
  routeNotes: RouteNote[],
  orderNotes: EditorNote[],
): RouteLegFeature[] {
  return stops.slice(1).map((toId, i) => {
    const fromId = stops[i]!;
    const [from, to] = [places.get(fromId)!, places.get(toId)!];
    const id = `leg-${i + 1}`;
    const kept = old.find((l) => l.properties.from === fromId && l.properties.to === toId);
    const arriving = old.find((l) => l.properties.to === toId);
    const [start, end] = [from.geometry.coordinates, to.geometry.coordinates];
    const notes = routeNotes.filter((n) => n.stops.includes(fromId) || n.stops.includes(toId)).map((n) => n.note);
    const editor = [...(kept ? [] : notes), ...orderNotes];
    const claims = to.properties.dateClaims ?? [];
    const base: Omit<RouteLegProperties, 'id' | 'order' | 'from' | 'to' | 'fromName' | 'toName' | 'labelAt'> =
      kept?.properties ?? {
        date: claims[0]?.date ?? null,
        dateClaims: claims,
        timeClaims: arriving?.properties.timeClaims ?? [],
        evidence: arriving?.properties.evidence ?? [],
        basis: 'editor' as const,
        why: null,
      };
    return {
      type: 'Feature',
      id,
      geometry: arc(start, end),
      properties: {
        ...base,
        id,
        order: i + 1,
        from: fromId,
        to: toId,
        fromName: from.properties.name,
        toName: to.properties.name,
        labelAt: arcMiddle(start, end),
        ...(editor.length > 0 ? { basis: 'editor' as const, editor: [...(base.editor ?? []), ...editor] } : {}),
      },
    };
  });
}
