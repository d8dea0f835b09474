// The injury level in the store: the level and grade (kept in the link), and the scalp and ear
// zones used in spinal cord injury, loaded when a level is first chosen.
import type { SegmentId } from '../../../domain/neuro/segments.ts';
import type { Slice } from '../../../state/slices/types.ts';
import type { AisGrade } from '../domain/injury.ts';
import type { SciZone } from '../domain/sciZones.ts';

export interface InjurySlice {
  injuryLevel: SegmentId | null;
  injuryGrade: AisGrade | null;
  /** the zones of data/neuro/sci-zones.json; null until loaded */
  sciZones: readonly SciZone[] | null;
  /** choosing no level forgets the grade too: a grade says nothing without a level */
  setInjury: (level: SegmentId | null, grade?: AisGrade | null) => void;
  setInjuryGrade: (grade: AisGrade | null) => void;
  setSciZones: (zones: readonly SciZone[]) => void;
}

export const createInjurySlice: Slice<InjurySlice> = (set, get) => ({
  injuryLevel: null,
  injuryGrade: null,
  sciZones: null,
  setInjury: (injuryLevel, grade) => set({ injuryLevel, injuryGrade: injuryLevel ? (grade === undefined ? get().injuryGrade : grade) : null }),
  setInjuryGrade: (injuryGrade) => set({ injuryGrade }),
  setSciZones: (sciZones) => set({ sciZones }),
});
