// The edges of the shared topology, numbered alike in the build and in the browser: in the order
// of their ends. The map labels the middle of every edge as well as every vertex,
// because the mesh's rows on the back lie about as far apart as a thoracic band is wide (2.3 cm
// against 2.5): on the vertices alone a band there could be one broken row or none, and the
// overlay draws each triangle as four from these middles (areaMesh.ts).
import { nth } from '../../../domain/checked.ts';

export interface MeshEdges {
  count: number;
  /** per triangle corner (t * 3 + k): the edge from corner k to corner k + 1 */
  ofCorner: Int32Array;
  /** the two vertices of each edge, the smaller first */
  ends: Int32Array;
}

export function meshEdges(indices: ArrayLike<number>): MeshEdges {
  // vertex indices stay far below 2^21, so an edge's key (smaller end, larger end) is exact in a
  // double; the edges are numbered in the order of their keys, so a mesh whose triangles come in
  // another order (the browser's copy of the body) numbers them alike
  const key = (t: number, k: number) => {
    const a = nth(indices, t + k),
      b = nth(indices, t + ((k + 1) % 3));
    return Math.min(a, b) * 2_097_152 + Math.max(a, b);
  };
  const keys = new Set<number>();
  for (let t = 0; t + 2 < indices.length; t += 3) for (let k = 0; k < 3; k++) keys.add(key(t, k));
  const sorted = Float64Array.from(keys).sort();
  const byKey = new Map<number, number>();
  const ends = new Int32Array(sorted.length * 2);
  sorted.forEach((k, e) => {
    byKey.set(k, e);
    ends[e * 2] = Math.floor(k / 2_097_152);
    ends[e * 2 + 1] = k % 2_097_152;
  });
  const ofCorner = new Int32Array(indices.length);
  for (let t = 0; t + 2 < indices.length; t += 3) for (let k = 0; k < 3; k++) ofCorner[t + k] = byKey.get(key(t, k)) ?? -1;
  return { count: sorted.length, ofCorner, ends };
}
