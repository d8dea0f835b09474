// Patient-safety mode, pure: the conditions a practitioner can switch on for the patient in front
// of them, and which of a record's cautions apply to that patient (and, for a set's item, to the
// technique used). The switches are the caution kinds that describe the patient rather than the
// place (pregnancy, bleeding, implanted devices, infection and broken or poorly healing skin): the
// list follows the kinds the data carries (a unit test holds each to at least one record), so no
// switch promises a check the data cannot make. Organ, general and red-flag cautions concern every
// patient and are always shown on the cards.
import { z } from '../schema/zodMini.ts';
import { linkKey } from '../link/keys.ts';
import { byGrade, type Caution, type CautionGrade, type CautionKind, type CautionModality } from '../schema/cautions.ts';

export const patientConditions = ['pregnancy', 'bleeding', 'implanted-device', 'infection'] as const satisfies readonly CautionKind[];
export type PatientCondition = (typeof patientConditions)[number];
export const patientConditionSchema = z.enum(patientConditions);

/** The switches' words, as the practitioner reads them. */
export const patientConditionLabels: Record<PatientCondition, string> = {
  pregnancy: 'Pregnant',
  bleeding: 'Bleeding disorder or anticoagulants',
  'implanted-device': 'Pacemaker or implanted device',
  infection: 'Infection, broken skin or poor healing (e.g. diabetic feet)',
};
/** Short words for the banner and the marks ("pregnancy, pacemaker"). */
export const patientConditionShort: Record<PatientCondition, string> = {
  pregnancy: 'pregnancy',
  bleeding: 'bleeding risk',
  'implanted-device': 'pacemaker or implant',
  infection: 'infection or poor healing',
};

/** The switches that are on, each once, in the order of `patientConditions` (one spelling per patient, for the link). */
export function normalisePatient(conditions: Iterable<PatientCondition>): PatientCondition[] {
  const on = new Set(conditions);
  return patientConditions.filter((c) => on.has(c));
}

export const isPatientCondition = (kind: CautionKind): kind is PatientCondition => (patientConditions as readonly string[]).includes(kind);

/** The technique an item is used with (a set item's), or `any` for every technique. */
export type Technique = CautionModality;

/**
 * Whether a caution given for `modality` applies when the point is treated with `technique`
 * (no technique: the practitioner has not said, so every caution does). Electro-acupuncture and
 * bloodletting pierce the skin with needles, so a needling caution applies to them too.
 */
export function modalityApplies(modality: CautionModality, technique?: Technique): boolean {
  if (technique === undefined || technique === 'any' || modality === 'any' || modality === technique) return true;
  return modality === 'needle' && (technique === 'electro' || technique === 'bloodletting');
}

/** A caution that applies to this patient, with the switch that makes it apply and why, in words. */
export type PatientCaution = Caution & {
  /** the patient's condition it is about */
  because: PatientCondition;
  /** why it applies, in words: the switch and the caution's own note */
  reason: string;
};

/**
 * The cautions of a record that apply to a patient (by kind: the switches that are on; by
 * modality: the technique, when one is given), strongest grade first, each with its reason.
 */
export function cautionsForPatient(cautions: readonly Caution[], patient: readonly PatientCondition[], technique?: Technique): PatientCaution[] {
  if (patient.length === 0) return [];
  const applying: PatientCaution[] = [];
  for (const c of cautions) {
    if (!isPatientCondition(c.kind) || !patient.includes(c.kind) || !modalityApplies(c.modality, technique)) continue;
    applying.push({ ...c, because: c.kind, reason: `${patientConditionLabels[c.kind]}: ${c.note}` });
  }
  return byGrade(applying);
}

/** The strongest grade among the cautions that apply to the patient; null when none does. */
export function strongestPatientGrade(cautions: readonly Caution[], patient: readonly PatientCondition[], technique?: Technique): CautionGrade | null {
  // (strongest first)
  return cautionsForPatient(cautions, patient, technique)[0]?.grade ?? null;
}

/** The grades that mark an item as affected (a note is worth knowing; the cards show it, the marks do not). */
export const warningGrade = (grade: CautionGrade | null | undefined): grade is Exclude<CautionGrade, 'note'> =>
  grade === 'contraindicated' || grade === 'caution';

/**
 * The link key of the switches: `patient=pregnancy,implanted-device`. A value naming a condition
 * the atlas does not know is malformed (ignored and reported); written in one order.
 */
export const patientLinkKey = linkKey(
  z.pipe(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((raw: string) => raw.split(',')),
      ),
      z.array(patientConditionSchema).check(z.minLength(1)),
    ),
    z.transform((conditions: PatientCondition[]) => normalisePatient(conditions)),
  ),
  (conditions) => normalisePatient(conditions).join(','),
);

/**
 * The cautions a sheet for this patient lists: every caution while no switch is on; else those
 * that concern every patient (organs beneath, general, red flags) and those of the switches that
 * are on, leaving out the ones about conditions the patient does not have (`left` says how many,
 * so the sheet can say so), strongest first.
 */
export function cautionsForSheet(cautions: readonly Caution[], patient: readonly PatientCondition[]): { shown: Caution[]; left: number } {
  if (patient.length === 0) return { shown: byGrade(cautions), left: 0 };
  const shown = cautions.filter((c) => !isPatientCondition(c.kind) || patient.includes(c.kind));
  return { shown: byGrade(shown), left: cautions.length - shown.length };
}

/**
 * Cautions that come with a technique wherever it is used, not with a place: a set's item treated
 * with electro-acupuncture or bloodletting carries them whatever its own record says (the records
 * name these only where their sources recommend the technique, e.g. MS1 and MS5 for electro).
 */
export const techniqueCautions: Partial<Record<Technique, readonly Caution[]>> = {
  electro: [
    {
      grade: 'contraindicated',
      kind: 'implanted-device',
      modality: 'electro',
      note: 'No electrical stimulation for a patient with a pacemaker, defibrillator or other implanted electrical device: the current can disturb it.',
      source: 'British Medical Acupuncture Society, electroacupuncture safety guidance',
    },
  ],
  bloodletting: [
    {
      grade: 'contraindicated',
      kind: 'bleeding',
      modality: 'bloodletting',
      note: 'No bloodletting for a patient with a bleeding disorder or on anticoagulant medicine: the prick may not stop bleeding.',
      source: 'WHO Guidelines on Basic Training and Safety in Acupuncture (1999)',
    },
  ],
};

/** A record's cautions and, when the item is used with a technique, the technique's own. */
export function withTechniqueCautions(recordCautions: readonly Caution[], technique?: Technique): readonly Caution[] {
  return technique ? [...recordCautions, ...(techniqueCautions[technique] ?? [])] : recordCautions;
}

/** The cautions that apply to a set's item for this patient: its record's and its technique's, strongest first. */
export function itemCautionsForPatient(recordCautions: readonly Caution[], patient: readonly PatientCondition[], technique?: Technique): PatientCaution[] {
  return cautionsForPatient(withTechniqueCautions(recordCautions, technique), patient, technique);
}
