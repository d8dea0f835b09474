// How big a point marker is drawn, and where a ray meets it: shared by the vertex shader's sizing
// (src/systems/points/scene/PointMarkers.tsx, which does the same arithmetic on the GPU) and the
// picking, so that a pointer hits exactly the markers the user sees.
import type { Vec3 } from '../body/frame.ts';

/** Metres per CSS pixel at a depth in front of a perspective camera (projectionYY = its projection matrix's [1][1]). */
export function metresPerPixel(depth: number, projectionYY: number, viewportHeight: number): number {
  return (2 * Math.max(depth, 1e-4)) / (projectionYY * viewportHeight);
}

/**
 * The radius a marker is drawn at: its own radius, with every marker enlarged by the same factor
 * (their ratios kept: found and selected stay bigger) where a plain marker of `baseRadius` would be
 * smaller on screen than `minRadiusPx`.
 */
export function drawnRadius(radius: number, baseRadius: number, perPixel: number, minRadiusPx: number): number {
  return radius * Math.max(1, (minRadiusPx * perPixel) / baseRadius);
}

/** The distance along a ray (unit direction) to where it enters a sphere, or null if it misses. */
export function raySphere(origin: Vec3, dir: Vec3, centre: Vec3, radius: number): number | null {
  const ox = centre[0] - origin[0],
    oy = centre[1] - origin[1],
    oz = centre[2] - origin[2];
  const along = ox * dir[0] + oy * dir[1] + oz * dir[2];
  const off2 = ox * ox + oy * oy + oz * oz - along * along;
  const r2 = radius * radius;
  if (off2 > r2) return null;
  const entry = along - Math.sqrt(r2 - off2);
  if (entry >= 0) return entry;
  // the ray starts inside the sphere: it meets it on the way out
  const exit = along + Math.sqrt(r2 - off2);
  return exit >= 0 ? exit : null;
}

/** What a ray met, nearest first, as the scene's events list them. */
export interface RayHit {
  distance: number;
  /** which kind of thing: the body's skin, a point marker, or anything else */
  kind: 'body' | 'marker' | 'other';
  instanceId?: number;
}

/**
 * The marker the user sees under the pointer: the nearest marker hit, unless the skin is nearer
 * along the same ray (the depth test draws the skin over it there).
 */
export function visibleMarker(hits: readonly RayHit[]): number | null {
  let bodyDistance = Infinity;
  for (const h of hits) if (h.kind === 'body') bodyDistance = Math.min(bodyDistance, h.distance);
  let best: RayHit | null = null;
  for (const h of hits) if (h.kind === 'marker' && h.instanceId !== undefined && (!best || h.distance < best.distance)) best = h;
  return best && best.distance <= bodyDistance ? (best.instanceId ?? null) : null;
}
