import { describe, expect, it } from 'vitest';
import { isSpinalSegment, segmentId, segmentsAround, segmentsAtAndBelow, skinAreaId, spinalSegments } from '../../src/domain/neuro/segments.ts';

describe('spinal segments', () => {
  it('are the 28 ISNCSCI sensory levels: 7 cervical from C2, 12 thoracic, 5 lumbar, S1-S3 and S4-5', () => {
    expect(spinalSegments).toHaveLength(28);
    expect(spinalSegments.filter((s) => s.startsWith('C'))).toHaveLength(7);
    expect(spinalSegments.filter((s) => s.startsWith('T'))).toHaveLength(12);
    expect(spinalSegments.filter((s) => s.startsWith('L'))).toHaveLength(5);
    expect(spinalSegments.at(-1)).toBe('S4-5');
  });
  it('answer level queries head to tail', () => {
    expect(segmentsAtAndBelow('L4')).toEqual(['L4', 'L5', 'S1', 'S2', 'S3', 'S4-5']);
    expect(segmentsAtAndBelow('T6')).toHaveLength(28 - 12);
    expect(segmentsAround('T1', 2, 1)).toEqual(['C7', 'C8', 'T1', 'T2']);
    expect(segmentsAround('C2', 2, 0)).toEqual(['C2']);
  });
  it('parse ids and tell spinal segments from the trigeminal areas', () => {
    expect(segmentId.safeParse('T13').success).toBe(false);
    expect(skinAreaId.safeParse('V2').success).toBe(true);
    expect(isSpinalSegment('V2')).toBe(false);
    expect(isSpinalSegment('S4-5')).toBe(true);
  });
});
