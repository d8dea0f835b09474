// The points in a skin area on the body shown (the card's list; loaded with the card, not the first view).
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';

const pointsCache = new WeakMap<ReadonlyMap<string, SkinAreaId>, Map<SkinAreaId, string[]>>();
/** The codes of the points whose skin (on the body shown) lies in an area, in the records' order. */
export function pointsInArea(pointDermatomes: ReadonlyMap<string, SkinAreaId> | null, area: SkinAreaId): string[] {
  if (!pointDermatomes) return [];
  let byArea = pointsCache.get(pointDermatomes);
  if (!byArea) {
    byArea = new Map();
    for (const [code, a] of pointDermatomes) byArea.set(a, [...(byArea.get(a) ?? []), code]);
    pointsCache.set(pointDermatomes, byArea);
  }
  return byArea.get(area) ?? [];
}
