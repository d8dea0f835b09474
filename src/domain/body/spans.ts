// The WHO proportional (B-cun) spans between landmarks, and their lengths on a body.
import { z } from '../schema/zodMini.ts';
import type { Vec3 } from './frame.ts';
import type { PlacedLandmark } from './landmarks.ts';
import { castRay, type SurfaceIndex } from './surface.ts';
import { add, dot, norm, scale, sub } from './vec.ts';
import { pathLength } from './walk.ts';

export const cunSpanSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  region: z.string(),
  from: z.string(),
  to: z.string(),
  cun: z.number().check(z.positive()),
  direction: z.enum(['longitudinal', 'transverse']),
  /** how the span is measured: straight chord, horizontal or vertical component, or along the skin */
  measure: z.enum(['straight', 'horizontal', 'vertical', 'surface']),
  /** for spans measured over the skin: the way the path bulges (superior: over the vertex; posterior: round the back of the head) */
  via: z.optional(z.enum(['superior', 'posterior', 'anterior'])),
  /** why a span is measured differently from the standard's wording */
  note: z.optional(z.string()),
});
export type CunSpan = z.infer<typeof cunSpanSchema>;
export const cunSpanFileSchema = z.object({ source: z.string(), spans: z.array(cunSpanSchema).check(z.minLength(1)) });

export interface MeasuredSpan extends CunSpan {
  lengthM: number;
  /** metres per cun on this body (per side for bilateral spans: measured on the left) */
  cunM: number;
  fromPosition: Vec3;
  toPosition: Vec3;
}

/** Landmark keys in spans may name a side (nipple_left); bilateral ones without a side use the left. */
export function findLandmark(landmarks: readonly PlacedLandmark[], key: string): PlacedLandmark | undefined {
  return landmarks.find((l) => l.key === key) ?? landmarks.find((l) => l.key === `${key}_left`);
}

/**
 * The length over the skin from a to b, in the plane through both that holds `via` (the way the
 * path bulges: over the vertex, round the back of the head). Rays from outside the body toward the
 * chord's midpoint meet the outermost skin, so the path follows the arc and never dips into a
 * cavity (the mouth) as a nearest-skin projection of the chord would.
 */
export function arcOverSkin(index: SurfaceIndex, a: Vec3, b: Vec3, via: Vec3, steps = 96): Vec3[] {
  const c = scale(add(a, b), 0.5);
  const half = Math.hypot(...sub(b, a)) / 2;
  const ab = norm(sub(b, a));
  const up = norm(sub(via, scale(ab, dot(via, ab))));
  const path: Vec3[] = [a];
  for (let i = 1; i < steps; i++) {
    const angle = (Math.PI * i) / steps;
    const dir = add(scale(ab, -Math.cos(angle)), scale(up, Math.sin(angle)));
    const outside = add(c, scale(dir, half + 0.5));
    const hit = castRay(index, outside, scale(dir, -1), half + 0.5);
    if (hit) path.push(hit.position);
  }
  path.push(b);
  return path;
}

export function measureSpan(span: CunSpan, landmarks: readonly PlacedLandmark[], index: SurfaceIndex): MeasuredSpan {
  const from = findLandmark(landmarks, span.from);
  const to = findLandmark(landmarks, span.to);
  if (!from || !to) throw new Error(`cun span ${span.id}: unknown landmark ${from ? span.to : span.from}`);
  const a = from.position,
    b = to.position;
  let lengthM: number;
  switch (span.measure) {
    case 'straight':
      lengthM = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
      break;
    case 'horizontal':
      lengthM = Math.hypot(b[0] - a[0], b[2] - a[2]);
      break;
    case 'vertical':
      lengthM = Math.abs(b[1] - a[1]);
      break;
    case 'surface': {
      const via: Vec3 = span.via === 'posterior' ? [0, 0, -1] : span.via === 'anterior' ? [0, 0, 1] : [0, 1, 0];
      lengthM = pathLength(arcOverSkin(index, a, b, via));
      break;
    }
  }
  return { ...span, lengthM, cunM: lengthM / span.cun, fromPosition: a, toPosition: b };
}
