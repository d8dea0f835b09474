// Walking over the skin: small steps along a heading kept tangent to the surface and inside one
// plane, so a walk "1.5 cm posterior" or "4 cun back over the vertex" follows the body.
import type { Vec3 } from './frame.ts';
import { add, cross, dot, norm, scale, sub } from './vec.ts';
import { closestPoint, normalAt, type SurfaceIndex } from './surface.ts';
import { nth } from '../checked.ts';

/**
 * sagittal: stay at the same x (lines parallel to the midline); horizontal: stay at the same
 * height; section: stay in the plane of the heading and the skin normal where the walk starts.
 */
export type WalkPlane = 'sagittal' | 'horizontal' | 'section';

export function walkOnSurface(index: SurfaceIndex, start: Vec3, dir: Vec3, distance: number, plane: WalkPlane, stepM = 0.004): Vec3[] {
  const startHit = closestPoint(index, start);
  const n0 = startHit ? normalAt(index.surface, startHit.triangle, startHit.barycentric) : ([0, 0, 1] as Vec3);
  const crossed = cross(dir, n0);
  const planeNormal: Vec3 = plane === 'sagittal' ? [1, 0, 0] : plane === 'horizontal' ? [0, 1, 0] : norm(crossed);
  const first = startHit?.position ?? start;
  const planeOffset = dot(planeNormal, first);
  let hit = startHit;
  let p = first;
  let heading = dir;
  const path: Vec3[] = [p];
  for (let walked = 0; walked < distance - 1e-9;) {
    // one projection per step: the hit of the last step gives both the position and the normal
    const n = hit ? normalAt(index.surface, hit.triangle, hit.barycentric) : ([0, 0, 1] as Vec3);
    let tangent = sub(heading, scale(n, dot(heading, n)));
    tangent = sub(tangent, scale(planeNormal, dot(tangent, planeNormal)));
    if (Math.hypot(...tangent) < 1e-6) break;
    heading = norm(tangent);
    const s = Math.min(stepM, distance - walked);
    let next = add(p, scale(heading, s));
    next = sub(next, scale(planeNormal, dot(planeNormal, next) - planeOffset));
    hit = closestPoint(index, next);
    p = hit?.position ?? next;
    path.push(p);
    walked += s;
  }
  return path;
}

export function pathLength(path: readonly Vec3[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += Math.hypot(...sub(path[i] as Vec3, path[i - 1] as Vec3));
  return total;
}

/** The point a given distance along a path (clamped to its ends). */
export function pointAlong(path: readonly Vec3[], distance: number): Vec3 {
  let left = distance;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Vec3,
      b = path[i] as Vec3;
    const seg = Math.hypot(...sub(b, a));
    if (left <= seg) return add(a, scale(sub(b, a), seg > 0 ? left / seg : 0));
    left -= seg;
  }
  // past the end of the path: its last point (an empty path has no point: a bug upstream)
  return nth(path, path.length - 1);
}

/** The point of a path nearest a given point, with its distance along the path. */
export function nearestOnPath(path: readonly Vec3[], p: Vec3): { point: Vec3; along: number } {
  let best = { point: path[0] ?? p, along: 0 };
  let bestD = Infinity;
  let along = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Vec3,
      b = path[i] as Vec3;
    const ab = sub(b, a);
    const len2 = dot(ab, ab);
    const t = len2 > 0 ? Math.max(0, Math.min(1, dot(sub(p, a), ab) / len2)) : 0;
    const q = add(a, scale(ab, t));
    const d = Math.hypot(...sub(p, q));
    if (d < bestD) {
      bestD = d;
      best = { point: q, along: along + Math.sqrt(len2) * t };
    }
    along += Math.sqrt(len2);
  }
  return best;
}
