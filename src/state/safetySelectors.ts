// What patient-safety mode derives from the store, never pushes into it: for each body point,
// scalp zone and ear point the strongest grade of the cautions that apply to this patient, and how
// many of the points on the body are affected. The body's markers, the scalp's colours, the ear
// chart, the lists and the cards all read these, so they always agree with the switches.
import { useMemo } from 'react';
import {
  cautionsForPatient,
  strongestPatientGrade,
  warningGrade,
  type PatientCaution,
  type PatientCondition,
  type Technique,
} from '../domain/cautions/patient.ts';
import type { Caution, CautionGrade } from '../domain/schema/cautions.ts';
import type { EarAtlas } from '../domain/schema/ear.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';
import type { JiaoArea, WhoScalpLine } from '../domain/schema/scalp.ts';
import { pointShown } from './filters.ts';
import { memoOn, selectFoundCodes, type ShownInputs } from './searchSelectors.ts';
import { useAtlas } from './store.ts';

/** An item's id and the strongest grade that applies to the patient (items with none left out). */
export type PatientGrades = ReadonlyMap<string, CautionGrade>;

function gradesOf(items: Iterable<{ id: string; cautions: readonly Caution[] }>, patient: readonly PatientCondition[]): PatientGrades {
  const grades = new Map<string, CautionGrade>();
  if (patient.length === 0) return grades;
  for (const item of items) {
    const grade = strongestPatientGrade(item.cautions, patient);
    if (grade) grades.set(item.id, grade);
  }
  return grades;
}

/** Per body point code, the strongest grade that applies to the patient. */
export const selectPatientPointGrades = memoOn<{ records: ReadonlyMap<string, AtlasPointRecord> | null; patient: readonly PatientCondition[] }, PatientGrades>(
  ['records', 'patient'],
  (s) =>
    gradesOf(
      [...(s.records?.values() ?? [])].map((r) => ({ id: r.code, cautions: r.cautions })),
      s.patient,
    ),
);

/** Per scalp zone id (WHO line code, Jiao area id), the strongest grade that applies to the patient. */
export const selectPatientZoneGrades = memoOn<
  { whoLines: ReadonlyMap<string, WhoScalpLine>; jiaoAreas: ReadonlyMap<string, JiaoArea>; patient: readonly PatientCondition[] },
  PatientGrades
>(['whoLines', 'jiaoAreas', 'patient'], (s) =>
  gradesOf(
    [
      ...[...s.whoLines.values()].map((l) => ({ id: l.code, cautions: l.cautions })),
      ...[...s.jiaoAreas.values()].map((a) => ({ id: a.id, cautions: a.cautions })),
    ],
    s.patient,
  ),
);

/** Per ear point id (both maps), the strongest grade that applies to the patient. */
export const selectPatientEarGrades = memoOn<{ ear: EarAtlas | null; patient: readonly PatientCondition[] }, PatientGrades>(['ear', 'patient'], (s) =>
  gradesOf(s.ear?.points ?? [], s.patient),
);

export interface PatientSummary {
  /** the point records on the body (filters and search) */
  shown: number;
  /** of those, the ones with a contraindication or caution for this patient */
  affected: number;
  contraindicated: number;
}

/** How many of the points on the body the patient's switches affect: the banner's words. */
export const selectPatientSummary = memoOn<ShownInputs & { patient: readonly PatientCondition[] }, PatientSummary>(
  ['searchIndex', 'query', 'searchSystem', 'hidePregnancy', 'channel', 'category', 'region', 'records', 'showExtra', 'patient'],
  (s) => {
    const found = selectFoundCodes(s);
    const grades = selectPatientPointGrades(s);
    let shown = 0,
      affected = 0,
      contraindicated = 0;
    for (const r of s.records?.values() ?? []) {
      if (!pointShown(r.code, r, s, found)) continue;
      shown++;
      const grade = grades.get(r.code);
      if (warningGrade(grade)) affected++;
      if (grade === 'contraindicated') contraindicated++;
    }
    return { shown, affected, contraindicated };
  },
);

/**
 * The cautions of one item that apply to the patient of the switches now on (and to a technique,
 * when a set's item names one), strongest first, each with its reason; [] when no switch is on.
 * For the cards, the lists and the point sets' items.
 */
export function usePatientCautions(cautions: readonly Caution[], technique?: Technique): PatientCaution[] {
  const patient = useAtlas((s) => s.patient);
  return useMemo(() => cautionsForPatient(cautions, patient, technique), [cautions, patient, technique]);
}
