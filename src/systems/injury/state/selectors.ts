// What the injury panel and the dermatome overlay read, derived from the store by pure selectors.
import { isSpinalSegment, type SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { AtlasState } from '../../../state/store.ts';
import { affectedSegments, injuryEmphasis, jiajiFor, pointsInSegments, zonesForLevel, type Emphasis } from '../domain/injury.ts';

/**
 * Each point's dermatome on the body shown (point code -> skin area), from the dermatome map.
 * GLUE: the dermatome map's store field (`pointDermatomes`) is not in this branch; point this at
 * it (`(s) => s.pointDermatomes`) and the panel lists the points in each affected dermatome.
 */
export const selectPointDermatomes = (s: AtlasState): ReadonlyMap<string, SkinAreaId> | null =>
  (s as Partial<{ pointDermatomes: ReadonlyMap<string, SkinAreaId> | null }>).pointDermatomes ?? null;

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

/** The Jiaji members (EX-B2's labels) for the level chosen; null without a level or before the records load. */
export function selectInjuryJiaji(s: AtlasState): { members: string[]; nearest: boolean } | null {
  const labels = s.records?.get('EX-B2')?.members?.map((m) => m.label);
  return s.injuryLevel && labels ? jiajiFor(s.injuryLevel, labels) : null;
}

export const selectAffectedSegments = (s: AtlasState) => (s.injuryLevel ? affectedSegments(s.injuryLevel) : []);

export const selectInjuryZones = (s: AtlasState) => (s.injuryLevel && s.sciZones ? zonesForLevel(s.sciZones, s.injuryLevel) : null);

export const selectInjuryPoints = (s: AtlasState) => {
  const map = selectPointDermatomes(s);
  return s.injuryLevel ? pointsInSegments(map, affectedSegments(s.injuryLevel).filter(isSpinalSegment)) : null;
};
