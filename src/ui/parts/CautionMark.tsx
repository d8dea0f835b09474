// The mark beside a listed item with cautions, in a file of its own: the points list of the first
// view shows it, while the cards' full CautionList loads with the cards.
import { cautionsForPatient } from '../../domain/cautions/patient.ts';
import { cautionMark, type Caution } from '../../domain/schema/cautions.ts';
import { useAtlas } from '../../state/store.ts';

/**
 * The mark a list shows beside an item with contraindications or cautions: a sign in the strongest
 * grade's colour and what they are about in words (read out with the item's name). In
 * patient-safety mode an item with cautions for this patient shows that grade in words, boxed.
 */
export function CautionMark({ cautions }: { cautions: readonly Caution[] }) {
  const patient = useAtlas((s) => s.patient);
  const mark = cautionMark(cautions);
  if (!mark) return null;
  const forPatient = patient.length > 0 ? cautionMark(cautionsForPatient(cautions, patient)) : null;
  if (forPatient)
    return (
      <span
        className="caution-mark for-patient"
        data-caution-mark={mark.grade}
        data-patient-grade={forPatient.grade}
        title={`for this patient: ${forPatient.label}`}
      >
        <span aria-hidden="true"> {forPatient.grade === 'contraindicated' ? 'contraindicated' : 'caution'}</span>
        <span className="visually-hidden"> (for this patient: {forPatient.label})</span>
      </span>
    );
  return (
    // the sign is drawn by the stylesheet (one element fewer in each of the ~200 marked entries of the list)
    <span className="caution-mark" data-caution-mark={mark.grade} title={mark.label}>
      <span className="visually-hidden"> ({mark.label})</span>
    </span>
  );
}
