import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';

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
    const key = ((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const bg = [(top >> 16) & 255, (top >> 8) & 255, top & 255];
  let differing = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs((png.data[i] ?? 0) - bg[0]!) + Math.abs((png.data[i + 1] ?? 0) - bg[1]!) + Math.abs((png.data[i + 2] ?? 0) - bg[2]!);
    if (d > 30) differing++;
  }
  return differing / (png.width * png.height);
}

/** How many pixels differ between two screenshots of the same size. */
export function changedPixels(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a), pb = PNG.sync.read(b);
  let n = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d = Math.abs((pa.data[i] ?? 0) - (pb.data[i] ?? 0)) + Math.abs((pa.data[i + 1] ?? 0) - (pb.data[i + 1] ?? 0)) + Math.abs((pa.data[i + 2] ?? 0) - (pb.data[i + 2] ?? 0));
    if (d > 30) n++;
  }
  return n;
}
