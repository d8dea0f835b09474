// The WHO proportional (B-cun) spans between landmarks, and their lengths on a body.
import { z } from 'zod';
import type { Vec3 } from './frame.ts';
import type { PlacedLandmark } from './landmarks.ts';
import { closestPoint, type SurfaceIndex } from './surface.ts';

export const cunSpanSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  region: z.string(),
  from: z.string(),
  to: z.string(),
  cun: z.number().positive(),
  direction: z.enum(['longitudinal', 'transverse']),
  /** how the span is measured: straight chord, horizontal or vertical component, or along the skin */
  measure: z.enum(['straight', 'horizontal', 'vertical', 'surface']),
  /** why a span is measured differently from the standard's wording */
  note: z.string().optional(),
});
export type CunSpan = z.infer<typeof cunSpanSchema>;
export const cunSpanFileSchema = z.object({ source: z.string(), spans: z.array(cunSpanSchema).min(1) });

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

function surfaceLength(index: SurfaceIndex, a: Vec3, b: Vec3): number {
  // Walk the chord in small steps, lifting each sample onto the skin, and add up the path.
  const steps = 48;
  let prev = a;
  let total = 0;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const chord: Vec3 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
    const hit = i === steps ? b : (closestPoint(index, chord)?.position ?? chord);
    total += Math.hypot(hit[0] - prev[0], hit[1] - prev[1], hit[2] - prev[2]);
    prev = hit;
  }
  return total;
}

export function measureSpan(span: CunSpan, landmarks: readonly PlacedLandmark[], index: SurfaceIndex): MeasuredSpan {
  const from = findLandmark(landmarks, span.from);
  const to = findLandmark(landmarks, span.to);
  if (!from || !to) throw new Error(`cun span ${span.id}: unknown landmark ${from ? span.to : span.from}`);
  const a = from.position, b = to.position;
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
    case 'surface':
      lengthM = surfaceLength(index, a, b);
      break;
  }
  return { ...span, lengthM, cunM: lengthM / span.cun, fromPosition: a, toPosition: b };
}
