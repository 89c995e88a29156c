// Printing: a WebGL canvas prints blank (its buffer is not kept between frames), so just
// before the print layout the map is drawn once more and copied, in the same task, into a 2D
// canvas that the print stylesheet (src/print.css) shows in its place.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const printCopyClass = 'map-print-copy';

export function keepMapForPrint(map: MapLibreMap, container: HTMLElement): () => void {
  let copy: HTMLCanvasElement | null = null;
  const before = () => {
    copy?.remove();
    map.redraw();
    const source = map.getCanvas();
    copy = Object.assign(document.createElement('canvas'), { width: source.width, height: source.height });
    copy.className = printCopyClass;
    copy.setAttribute('role', 'img');
    copy.setAttribute('aria-label', source.getAttribute('aria-label') ?? 'Map');
    copy.getContext('2d')?.drawImage(source, 0, 0);
    container.append(copy);
  };
  const after = () => {
    copy?.remove();
    copy = null;
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    after();
  };
}
