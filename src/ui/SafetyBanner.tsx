// While patient-safety mode is on, a banner over the stage says so: which switches are on, how
// many of the points on the body carry a caution for this patient, and that the atlas is for
// education, not medical advice. Nothing is hidden by the mode; the banner says what is marked.
import { patientConditionShort } from '../domain/cautions/patient.ts';
import { selectPatientSummary } from '../state/safetySelectors.ts';
import { useAtlas } from '../state/store.ts';

export function SafetyBanner() {
  const patient = useAtlas((s) => s.patient);
  const { shown, affected, contraindicated } = useAtlas(selectPatientSummary);
  if (patient.length === 0) return null;
  return (
    <div className="safety-banner" role="status" data-affected={affected} data-shown={shown} data-contraindicated={contraindicated}>
      <strong>Patient safety: {patient.map((c) => patientConditionShort[c]).join(', ')}.</strong>{' '}
      <span>
        {affected} of {shown} points on the body carry a caution for this patient
        {contraindicated > 0 ? `, ${contraindicated} contraindicated` : ''}; they are marked in colour, nothing is hidden.
      </span>{' '}
      <span className="muted">For education only, not medical advice.</span>{' '}
      <button type="button" className="link" onClick={() => useAtlas.getState().setPatient([])}>
        Turn off
      </button>
    </div>
  );
}
