// A point's needling in words, with the depth in cun and in mm on the body shown: the card and the
// print sheet say it the same way.
import { bodyVariants, type BodyVariantId } from '../../../domain/body/frame.ts';
import { formatRange } from '../../../domain/points/depth.ts';
import type { PlacedLocation } from '../../../domain/points/placement.ts';
import type { AtlasPointRecord } from '../../../domain/schema/points.ts';

/** Millimetres per B-cun on this body: the span the location's rule measures with, else height / 75. */
export function mmPerCun(location: PlacedLocation | undefined, body: BodyVariantId): number {
  const cun = location?.guide.steps.find((s) => s.unit === 'B-cun' && s.amount > 0);
  return cun ? (cun.lengthM / cun.amount) * 1000 : (bodyVariants[body].heightM / 75) * 1000;
}

/** "Perpendicular, 0.5-1 cun (about 12-25 mm on this body), toward ... ." or "Not needled." */
export function needlingText(point: AtlasPointRecord, location: PlacedLocation | undefined, body: BodyVariantId): string {
  if (!point.needling) return 'Not needled.';
  const depth = point.needling.depthCun;
  const mm = mmPerCun(location, body);
  return (
    `${point.needling.angle}, ${formatRange(depth[0], depth[1])} cun (about ${formatRange(Math.round(depth[0] * mm), Math.round(depth[1] * mm))} mm on this body)` +
    `${point.needling.direction ? `, ${point.needling.direction}` : ''}. ${point.needling.notes ?? ''}`
  ).trim();
}
