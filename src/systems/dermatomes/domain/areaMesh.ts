// The overlay's mesh with crisp borders between areas. Vertex colours on the shared (indexed)
// surface blend across every triangle that straddles a border, and the body's triangles are big,
// so neighbouring bands smeared into each other. Here each triangle is drawn on its own: one whose
// corners share an area stays one triangle; one that straddles a border is cut into three
// quarters-of-a-kite, one per corner (the corner, the middles of its two edges and the middle of
// the triangle), each in its corner's area. The border then runs through the middles of the
// edges, a line with no gradient, and every vertex still shows the area it belongs to. Given the
// area at the middle of every edge too (edges.ts), each triangle is first split into four at those
// middles, which halves the steps of every border.
import { nth } from '../../../domain/checked.ts';
import type { MeshEdges } from './edges.ts';

export interface AreaMesh {
  /** x, y, z per drawn vertex (not shared between triangles) */
  positions: Float32Array;
  normals: Float32Array;
  /** per drawn vertex: the index of its area (in the map's `areas`) */
  area: Uint16Array;
  /** per drawn vertex: 1 in a triangle that straddles a border (the pale, uncertain band) */
  border: Uint8Array;
}

type V3 = [number, number, number];

export function areaMesh(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  indices: ArrayLike<number>,
  vertexArea: readonly number[],
  middles?: { edges: MeshEdges; edgeArea: readonly number[] },
): AreaMesh {
  const pos = (v: number): V3 => [nth(positions, v * 3), nth(positions, v * 3 + 1), nth(positions, v * 3 + 2)];
  const nor = (v: number): V3 => [nth(normals, v * 3), nth(normals, v * 3 + 1), nth(normals, v * 3 + 2)];
  // every triangle to draw, with its corners' places, normals and areas: the mesh's own, or each
  // split into four at the middles of its edges
  const eachTriangle = (draw: (P: V3[], N: V3[], A: number[]) => void) => {
    for (let t = 0; t + 2 < indices.length; t += 3) {
      const vs = [nth(indices, t), nth(indices, t + 1), nth(indices, t + 2)];
      const P = vs.map(pos),
        N = vs.map(nor),
        A = vs.map((v) => nth(vertexArea, v));
      if (!middles) {
        draw(P, N, A);
        continue;
      }
      // a triangle whose corners and middles all share one area stays whole (most of the skin)
      const middleAreas = [0, 1, 2].map((k) => nth(middles.edgeArea, nth(middles.edges.ofCorner, t + k)));
      if (A.every((a) => a === A[0]) && middleAreas.every((a) => a === A[0])) {
        draw(P, N, A);
        continue;
      }
      const mid = (k: number) => {
        const next = (k + 1) % 3;
        return {
          p: avg([nth(P, k), nth(P, next)], false),
          n: avg([nth(N, k), nth(N, next)], true),
          a: nth(middleAreas, k),
        };
      };
      const m01 = mid(0),
        m12 = mid(1),
        m20 = mid(2);
      const [p0, p1, p2] = P as [V3, V3, V3];
      const [n0, n1, n2] = N as [V3, V3, V3];
      const [a0, a1, a2] = A as [number, number, number];
      draw([p0, m01.p, m20.p], [n0, m01.n, m20.n], [a0, m01.a, m20.a]);
      draw([m01.p, p1, m12.p], [m01.n, n1, m12.n], [m01.a, a1, m12.a]);
      draw([m20.p, m12.p, p2], [m20.n, m12.n, n2], [m20.a, m12.a, a2]);
      draw([m01.p, m12.p, m20.p], [m01.n, m12.n, m20.n], [m01.a, m12.a, m20.a]);
    }
  };
  let count = 0;
  eachTriangle((_P, _N, A) => {
    count += A[0] === A[1] && A[1] === A[2] ? 3 : 18;
  });
  const out: AreaMesh = {
    positions: new Float32Array(count * 3),
    normals: new Float32Array(count * 3),
    area: new Uint16Array(count),
    border: new Uint8Array(count),
  };
  let n = 0;
  const emit = (p: V3, q: V3, ai: number, edge: number) => {
    out.positions.set(p, n * 3);
    out.normals.set(q, n * 3);
    out.area[n] = ai;
    out.border[n] = edge;
    n++;
  };
  eachTriangle((P, N, as) => {
    if (as[0] === as[1] && as[1] === as[2]) {
      for (let k = 0; k < 3; k++) emit(nth(P, k), nth(N, k), nth(as, k), 0);
      return;
    }
    const cp = avg(P, false),
      cn = avg(N, true);
    // each corner's share: corner, middle of the edge to the next corner, centre, middle of the edge
    // from the previous corner (two triangles, wound like the original)
    for (let k = 0; k < 3; k++) {
      const next = (k + 1) % 3,
        prev = (k + 2) % 3;
      const p0 = nth(P, k),
        n0 = nth(N, k);
      const pn = avg([p0, nth(P, next)], false),
        nn = avg([n0, nth(N, next)], true);
      const pp = avg([p0, nth(P, prev)], false),
        np = avg([n0, nth(N, prev)], true);
      const ai = nth(as, k);
      emit(p0, n0, ai, 1);
      emit(pn, nn, ai, 1);
      emit(cp, cn, ai, 1);
      emit(p0, n0, ai, 1);
      emit(cp, cn, ai, 1);
      emit(pp, np, ai, 1);
    }
  });
  return out;
}

function avg(ps: V3[], unit: boolean): V3 {
  const s: V3 = [0, 0, 0];
  for (const p of ps) for (let i = 0; i < 3; i++) s[i] = nth(s, i) + nth(p, i) / ps.length;
  const l = unit ? Math.hypot(...s) || 1 : 1;
  return [s[0] / l, s[1] / l, s[2] / l];
}
