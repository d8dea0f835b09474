import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { nth } from '../../src/domain/checked.ts';

export const shotsDir = 'test-results/screenshots';
mkdirSync(shotsDir, { recursive: true });

/** Collects console errors and page errors; call the returned function to assert there were none. */
export function watchConsole(page: Page): () => void {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return () => expect(errors, errors.join('\n')).toEqual([]);
}

export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

export async function waitForCamera(page: Page): Promise<void> {
  // camera transitions take about a second; reduced motion makes them instant
  await page.waitForTimeout(1200);
}

/** Share of the canvas's pixels that differ from its background colour (the body and markers). */
export async function drawnFraction(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('.viewport canvas').screenshot());
  // the background is the most common colour
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (nth(png.data, i) << 16) | (nth(png.data, i + 1) << 8) | nth(png.data, i + 2);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const bg = [(top >> 16) & 255, (top >> 8) & 255, top & 255];
  let differing = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs(nth(png.data, i) - bg[0]!) + Math.abs(nth(png.data, i + 1) - bg[1]!) + Math.abs(nth(png.data, i + 2) - bg[2]!);
    if (d > 30) differing++;
  }
  return differing / (png.width * png.height);
}

/**
 * How many pixels differ between two screenshots, over the area they share (a canvas can change
 * size between them when the layout around it changes, e.g. a protocol's note above the ear).
 */
export function changedPixels(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a),
    pb = PNG.sync.read(b);
  const width = Math.min(pa.width, pb.width),
    height = Math.min(pa.height, pb.height);
  let n = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * pa.width + x) * 4,
        j = (y * pb.width + x) * 4;
      const d =
        Math.abs(nth(pa.data, i) - nth(pb.data, j)) + Math.abs(nth(pa.data, i + 1) - nth(pb.data, j + 1)) + Math.abs(nth(pa.data, i + 2) - nth(pb.data, j + 2));
      if (d > 30) n++;
    }
  }
  return n;
}

/** How many pixels of a screenshot lie within `tolerance` (sum of the channels' differences) of a `#rrggbb` colour. */
export function pixelsNear(shot: Buffer, hex: string, tolerance = 40): number {
  const png = PNG.sync.read(shot);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(nth(png.data, i) - r!) + Math.abs(nth(png.data, i + 1) - g!) + Math.abs(nth(png.data, i + 2) - b!) <= tolerance) n++;
  }
  return n;
}
