// What the injury panel and the dermatome overlay read from the store (the panel derives its lists
// from these with the pure functions of domain/injury.ts, memoised on its inputs).
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { AtlasState } from '../../../state/store.ts';
import { areaOfPoint } from '../../dermatomes/domain/mapFile.ts';
import { injuryEmphasis, pointAreas, type Emphasis, type PointArea } from '../domain/injury.ts';

/**
 * The skin area of every point and every member of a point on the body shown (the left side's),
 * from its placed locations and the dermatome map (each member's area as the build measured it
 * at its place); null until both are loaded.
 * Memoised on the two inputs.
 */
let areasMemo: { locations: AtlasState['locations']; map: AtlasState['dermatomeMap']; areas: PointArea[] } | null = null;
export function selectPointAreas(s: AtlasState): readonly PointArea[] | null {
  const map = s.dermatomeMap;
  if (!map || s.locations.length === 0) return null;
  if (areasMemo?.locations !== s.locations || areasMemo.map !== map) {
    areasMemo = { locations: s.locations, map, areas: pointAreas(s.locations, (l) => areaOfPoint(map, l.code, l.index)) };
  }
  return areasMemo.areas;
}

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
