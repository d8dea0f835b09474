// The hm08 topology is left-right symmetric: every vertex has a twin across the midline (itself
// for midline vertices). Found geometrically on the posed body, with a spatial hash.
import type { BodySurface } from './frame.ts';

export function mirrorMap(surface: BodySurface, cell = 0.01): Int32Array {
  const p = surface.positions;
  const n = p.length / 3;
  const key = (x: number, y: number, z: number): string => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  const grid = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = key(p[i * 3] ?? 0, p[i * 3 + 1] ?? 0, p[i * 3 + 2] ?? 0);
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  }
  const twin = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = -(p[i * 3] ?? 0), y = p[i * 3 + 1] ?? 0, z = p[i * 3 + 2] ?? 0;
    const cx = Math.floor(x / cell), cy = Math.floor(y / cell), cz = Math.floor(z / cell);
    let best = -1, bestD = Infinity;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (let dz = -1; dz <= 1; dz++) {
      for (const j of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
        const d = ((p[j * 3] ?? 0) - x) ** 2 + ((p[j * 3 + 1] ?? 0) - y) ** 2 + ((p[j * 3 + 2] ?? 0) - z) ** 2;
        if (d < bestD) { bestD = d; best = j; }
      }
    }
    twin[i] = best;
  }
  return twin;
}
