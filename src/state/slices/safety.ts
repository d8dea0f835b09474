// Patient-safety mode: which of the patient's conditions are switched on. Kept in the link (so a
// shared link shows a colleague the same marks) and never on the device: this is patient data, and
// the atlas is often open on a shared computer, where the next user must not inherit it.
import { normalisePatient, type PatientCondition } from '../../domain/cautions/patient.ts';
import type { Slice } from './types.ts';

export interface SafetySlice {
  /** the switches that are on, in one order (domain/cautions/patient.ts) */
  patient: PatientCondition[];
  setPatientCondition: (condition: PatientCondition, on: boolean) => void;
  setPatient: (conditions: readonly PatientCondition[]) => void;
}

export const createSafetySlice: Slice<SafetySlice> = (set, get) => ({
  patient: [],
  setPatientCondition: (condition, on) => {
    const now = get().patient;
    if (now.includes(condition) === on) return;
    set({ patient: normalisePatient(on ? [...now, condition] : now.filter((c) => c !== condition)) });
  },
  setPatient: (conditions) => {
    const next = normalisePatient(conditions);
    if (next.join() !== get().patient.join()) set({ patient: next });
  },
});
