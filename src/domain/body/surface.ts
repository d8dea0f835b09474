// Queries on the body surface: the closest point of the skin to a point (with its triangle and
// barycentric coordinates), and a ray cast from outside. A uniform grid over the triangles keeps
// both fast enough to resolve the whole atlas in well under a second.
import type { BodySurface, Vec3 } from './frame.ts';
import { nth } from '../checked.ts';

export interface SurfaceHit {
  triangle: number;
  /** barycentric weights of the triangle's three vertices */
  barycentric: Vec3;
  position: Vec3;
  distance: number;
}

export interface SurfaceIndex {
  surface: BodySurface;
  cell: number;
  cells: Map<number, number[]>;
  min: Vec3;
  dims: Vec3;
}

export function indexSurface(surface: BodySurface, cell = 0.02): SurfaceIndex {
  const p = surface.positions;
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, nth(p, i + k));
      max[k] = Math.max(max[k] as number, nth(p, i + k));
    }
  }
  const dims: Vec3 = [0, 1, 2].map((k) => Math.floor(((max[k] as number) - (min[k] as number)) / cell) + 1) as Vec3;
  const cells = new Map<number, number[]>();
  const tri = surface.indices;
  for (let t = 0; t < tri.length / 3; t++) {
    const lo: Vec3 = [Infinity, Infinity, Infinity],
      hi: Vec3 = [-Infinity, -Infinity, -Infinity];
    for (let c = 0; c < 3; c++) {
      const v = nth(tri, t * 3 + c) * 3;
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k] as number, nth(p, v + k));
        hi[k] = Math.max(hi[k] as number, nth(p, v + k));
      }
    }
    const a = lo.map((x, k) => Math.floor((x - (min[k] as number)) / cell));
    const b = hi.map((x, k) => Math.floor((x - (min[k] as number)) / cell));
    for (let x = nth(a, 0); x <= nth(b, 0); x++)
      for (let y = nth(a, 1); y <= nth(b, 1); y++)
        for (let z = nth(a, 2); z <= nth(b, 2); z++) {
          const key = (x * dims[1] + y) * dims[2] + z;
          const list = cells.get(key);
          if (list) list.push(t);
          else cells.set(key, [t]);
        }
  }
  return { surface, cell, cells, min, dims };
}

// (module level, not closures made on every call: these run for every triangle the queries visit)
const sub = (u: Vec3, v: Vec3): Vec3 => [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
const dot = (u: Vec3, v: Vec3) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];

/** The grid cell of a point: three integers. */
function cellOf(p: Vec3, min: Vec3, cell: number): Vec3 {
  return [Math.floor((p[0] - min[0]) / cell), Math.floor((p[1] - min[1]) / cell), Math.floor((p[2] - min[2]) / cell)];
}

function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): { point: Vec3; bary: Vec3 } {
  // Ericson, Real-Time Collision Detection, 5.1.5
  const ab = sub(b, a),
    ac = sub(c, a),
    ap = sub(p, a);
  const d1 = dot(ab, ap),
    d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return { point: a, bary: [1, 0, 0] };
  const bp = sub(p, b);
  const d3 = dot(ab, bp),
    d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return { point: b, bary: [0, 1, 0] };
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return { point: [a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v], bary: [1 - v, v, 0] };
  }
  const cp = sub(p, c);
  const d5 = dot(ab, cp),
    d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return { point: c, bary: [0, 0, 1] };
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return { point: [a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w], bary: [1 - w, 0, w] };
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return { point: [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w], bary: [0, 1 - w, w] };
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom,
    w = vc * denom;
  return { point: [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w], bary: [1 - v - w, v, w] };
}

export function triangleVertices(surface: BodySurface, triangle: number): [Vec3, Vec3, Vec3] {
  const p = surface.positions,
    ix = surface.indices;
  // one check for the triangle (its three indices) and one for its highest vertex, then plain reads
  const a = nth(ix, triangle * 3 + 2) * 3,
    b = ix[triangle * 3]! * 3,
    c = ix[triangle * 3 + 1]! * 3;
  nth(p, Math.max(a, b, c) + 2);
  return [
    [p[b]!, p[b + 1]!, p[b + 2]!],
    [p[c]!, p[c + 1]!, p[c + 2]!],
    [p[a]!, p[a + 1]!, p[a + 2]!],
  ];
}

/** The closest point of the skin to p; searches outward ring by ring until a hit cannot improve. */
export function closestPoint(index: SurfaceIndex, p: Vec3, accept?: (triangle: number) => boolean): SurfaceHit | null {
  const { cell, cells, min, dims } = index;
  const [cx, cy, cz] = cellOf(p, min, cell);
  let best: SurfaceHit | null = null;
  const seen = new Set<number>();
  for (let ring = 0; ring < 40; ring++) {
    if (best && best.distance < (ring - 1) * cell) break;
    for (let x = cx - ring; x <= cx + ring; x++)
      for (let y = cy - ring; y <= cy + ring; y++)
        for (let z = cz - ring; z <= cz + ring; z++) {
          const onShell = Math.max(Math.abs(x - cx), Math.abs(y - cy), Math.abs(z - cz)) === ring;
          if (!onShell || x < 0 || y < 0 || z < 0 || x >= dims[0] || y >= dims[1] || z >= dims[2]) continue;
          for (const t of cells.get((x * dims[1] + y) * dims[2] + z) ?? []) {
            if (seen.has(t)) continue;
            seen.add(t);
            if (accept && !accept(t)) continue;
            const [a, b, cc] = triangleVertices(index.surface, t);
            const hit = closestOnTriangle(p, a, b, cc);
            const d = Math.hypot(hit.point[0] - p[0], hit.point[1] - p[1], hit.point[2] - p[2]);
            if (!best || d < best.distance) best = { triangle: t, barycentric: hit.bary, position: hit.point, distance: d };
          }
        }
  }
  return best;
}

/** The surface normal at a hit, interpolated from the vertex normals. */
export function normalAt(surface: BodySurface, triangle: number, bary: Vec3): Vec3 {
  const n = surface.normals;
  const out: Vec3 = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const v = nth(surface.indices, triangle * 3 + c) * 3;
    for (let k = 0; k < 3; k++) out[k] = (out[k] as number) + nth(n, v + k) * (bary[c] as number);
  }
  const len = Math.hypot(...out) || 1;
  return [out[0] / len, out[1] / len, out[2] / len];
}

/** The first place a ray meets the skin (from outside the body, or from inside outward). */
export function castRay(index: SurfaceIndex, origin: Vec3, dir: Vec3, maxDistance = 3, accept?: (triangle: number) => boolean): SurfaceHit | null {
  const { cell, cells, min, dims } = index;
  const seen = new Set<number>();
  let best: SurfaceHit | null = null;
  const step = cell * 0.5;
  for (let t = 0; t <= maxDistance; t += step) {
    if (best && best.distance < t - cell * 2) break;
    const p: Vec3 = [origin[0] + dir[0] * t, origin[1] + dir[1] * t, origin[2] + dir[2] * t];
    const [cx, cy, cz] = cellOf(p, min, cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          const x = cx + dx,
            y = cy + dy,
            z = cz + dz;
          if (x < 0 || y < 0 || z < 0 || x >= dims[0] || y >= dims[1] || z >= dims[2]) continue;
          for (const tri of cells.get((x * dims[1] + y) * dims[2] + z) ?? []) {
            if (seen.has(tri)) continue;
            seen.add(tri);
            if (accept && !accept(tri)) continue;
            const hit = rayTriangle(origin, dir, ...triangleVertices(index.surface, tri));
            if (hit && hit.t >= 0 && hit.t <= maxDistance && (!best || hit.t < best.distance)) {
              best = {
                triangle: tri,
                barycentric: [1 - hit.u - hit.v, hit.u, hit.v],
                position: [origin[0] + dir[0] * hit.t, origin[1] + dir[1] * hit.t, origin[2] + dir[2] * hit.t],
                distance: hit.t,
              };
            }
          }
        }
  }
  return best;
}

function rayTriangle(o: Vec3, d: Vec3, a: Vec3, b: Vec3, c: Vec3): { t: number; u: number; v: number } | null {
  // Möller–Trumbore, both faces
  const e1: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]],
    e2: Vec3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const p: Vec3 = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]];
  const det = e1[0] * p[0] + e1[1] * p[1] + e1[2] * p[2];
  if (Math.abs(det) < 1e-12) return null;
  const inv = 1 / det;
  const s: Vec3 = [o[0] - a[0], o[1] - a[1], o[2] - a[2]];
  const u = (s[0] * p[0] + s[1] * p[1] + s[2] * p[2]) * inv;
  if (u < 0 || u > 1) return null;
  const q: Vec3 = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]];
  const v = (d[0] * q[0] + d[1] * q[1] + d[2] * q[2]) * inv;
  if (v < 0 || u + v > 1) return null;
  return { t: (e2[0] * q[0] + e2[1] * q[1] + e2[2] * q[2]) * inv, u, v };
}
