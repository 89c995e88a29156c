// "Download PNG": the map as it is on screen, drawn again at twice its pixel size, with the
// title, a legend of what is visible, the sources and the map's attribution laid over it on
// a 2D canvas. Everything comes from the page (its fonts, its data): it works offline.
// Loaded on first use (dynamic import), with the Share dialog.
import type { JumpToOptions, Map as MapLibreMap } from 'maplibre-gl';
import type { LegendKey } from './image-legend.ts';
import type { Story } from '../story/story.ts';
import { frameOnGlobe, worldMarks, worldMaxZoom, type LngLat, type Size } from '../map/camera.ts';
import { jumpWhole, relabel } from '../map/map.ts';

/** The bands the composer lays over the map, in CSS px: title above, sources below, the legend in the lower left. */
const bands = { top: 72, bottom: 56, legendRow: 18, legendPad: 24 };

/**
 * The camera the image is drawn from: the whole story (route, stops with the sites' city, every
 * flow the reader leaves on) framed in the image's own size, clear of the title, the sources and
 * the legend, whatever the reader's view or open panel on screen.
 */
export function imageFrame(story: Story, hidden: readonly string[], size: Size, legendRows: number) {
  const legend = Math.min(size.height * 0.3, bands.legendPad + legendRows * bands.legendRow);
  const padding = { top: bands.top, bottom: bands.bottom + legend / 2, left: 0, right: 0 };
  // The centre is that of the part the padding leaves, as the map's padded jump reads it.
  const frame = frameOnGlobe(worldMarks(story, hidden), size, padding, worldMaxZoom);
  return { ...frame, padding };
}

/** Whether a point is on the side of the globe facing a camera centred on `centre` (within 85° of it). */
export function facing(centre: LngLat, [lng, lat]: LngLat): boolean {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(centre[1] * rad) * Math.sin(lat * rad) +
    Math.cos(centre[1] * rad) * Math.cos(lat * rad) * Math.cos((lng - centre[0]) * rad);
  return cos > Math.cos(85 * rad);
}

/**
 * Puts the map at the image's camera with its labels planned for it: the reader's labels are planned
 * a task after a move ends, which the image cannot wait on, so it plans them itself.
 */
export async function showFrame(
  map: MapLibreMap,
  camera: JumpToOptions & { zoom: number },
  story: Story,
): Promise<void> {
  await jumpWhole(map, camera);
  relabel(map, story, true);
}

/** The map's canvas, redrawn at `scale` device pixels per CSS pixel and copied in the frame it is drawn. */
export async function renderMap(map: MapLibreMap, scale: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    // The new drawing buffer needs its tiles and labels again: wait until all are drawn.
    await new Promise<void>((done) => {
      map.once('idle', () => done());
      map.triggerRepaint();
    });
    // Without preserveDrawingBuffer the WebGL buffer is only whole in the frame that drew it.
    return await new Promise<HTMLCanvasElement>((done) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = Object.assign(document.createElement('canvas'), { width: source.width, height: source.height });
        copy.getContext('2d')?.drawImage(source, 0, 0);
        done(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(before);
  }
}

export type ImageText = { title: string; subtitle: string; sources: string; attribution: string };

const font = (weight: number, size: number) => `${weight} ${size}px "Noto Sans", sans-serif`;

/** Splits text into lines no wider than `width`, at spaces. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

type Block = { lines: string[]; weight: number; size: number; color: string };

/** Draws blocks of text top-down from `y` and returns where they end. */
function drawBlocks(ctx: CanvasRenderingContext2D, blocks: Block[], x: number, y: number, lead: number): number {
  for (const block of blocks) {
    ctx.font = font(block.weight, block.size);
    ctx.fillStyle = block.color;
    for (const line of block.lines) {
      y += block.size * lead;
      ctx.fillText(line, x, y - block.size * 0.3);
    }
  }
  return y;
}

function band(ctx: CanvasRenderingContext2D, y: number, height: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.fillRect(0, y, ctx.canvas.width, height);
}

type Colors = { text: string; muted: string; surface: string; rule: string };

function drawKey(ctx: CanvasRenderingContext2D, key: LegendKey, x: number, y: number, s: number): void {
  ctx.save();
  ctx.lineWidth = key.width * s;
  if (key.shape === 'line') {
    ctx.strokeStyle = key.color;
    ctx.setLineDash(key.dashed ? [key.width * 1.5 * s, key.width * 1.5 * s] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 24 * s, y);
    ctx.stroke();
  } else {
    ctx.fillStyle = key.fill;
    ctx.strokeStyle = key.line;
    ctx.beginPath();
    ctx.arc(x + 12 * s, y, (key.r + key.width / 2) * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, keys: LegendKey[], bottom: number, s: number, c: Colors): void {
  if (!keys.length) return;
  const pad = 8 * s;
  const row = Math.max(18, ...keys.map((k) => 4 + (k.shape === 'circle' ? 2 * k.r + k.width : k.width))) * s;
  ctx.font = font(400, 12 * s);
  const textWidth = Math.max(...keys.map((k) => ctx.measureText(k.label).width));
  const width = Math.min(ctx.canvas.width - 2 * pad, pad * 3 + 24 * s + textWidth);
  const height = pad * 2 + row * keys.length;
  const [left, top] = [pad, bottom - pad - height];
  ctx.fillStyle = c.surface;
  ctx.strokeStyle = c.rule;
  ctx.lineWidth = s;
  ctx.fillRect(left, top, width, height);
  ctx.strokeRect(left, top, width, height);
  keys.forEach((key, i) => {
    const y = top + pad + row * (i + 0.5);
    drawKey(ctx, key, left + pad, y, s);
    ctx.fillStyle = c.text;
    ctx.fillText(key.label, left + pad * 2 + 24 * s, y + 4 * s, width - pad * 3 - 24 * s);
  });
}

/** The map image (drawn at `s`× its CSS size) with title, legend, sources and attribution over it; the same size. */
export function composeImage(
  map: HTMLCanvasElement,
  s: number,
  content: { text: ImageText; keys: LegendKey[]; colors: Colors },
): HTMLCanvasElement {
  const { text, keys, colors: c } = content;
  const out = Object.assign(document.createElement('canvas'), { width: map.width, height: map.height });
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image (no 2D canvas)');
  ctx.drawImage(map, 0, 0);
  const pad = 10 * s;
  const inner = out.width - 2 * pad;
  const wrapped = (t: string, weight: number, size: number, color: string): Block => {
    ctx.font = font(weight, size * s);
    return { lines: wrap(ctx, t, inner), weight, size: size * s, color };
  };
  const head = [wrapped(text.title, 600, 17, c.text), wrapped(text.subtitle, 400, 12, c.muted)];
  const foot = [wrapped(text.sources, 400, 11, c.text), wrapped(text.attribution, 400, 10, c.muted)];
  const height = (blocks: Block[]) => blocks.reduce((h, b) => h + b.lines.length * b.size * 1.35, 2 * pad);
  band(ctx, 0, height(head), 'rgba(255, 255, 255, 0.9)');
  drawBlocks(ctx, head, pad, pad, 1.35);
  const footTop = out.height - height(foot);
  band(ctx, footTop, height(foot), 'rgba(255, 255, 255, 0.9)');
  drawBlocks(ctx, foot, pad, footTop + pad, 1.35);
  drawLegend(ctx, keys, footTop, s, c);
  return out;
}

export const pngBlob = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the image could not be encoded'))), 'image/png'),
  );
