// The injury level in the store: the level and grade (kept in the link), and the scalp and ear
// zones used in spinal cord injury, loaded when a level is first chosen.
import type { SegmentId } from '../../../domain/neuro/segments.ts';
import type { Slice } from '../../../state/slices/types.ts';
import type { AisGrade } from '../domain/injury.ts';
import type { SciZone } from '../domain/sciZones.ts';
import type { Modality, SensoryExam, SensoryScore, Side } from '../domain/sensoryExam.ts';
import { readSavedExam, saveExam } from './examStorage.ts';

export interface InjurySlice {
  injuryLevel: SegmentId | null;
  injuryGrade: AisGrade | null;
  /** the zones of data/neuro/sci-zones.json; null until loaded */
  sciZones: readonly SciZone[] | null;
  /** choosing no level forgets the grade too: a grade says nothing without a level */
  setInjury: (level: SegmentId | null, grade?: AisGrade | null) => void;
  setInjuryGrade: (grade: AisGrade | null) => void;
  setSciZones: (zones: readonly SciZone[]) => void;
  /** the ISNCSCI sensory examination entered (kept on the device: examStorage.ts) */
  sensoryExam: SensoryExam;
  setSensoryScore: (side: Side, modality: Modality, segment: SegmentId, score: SensoryScore | null) => void;
  clearSensoryExam: () => void;
}

export const createInjurySlice: Slice<InjurySlice> = (set, get) => ({
  injuryLevel: null,
  injuryGrade: null,
  sciZones: null,
  setInjury: (injuryLevel, grade) => set({ injuryLevel, injuryGrade: injuryLevel ? (grade === undefined ? get().injuryGrade : grade) : null }),
  setInjuryGrade: (injuryGrade) => set({ injuryGrade }),
  setSciZones: (sciZones) => set({ sciZones }),
  sensoryExam: readSavedExam(),
  setSensoryScore: (side, modality, segment, score) => {
    const before = get().sensoryExam;
    const scores = { ...before[side][modality] };
    if (score) scores[segment] = score;
    else delete scores[segment];
    const sensoryExam = { ...before, [side]: { ...before[side], [modality]: scores } };
    saveExam(sensoryExam);
    set({ sensoryExam });
  },
  clearSensoryExam: () => {
    const sensoryExam = { right: { lt: {}, pp: {} }, left: { lt: {}, pp: {} } };
    saveExam(sensoryExam);
    set({ sensoryExam });
  },
});
