// The hm08 topology is left-right symmetric: every vertex has a twin across the midline (itself
// for midline vertices). Found geometrically on the posed body, with a spatial hash.
import type { BodySurface } from './frame.ts';
import { nth } from '../checked.ts';

export function mirrorMap(surface: BodySurface, cell = 0.01): Int32Array {
  const p = surface.positions;
  const n = p.length / 3;
  const key = (x: number, y: number, z: number): string => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  const grid = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = key(nth(p, i * 3), nth(p, i * 3 + 1), nth(p, i * 3 + 2));
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  }
  const twin = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = -nth(p, i * 3),
      y = nth(p, i * 3 + 1),
      z = nth(p, i * 3 + 2);
    const cx = Math.floor(x / cell),
      cy = Math.floor(y / cell),
      cz = Math.floor(z / cell);
    let best = -1,
      bestD = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          for (const j of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            const d = (nth(p, j * 3) - x) ** 2 + (nth(p, j * 3 + 1) - y) ** 2 + (nth(p, j * 3 + 2) - z) ** 2;
            if (d < bestD) {
              bestD = d;
              best = j;
            }
          }
        }
    twin[i] = best;
  }
  return twin;
}
