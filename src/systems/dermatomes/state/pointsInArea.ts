// The points in a skin area on the body shown (the card's list; loaded with the card, not the first view).
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { DermatomeMapFile } from '../domain/mapFile.ts';

const pointsCache = new WeakMap<object, Map<SkinAreaId, string[]>>();
/**
 * The codes of the points whose skin (on the body shown) lies in an area, in the records' order; a
 * point with members (the Jiaji, Shixuan) is in every area one of its members lies in.
 */
export function pointsInArea(map: Pick<DermatomeMapFile, 'points' | 'members'> | null, area: SkinAreaId): string[] {
  if (!map) return [];
  let byArea = pointsCache.get(map);
  if (!byArea) {
    const found = new Map<SkinAreaId, Set<string>>();
    for (const [code, a] of Object.entries(map.points)) {
      for (const inArea of new Set([a, ...(map.members[code] ?? [])])) found.set(inArea, (found.get(inArea) ?? new Set()).add(code));
    }
    byArea = new Map([...found].map(([a, codes]) => [a, [...codes]]));
    pointsCache.set(map, byArea);
  }
  return byArea.get(area) ?? [];
}
