// What the injury panel and the dermatome overlay read from the store (the panel derives its lists
// from these with the pure functions of domain/injury.ts, memoised on its inputs).
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { AtlasState } from '../../../state/store.ts';
import { injuryEmphasis, type Emphasis } from '../domain/injury.ts';

/** Each point's dermatome on the body shown (point code -> skin area), from the dermatome map; null until it is loaded. */
export const selectPointDermatomes = (s: AtlasState): ReadonlyMap<string, SkinAreaId> | null => s.pointDermatomes;

/**
 * How the dermatome overlay marks a skin area for the injury chosen ('level', 'affected' or
 * nothing); null when no level is chosen. Memoised on the level and grade, so the overlay's
 * subscription sees the same function until they change.
 */
let emphasisMemo: { key: string; fn: (area: SkinAreaId) => Emphasis } | null = null;
export function selectInjuryEmphasis(s: AtlasState): ((area: SkinAreaId) => Emphasis) | null {
  if (!s.injuryLevel) return null;
  const key = `${s.injuryLevel}|${s.injuryGrade ?? ''}`;
  if (emphasisMemo?.key !== key) emphasisMemo = { key, fn: injuryEmphasis(s.injuryLevel, s.injuryGrade) };
  return emphasisMemo.fn;
}
