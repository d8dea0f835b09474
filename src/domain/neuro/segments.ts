// The spinal segments, head to tail, as the International Standards for Neurological
// Classification of Spinal Cord Injury (ISNCSCI) name their sensory levels: C2 to S4-5 (S4 and S5
// are examined as one). The dermatome map, each point's segment, the injury level and the sensory
// examination all speak in these ids, so they are defined once here.
import { z } from '../schema/zodMini.ts';

export const spinalSegments = [
  'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
  'S1', 'S2', 'S3', 'S4-5',
] as const; // prettier-ignore

export const segmentId = z.enum(spinalSegments);
export type SegmentId = z.infer<typeof segmentId>;

/**
 * The skin the spinal nerves do not supply: the face and the front of the scalp belong to the
 * trigeminal nerve's three divisions (ophthalmic, maxillary, mandibular). A map that covers the
 * whole body without gaps names them too.
 */
export const trigeminalAreas = ['V1', 'V2', 'V3'] as const;
export const skinAreaId = z.enum([...trigeminalAreas, ...spinalSegments]);
export type SkinAreaId = z.infer<typeof skinAreaId>;

export const isSpinalSegment = (id: string): id is SegmentId => (spinalSegments as readonly string[]).includes(id);

/** Head-to-tail position of a segment (C2 is 0). */
export const segmentOrder = (id: SegmentId): number => spinalSegments.indexOf(id);

/** The segment and every one below it, head to tail: what lies at and below a neurological level. */
export const segmentsAtAndBelow = (level: SegmentId): SegmentId[] => spinalSegments.slice(segmentOrder(level));

/** The segments from `above` segments above the level to `below` below it, clipped at C2 and S4-5. */
export function segmentsAround(level: SegmentId, above: number, below: number): SegmentId[] {
  const at = segmentOrder(level);
  return spinalSegments.slice(Math.max(0, at - above), Math.min(spinalSegments.length, at + below + 1));
}
