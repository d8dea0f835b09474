// The cautions of any record (point, scalp zone, ear point), strongest grade first, each with its
// grade, what it is about, the technique it applies to and its source. Nothing when there are none.
// In patient-safety mode the cautions that apply to this patient come first, highlighted, each
// saying which of the patient's conditions it is about.
import { isPatientCondition, patientConditionLabels, type PatientCondition } from '../../domain/cautions/patient.ts';
import { byGrade, cautionGradeLabels, cautionKindLabels, cautionModalityLabels, type Caution } from '../../domain/schema/cautions.ts';
import { useAtlas } from '../../state/store.ts';

export function cautionHeading(c: Caution): string {
  const about = c.kind === 'organ' && c.structure ? c.structure.replace(/-/g, ' ') : cautionKindLabels[c.kind];
  const technique = c.modality === 'any' ? '' : `, ${cautionModalityLabels[c.modality]}`;
  return `${cautionGradeLabels[c.grade]} — ${about}${technique}`;
}

const appliesTo = (c: Caution, patient: readonly PatientCondition[]) => isPatientCondition(c.kind) && patient.includes(c.kind);

/**
 * `patient`: the switches to match (default: the store's); the print sheet passes its own.
 */
export function CautionList({ cautions, patient: given }: { cautions: readonly Caution[]; patient?: readonly PatientCondition[] }) {
  const fromStore = useAtlas((s) => s.patient);
  const patient = given ?? fromStore;
  if (cautions.length === 0) return null;
  const applying = byGrade(cautions.filter((c) => appliesTo(c, patient)));
  const rest = byGrade(cautions.filter((c) => !appliesTo(c, patient)));
  return (
    <section className="cautions" aria-label="Cautions">
      {applying.length > 0 && <p className="cautions-for-patient">For this patient:</p>}
      {[...applying, ...rest].map((c, i) => {
        const applies = i < applying.length;
        return (
          <p
            key={i}
            className={`caution ${c.grade}${applies ? ' applies' : ''}`}
            data-caution-grade={c.grade}
            data-caution-kind={c.kind}
            data-applies-to-patient={applies ? 'true' : undefined}
          >
            {applies && isPatientCondition(c.kind) && <span className="applies-because">{patientConditionLabels[c.kind]} · </span>}
            <strong>{cautionHeading(c)}:</strong> {c.note} <span className="muted small">Source: {c.source.replace(/\.$/, '')}.</span>
          </p>
        );
      })}
    </section>
  );
}
