// Pure selectors of the dermatome map: the selected area and the emphasis the overlay shades (the
// seam for the injury level: the areas at and below a level). The points in an area: pointsInArea.ts.
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
