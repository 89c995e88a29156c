// Reads a downloaded PNG back in the browser (Chromium's own decoder): its size, how much its
// pixels vary, and whether the legend's route key is there, a run of the route colour on the
// legend's white box in the lower left, where the composer draws it.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export type PngFacts = { width: number; height: number; spread: number; routeKeys: number };

/**
 * How far across a PNG the story's own colours reach (route, flows): the leftmost and rightmost
 * pixels' x and their mean as a share of the width (in the band of `rows`, shares of the height), how many tenths of the width hold some, and how many pixels (every other row
 * and column).
 */
export function storySpread(png: Buffer, colors: string[], rows: [number, number] = [0, 1]) {
  const { width, height, data } = PNG.sync.read(png);
  const targets = colors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const xs: number[] = [];
  for (let y = Math.floor(rows[0] * height); y < rows[1] * height; y += 2)
    for (let x = 0; x < width; x += 2) {
      const at = (y * width + x) * 4;
      if (targets.some((t) => t.every((v, i) => Math.abs(data[at + i]! - v) < 24))) xs.push(x / width);
    }
  // Tenths of the width with a run of the story's colour (20 pixels or more).
  const tenths = new Array<number>(10).fill(0);
  for (const x of xs) tenths[Math.min(9, Math.floor(x * 10))]!++;
  const mean = xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
  return {
    width,
    height,
    left: Math.min(1, ...xs),
    right: Math.max(0, ...xs),
    mean,
    tenths: tenths.filter((n) => n >= 20).length,
    count: xs.length,
  };
}

export function readPng(page: Page, png: Buffer, routeColor: string): Promise<PngFacts> {
  return page.evaluate(
    async ({ base64, hex }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const { width, height } = bitmap;
      const ctx = new OffscreenCanvas(width, height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, width, height).data;
      const at = (x: number, y: number) => data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3);
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < data.length; i += 4) {
        const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        sum += grey;
        squares += grey * grey;
      }
      const mean = sum / (width * height);
      const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const isRoute = (x: number, y: number) => at(x, y).every((v, i) => Math.abs(v - target[i]!) < 30);
      const isWhite = (x: number, y: number) => at(x, y).every((v) => v > 245);
      let routeKeys = 0;
      for (let y = Math.floor(height * 0.3); y < height - 12; y++) {
        let run = 0;
        for (let x = 0; x < width * 0.6; x++) {
          run = isRoute(x, y) ? run + 1 : 0;
          const mid = x - 18;
          if (run === 36 && isWhite(mid, y - 12) && isWhite(mid, y + 12)) routeKeys++;
        }
      }
      return { width, height, spread: Math.sqrt(squares / (width * height) - mean * mean), routeKeys };
    },
    { base64: png.toString('base64'), hex: routeColor },
  );
}
