// Patient-safety mode's switches: the practitioner says what applies to the patient in front of
// them (pregnancy, bleeding risk, a pacemaker, infection or poor healing), and the atlas marks the
// points, zones and ear points whose cautions apply. Kept in the link, never on the device.
import { patientConditionLabels, patientConditions } from '../domain/cautions/patient.ts';
import { useAtlas } from '../state/store.ts';

export function SafetyPanel() {
  const patient = useAtlas((s) => s.patient);
  const { setPatientCondition } = useAtlas.getState();
  return (
    <details className="safety-panel" open={patient.length > 0 || undefined}>
      <summary>Patient safety{patient.length > 0 ? ` (${patient.length} on)` : ''}</summary>
      <fieldset>
        <legend className="muted small">Mark what is unsafe or needs care for this patient:</legend>
        {patientConditions.map((c) => (
          <label key={c} className="radio">
            <input type="checkbox" checked={patient.includes(c)} onChange={(e) => setPatientCondition(c, e.target.checked)} data-patient-switch={c} />
            {patientConditionLabels[c]}
          </label>
        ))}
        <p className="muted small">Not saved on this device (patient data on a shared computer); a copied link keeps them.</p>
      </fieldset>
    </details>
  );
}
