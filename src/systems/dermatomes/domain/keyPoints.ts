// The ISNCSCI key sensory points placed on a body: each segment's rule (data/dermatomes) resolved
// on both sides like a point's, so the map, the tests and the export share one placement.
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { Resolver, ResolvedLocation } from '../../../domain/resolve/resolver.ts';
import type { Dermatome } from './schema.ts';

export interface PlacedKeyPoint {
  area: SkinAreaId;
  side: 'left' | 'right';
  location: ResolvedLocation;
}

/** Every spinal segment's key sensory point on the left and the right (the examination tests both sides). */
export function placeKeyPoints(resolver: Resolver, dermatomes: readonly Dermatome[]): PlacedKeyPoint[] {
  return dermatomes.flatMap((d) =>
    d.keyPoint
      ? (['left', 'right'] as const).map((side) => ({
          area: d.id,
          side,
          location: { ...resolver.evaluateRule(d.keyPoint!.rule, `key point ${d.id}`, 'keyPoint.rule', side), code: d.id, side, index: 1 },
        }))
      : [],
  );
}
