import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../geo/contract/schema.ts';
import {
  clampedCentre,
  clampedRequest,
  maxLatitude,
  worldMaxZoom,
  type CameraRequest,
  coveredInset,
  frameOf,
  cityOf,
  cityView,
  cityMaxZoom,
  contextMaxZoom,
  type CityView,
  type Bounds,
  frameOnGlobe,
  globeZoomOf,
  hitTestFloor,
  labelMargin,
  noInset,
  pointZoom,
  sheetCap,
  worldRoom,
  zoomFloor,
  type LngLat,
} from '../../../src/map/camera.ts';
import { zoomBand } from '../../../src/map/tokens.ts';
import { pointView } from '../../../src/steps/step-camera.ts';

const rad = Math.PI / 180;
/** Where a point is drawn, px from the centre, on a globe seen from straight above `centre` (vector maths). */
function drawnAt([lng, lat]: LngLat, centre: LngLat, zoom: number) {
  const p = [Math.cos(lat * rad) * Math.cos(lng * rad), Math.cos(lat * rad) * Math.sin(lng * rad), Math.sin(lat * rad)];
  const [λ0, φ0] = [centre[0] * rad, centre[1] * rad];
  const east = [-Math.sin(λ0), Math.cos(λ0), 0];
  const north = [-Math.sin(φ0) * Math.cos(λ0), -Math.sin(φ0) * Math.sin(λ0), Math.cos(φ0)];
  const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
  const radius = (512 * 2 ** zoom) / (2 * Math.PI) / Math.cos(φ0);
  return { x: radius * dot(p, east), y: -radius * dot(p, north) };
}

const size = { width: 800, height: 600 };
// An invented journey across the date line: the frame must not centre on Greenwich.
const pacific: LngLat[] = [
  [150, -30],
  [178, -18],
  [-175, -21],
  [-150, -17],
  [-120, 35],
];

describe('the world view on the globe', () => {
  it('keeps every mark, with room for its label, inside the map, across the date line', () => {
    const { center, zoom } = frameOnGlobe(pacific, size, noInset, 10);
    expect(Math.abs(center[0])).toBeGreaterThan(150);
    for (const point of pacific) {
      const { x, y } = drawnAt(point, center, zoom);
      expect(Math.abs(x)).toBeLessThanOrEqual(size.width / 2 - labelMargin.x + 1);
      expect(Math.abs(y)).toBeLessThanOrEqual(size.height / 2 - labelMargin.y + 1);
    }
  });

  it('frames in the part of the map a panel leaves, at a smaller zoom than the whole map', () => {
    const whole = frameOnGlobe(pacific, size, noInset, 10);
    const beside = frameOnGlobe(pacific, size, { ...noInset, right: 300 }, 10);
    expect(globeZoomOf(beside.zoom, beside.center[1])).toBeLessThan(globeZoomOf(whole.zoom, whole.center[1]));
  });

  it('zooms no closer than the given most, however close the marks', () => {
    const near: LngLat[] = [
      [10, 10],
      [10.01, 10.01],
    ];
    expect(frameOnGlobe(near, size, noInset, 3).zoom).toBe(3);
  });
});

describe('the zoom floor', () => {
  it('lets the globe shrink no further than to fill the map when the world view is closer in', () => {
    const floor = zoomFloor(size, { center: [0, 0], zoom: 6 });
    expect(floor).toBeCloseTo(Math.log2((600 * Math.PI) / 512));
  });

  it('lies below the world view, so the world view can always be framed and zoomed out of', () => {
    const world = frameOnGlobe(pacific, { width: 390, height: 500 }, noInset, 3);
    const floor = zoomFloor({ width: 390, height: 500 }, world);
    expect(floor).toBeLessThanOrEqual(globeZoomOf(world.zoom, world.center[1]) - worldRoom + 1e-9);
    expect(floor).toBeGreaterThanOrEqual(hitTestFloor);
  });

  it('grows with the map, since a bigger map needs a bigger globe to be filled', () => {
    const far = { center: [0, 0] as LngLat, zoom: 8 };
    expect(zoomFloor({ width: 1280, height: 800 }, far)).toBeGreaterThan(zoomFloor({ width: 390, height: 500 }, far));
  });
});

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRectReadOnly;

describe('what the excerpt panel covers', () => {
  it('takes the panel’s width from the right of the map on a desktop', () => {
    expect(coveredInset(rect(300, 90, 980, 710), rect(896, 90, 384, 710), false)).toEqual({ ...noInset, right: 384 });
  });

  it('takes on a phone only the part of the map under the sheet, and never more than its cap', () => {
    expect(coveredInset(rect(0, 100, 390, 500), rect(0, 500, 390, 344), true)).toEqual({ ...noInset, bottom: 100 });
    // A sheet taller than the map (the bug of issue 9): the frame keeps half the map.
    expect(coveredInset(rect(0, 0, 390, 500), rect(0, 100, 390, 744), true).bottom).toBe(500 * sheetCap);
  });

  it('covers nothing when no panel is open', () => {
    expect(coveredInset(rect(0, 0, 390, 500), null, true)).toEqual(noInset);
  });
});

const place = (id: string, role: PlaceFeature['properties']['role'], at: LngLat) =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { id, role } }) as PlaceFeature;

describe('the view that frames a chosen place', () => {
  const host = { id: 'city:host', name: 'Host', at: [10.1, 20.1], bounds: [10, 20, 10.2, 20.2] } as CityView;
  const other = { id: 'city:other', name: 'Other', at: [-60.1, 10.1], bounds: [-60.2, 10, -60, 10.2] } as CityView;
  const meta = { cities: [other, host] };
  const world: LngLat[] = [[0, 0]];
  /** OpenStreetMap detail around the host city only. */
  const detail: Bounds[] = [[9.9, 19.9, 10.3, 20.3]];

  it('is the city view of each city of the trip: to the street where the basemap has detail, else on its context', () => {
    expect(frameOf(place('city:host', 'stop', [10.1, 20.1]), meta, world, detail)).toEqual({
      bounds: host.bounds,
      maxZoom: cityMaxZoom,
    });
    expect(frameOf(place('city:other', 'stop', [-60.1, 10.1]), meta, world, detail)).toEqual({
      bounds: other.bounds,
      maxZoom: contextMaxZoom,
    });
    expect(contextMaxZoom).toBeLessThan(cityMaxZoom);
    expect(contextMaxZoom).toBeGreaterThanOrEqual(zoomBand.sites.minzoom);
  });

  it('is the view of the site’s own city, centred on the site', () => {
    expect(frameOf(place('site:a', 'site', [10.05, 20.15]), meta, world, detail)).toMatchObject({
      bounds: host.bounds,
      focus: [10.05, 20.15],
    });
    expect(frameOf(place('site:b', 'site', [-60.05, 10.05]), meta, world, detail)).toMatchObject({
      bounds: other.bounds,
      focus: [-60.05, 10.05],
    });
    // A city whose frame crosses ±180° (west greater than east): its sites on either side are in it,
    // and MapLibre is given the box with its east past 180.
    const dateline = { id: 'city:d', name: 'D', at: [179.9, -16], bounds: [179.5, -16.5, -179.5, -15.5] } as CityView;
    expect(cityOf([-179.8, -16], [host, dateline])?.id).toBe('city:d');
    expect(cityView(dateline, []).bounds).toEqual([179.5, -16.5, 180.5, -15.5]);
    // Outside every frame: the nearest city.
    expect(cityOf([-58, 12], meta.cities)?.id).toBe('city:other');
    expect(cityOf([0, 0], [])).toBeNull();
  });

  it('is the point of a stop or a partner, with the world view to fall back on', () => {
    expect(frameOf(place('country:x', 'partner', [-60, 10]), meta, world)).toEqual({
      point: [-60, 10],
      world,
      maxZoom: 3,
    });
  });

  it('keeps the reader’s zoom in the world band and goes back to the world from the city view', () => {
    expect(pointZoom(2.5, 1.8)).toBe(2.5);
    expect(pointZoom(zoomBand.globeToFlat.minzoom + 5, 1.8)).toBe(1.8);
  });
});

describe('a camera near a pole', () => {
  const polar: LngLat[] = [
    [37.6, 89.99],
    [105.8, -89.99],
  ];

  it('asks for no latitude past the edge of Web Mercator, whatever the request', () => {
    const lats = (request: CameraRequest): number[] =>
      'camera' in request
        ? [request.camera.lat]
        : 'bounds' in request
          ? [request.bounds[1], request.bounds[3], ...(request.focus ? [request.focus[1]] : [])]
          : [...request.world.map(([, lat]) => lat), ...('point' in request ? [request.point[1]] : [])];
    for (const at of polar) {
      const requests: CameraRequest[] = [
        pointView(at, 6),
        pointView(at, 15, 0.004),
        { bounds: [at[0] - 1, at[1] - 1, at[0] + 1, at[1] + 1], maxZoom: 13, focus: at },
        { point: at, world: polar, maxZoom: worldMaxZoom },
        { world: polar, maxZoom: worldMaxZoom },
        { camera: { lng: at[0], lat: at[1] * 1.05, zoom: 3 } },
      ];
      // A box 2° around a stop at 89.99° asks for 91.99°, past what MapLibre accepts.
      expect(Math.max(...lats(requests[0]!).map(Math.abs))).toBeCloseTo(91.99);
      for (const request of requests) {
        for (const lat of lats(clampedRequest(request))) expect(Math.abs(lat)).toBeLessThanOrEqual(maxLatitude);
      }
    }
  });

  it('keeps a request that needs no clamping as it was', () => {
    const request: CameraRequest = { bounds: [100, 20, 106, 22], maxZoom: 13, focus: [105.8, 21] };
    expect(clampedRequest(request)).toEqual(request);
    expect(clampedCentre([105.8, 89.99])).toEqual([105.8, maxLatitude]);
  });
});
