// Pure selectors of the dermatome map: the selected area, the points in an area, and the emphasis
// the overlay shades (the seam for the injury level: the areas at and below a level).
import { skinAreaId, type SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { AtlasState } from '../../../state/store.ts';

/** The selected dermatome's id, when the one selection is a dermatome. */
export const selectedDermatome = (s: Pick<AtlasState, 'selection'>): SkinAreaId | null =>
  s.selection?.system === 'dermatomes' ? (skinAreaId.safeParse(s.selection.id).data ?? null) : null;

/**
 * The areas the overlay draws in full, the others faded; null: every area in full. Nothing sets
 * it yet: the injury level (issue 17, item 3) will return the segments at and below the chosen level.
 */
export const selectDermatomeEmphasis = (_s: AtlasState): ReadonlySet<SkinAreaId> | null => null;

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
