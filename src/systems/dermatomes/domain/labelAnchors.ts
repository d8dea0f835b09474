// Where the overlay names each area: once per connected patch of its skin on each side of the
// body (left, right) and each face of it (front, back), so a band that wraps round the trunk is
// named from the front and from the back. One label per area and side used to sit at the vertex
// nearest the area's centroid, which for a band round the trunk lies inside the body, so the label
// landed on the flank and most bands had no name from behind. The anchor is the vertex of the patch
// farthest (in edges) from its rim, nearest the patch's centroid among those: the middle of the
// band, never on its border. Patches too small to hold a name are left unnamed.
import { nth } from '../../../domain/checked.ts';

export interface LabelAnchor {
  /** index in the map's `areas` */
  area: number;
  vertex: number;
  /** vertices in the patch */
  size: number;
}

/** A patch needs this many vertices to be named: smaller ones are specks at a border, while the
 * back's thoracic bands are a single row of about 8 to 15 vertices on each side. */
export const minLabelledPatch = 6;

export function labelAnchors(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  indices: ArrayLike<number>,
  vertexArea: readonly number[],
): LabelAnchor[] {
  const count = vertexArea.length;
  // which patch key a vertex belongs to: area, side (x), face (normal z)
  const key = (v: number) => nth(vertexArea, v) * 4 + (nth(positions, v * 3) >= 0 ? 0 : 2) + (nth(normals, v * 3 + 2) >= 0 ? 0 : 1);
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let t = 0; t + 2 < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = nth(indices, t + k),
        b = nth(indices, t + ((k + 1) % 3));
      nth(neighbours, a).push(b);
      nth(neighbours, b).push(a);
    }
  const patch = new Int32Array(count).fill(-1);
  const out: LabelAnchor[] = [];
  for (let s = 0; s < count; s++) {
    if (patch[s] !== -1) continue;
    const k = key(s);
    const members = [s];
    patch[s] = s;
    for (let i = 0; i < members.length; i++)
      for (const n of nth(neighbours, nth(members, i)))
        if (patch[n] === -1 && key(n) === k) {
          patch[n] = s;
          members.push(n);
        }
    if (members.length < minLabelledPatch) continue;
    // rings inward from the rim: a breadth-first search from every vertex with a neighbour outside
    const depth = new Map<number, number>();
    let ring = members.filter((v) => nth(neighbours, v).some((n) => patch[n] !== s));
    if (ring.length === 0) ring = [...members];
    for (const v of ring) depth.set(v, 0);
    for (let d = 1; ring.length > 0; d++) {
      const next: number[] = [];
      for (const v of ring)
        for (const n of nth(neighbours, v))
          if (patch[n] === s && !depth.has(n)) {
            depth.set(n, d);
            next.push(n);
          }
      ring = next;
    }
    const c = [0, 0, 0];
    for (const v of members) for (let j = 0; j < 3; j++) c[j] = nth(c, j) + nth(positions, v * 3 + j) / members.length;
    let best = s,
      bestDepth = -1,
      bestD = Infinity;
    for (const v of members) {
      const dv = depth.get(v) ?? 0;
      const d2 = (nth(positions, v * 3) - nth(c, 0)) ** 2 + (nth(positions, v * 3 + 1) - nth(c, 1)) ** 2 + (nth(positions, v * 3 + 2) - nth(c, 2)) ** 2;
      if (dv > bestDepth || (dv === bestDepth && d2 < bestD)) [best, bestDepth, bestD] = [v, dv, d2];
    }
    out.push({ area: nth(vertexArea, s), vertex: best, size: members.length });
  }
  return out;
}
