// Pure selectors of the dermatome map: the selected area and the emphasis the overlay shades (the
// seam for the injury level: the areas at and below a level). The points in an area: pointsInArea.ts.
import { skinAreaId, type SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { AtlasState } from '../../../state/store.ts';
import { selectInjuryEmphasis } from '../../injury/state/selectors.ts';

/** The selected dermatome's id, when the one selection is a dermatome. */
export const selectedDermatome = (s: Pick<AtlasState, 'selection'>): SkinAreaId | null =>
  s.selection?.system === 'dermatomes' ? (skinAreaId.safeParse(s.selection.id).data ?? null) : null;

/**
 * The areas the overlay draws in full, the others faded; null: every area in full. With an injury
 * level chosen: its own dermatome and those it affects below it (memoised on the injury's emphasis,
 * which changes only with the level and grade).
 */
let emphasisMemo: { of: (area: SkinAreaId) => unknown; areas: ReadonlySet<SkinAreaId> } | null = null;
export function selectDermatomeEmphasis(s: AtlasState): ReadonlySet<SkinAreaId> | null {
  const injury = selectInjuryEmphasis(s);
  if (!injury) return null;
  if (emphasisMemo?.of !== injury) emphasisMemo = { of: injury, areas: new Set(skinAreaId.options.filter((a) => injury(a) !== null)) };
  return emphasisMemo.areas;
}

/** The map is drawn when switched on, and whenever an injury level is chosen (its shading is the point of the level). */
export const selectDermatomesShown = (s: AtlasState): boolean => s.showDermatomes || s.injuryLevel !== null;
