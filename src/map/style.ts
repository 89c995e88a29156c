// The map's style: the embedded offline basemap (or an online one named by
// VITE_BASEMAP_STYLE_URL) with the story's sources and layers on top.
import type { GeoJSONSourceSpecification, ProjectionSpecification, StyleSpecification } from 'maplibre-gl';
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtFont from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnameseFont from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import type { Story } from '../story/story.ts';
import { basemapLayers, everyLeg, storyLayers } from './layers.ts';
import { mapFont, storyPalette, zoomBand } from './tokens.ts';
import { formatDateValue } from '../story/dates.ts';
import type { LabelPlacement } from './labels.ts';
import { groupShown } from './toggles.ts';
import { meanDirection, type LngLat } from './camera.ts';
import { flowOffsets } from './scales.ts';
import { BASEMAP_FILES } from '../../geo/contract/names.ts';

export const attribution =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>' +
  ' · <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

const absolute = (path: string) => new URL(path, location.href).href;
const basemapUrl = (name: string) => absolute(`${import.meta.env.BASE_URL}data/basemap/${name}`);

/** A globe at world zoom, flat Mercator from city zoom, so the city view is not bent. */
const { minzoom: globeUntil, maxzoom: flatFrom } = zoomBand.globeToFlat;
export const projection: ProjectionSpecification = {
  type: ['interpolate', ['linear'], ['zoom'], globeUntil, 'vertical-perspective', flatFrom, 'mercator'],
};

// Unicode ranges as @fontsource declares them; Vietnamese letters live in the last two files.
const fontFaces = {
  [mapFont]: [
    { url: absolute(latinFont), 'unicode-range': ['U+0000-00FF', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'] },
    {
      url: absolute(vietnameseFont),
      'unicode-range': [
        'U+0102-0103',
        'U+0110-0111',
        'U+0128-0129',
        'U+0168-0169',
        'U+01A0-01A1',
        'U+01AF-01B0',
        'U+0300-0309',
        'U+0323',
        'U+0329',
        'U+1EA0-1EF9',
        'U+20AB',
      ],
    },
    { url: absolute(latinExtFont), 'unicode-range': ['U+0100-02BA', 'U+1E00-1E9F', 'U+20A0-20C0'] },
  ],
};

type GeoJSONData = GeoJSONSourceSpecification['data'];
const geojson = (data: GeoJSONData, extra: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  ...extra,
});

/**
 * One label point per line, at the pipeline's `labelAt`: a line split at ±180°, or cut into
 * tiles, still gets one label. Each carries the side its label reads toward (`inward`): that of
 * the lines' middle, so a frame around the lines keeps a label at its edge whole.
 */
export function labelPoints(lines: Story['flows'] | Story['route']): GeoJSONData {
  const [middle] = meanDirection(lines.features.flatMap((f) => ends(f.geometry)));
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: {
        ...f.properties,
        ...readerDate(f.properties),
        inward: sideToward(middle, f.properties.labelAt[0]!),
      },
      geometry: { type: 'Point', coordinates: f.properties.labelAt },
    })),
  };
}

type LineGeometry = Story['route']['features'][number]['geometry'];
const ends = (g: LineGeometry): LngLat[] =>
  (g.type === 'LineString' ? [g.coordinates] : g.coordinates).flatMap((line) => [line[0]!, line[line.length - 1]!]);

/** 'west' when `lng` lies east of `middle` (its label reads back toward it), else 'east'. */
function sideToward(middle: number, lng: number): 'east' | 'west' {
  const east = ((((lng - middle) % 360) + 540) % 360) - 180;
  return east > 0 ? 'west' : 'east';
}

/** A leg's date as the reader writes dates: MapLibre expressions cannot call Intl, so labels read it ready. */
function readerDate(properties: object): { dateText?: string } {
  const date = 'date' in properties ? properties.date : null;
  return typeof date === 'string' ? { dateText: formatDateValue(date) } : {};
}

/**
 * The places, each with where its label goes in the view `plan` was made for (labels.ts), unlabelled
 * without one, and drawn at its `spread` point where marks at one spot were spread apart (spread.ts).
 */
export function labelledPlaces(
  places: Story['places'],
  plan: ReadonlyMap<string, LabelPlacement> = new Map(),
  spread: ReadonlyMap<string, [number, number]> = new Map(),
): GeoJSONData {
  return {
    type: 'FeatureCollection',
    features: places.features.map((f) => {
      const at = spread.get(f.properties.id);
      return {
        ...f,
        ...(at ? { geometry: { type: 'Point' as const, coordinates: at } } : {}),
        properties: { ...f.properties, ...(plan.get(f.properties.id) ?? unlabelled(f.properties.id)), spread: !!at },
      };
    }),
  };
}

const unlabelled = (id: string): LabelPlacement => ({ label: '', anchor: 'left', marks: id, crowded: false });

const roleGroup = { stop: 'route', site: 'sites', partner: 'flows', mentioned: 'mentioned' } as const;

/**
 * The ISO codes of the countries the story marks, while shown: the basemap does not name them a
 * second time. Codes, not names: the basemap's "United States of America" is the story's "United States".
 */
export const markedCountries = (story: Story, hidden: readonly string[] = []): string[] =>
  story.places.features
    .filter((f) => f.properties.kind === 'country' && groupShown(hidden, roleGroup[f.properties.role]))
    .flatMap((f) => (f.properties.country ? [f.properties.country] : []));

/** The flows, each with the offset it is drawn at beside its line (scales.ts `flowOffsets`). */
function flowsBeside(flows: Story['flows']): GeoJSONData {
  const value = (f: Story['flows']['features'][number]) => f.properties.valueUsd ?? f.properties.value;
  const lines = flows.features.map((f) => ({
    id: f.properties.id,
    value: value(f),
    coordinates: f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
  const offsets = flowOffsets(lines, Math.max(1, ...flows.features.map(value)));
  return {
    ...flows,
    features: flows.features.map((f) => ({
      ...f,
      properties: { ...f.properties, offset: offsets.get(f.properties.id) ?? 0 },
    })),
  } as GeoJSONData;
}

export function storySources(story: Story): StyleSpecification['sources'] {
  return {
    // Empty until the map's camera is placed: map.ts `relabel` fills it with labels planned for that
    // view, so the worker reads the places once, labelled, rather than twice.
    // Keyed by the story's ids, so the selection is a feature state (expressions.ts `whenSelected`).
    places: geojson({ type: 'FeatureCollection', features: [] }, { promoteId: 'id' }),
    route: geojson(story.route as GeoJSONData),
    flows: geojson(flowsBeside(story.flows), { promoteId: 'id' }),
    'flow-labels': geojson(labelPoints(story.flows)),
    'route-labels': geojson(labelPoints(story.route)),
  };
}

export function embeddedStyle(story: Story, flowMax: number): StyleSpecification {
  return {
    version: 8,
    projection,
    'font-faces': fontFaces,
    state: {
      hidden: { default: [] },
      flowMax: { default: flowMax },
      markedCountries: { default: markedCountries(story) },
      stepOrder: { default: everyLeg },
      namedAirfields: { default: [] },
    },
    sources: {
      countries: geojson(basemapUrl(BASEMAP_FILES.countries), { attribution }),
      borders: geojson(basemapUrl(BASEMAP_FILES.borders)),
      'country-labels': geojson(basemapUrl(BASEMAP_FILES.countryLabels)),
      rivers: geojson(basemapUrl(BASEMAP_FILES.rivers)),
      city: geojson(basemapUrl(BASEMAP_FILES.city)),
      ...storySources(story),
    },
    layers: [...basemapLayers, ...storyLayers(storyPalette(story.meta.colors))],
  };
}

/** An online basemap with the story drawn over it; null when it cannot be loaded, so the caller falls back. */
export async function onlineStyle(url: string, story: Story, flowMax: number): Promise<StyleSpecification | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const base = (await response.json()) as StyleSpecification;
    if (base.version !== 8 || !Array.isArray(base.layers)) return null;
    const embedded = embeddedStyle(story, flowMax);
    return {
      ...base,
      projection,
      'font-faces': { ...fontFaces, ...base['font-faces'] },
      state: { ...base.state, ...embedded.state },
      sources: { ...base.sources, ...storySources(story) },
      layers: [...base.layers, ...storyLayers(storyPalette(story.meta.colors))],
    };
  } catch {
    return null;
  }
}
