// Under a set's item, in patient-safety mode: the cautions that apply to this patient for the way
// the item is used (its record's and its technique's, e.g. electro with a pacemaker), strongest
// first, each with its reason. Nothing when no switch is on or nothing applies.
import { useMemo } from 'react';
import { itemCautionsForPatient } from '../../domain/cautions/patient.ts';
import { cautionGradeLabels } from '../../domain/schema/cautions.ts';
import type { SetItem } from '../../domain/schema/sets.ts';
import { itemRecordCautions } from '../../state/setItems.ts';
import { useAtlas } from '../../state/store.ts';
import { useItemRecords } from './SetItemsView.tsx';

export function ItemCautions({ item }: { item: SetItem }) {
  const patient = useAtlas((s) => s.patient);
  const lookup = useItemRecords();
  const applying = useMemo(() => itemCautionsForPatient(itemRecordCautions(item, lookup), patient, item.technique), [item, patient, lookup]);
  if (applying.length === 0) return null;
  return (
    <ul className="set-item-cautions" aria-label={`For this patient, ${item.id}`}>
      {applying.map((c, i) => (
        <li key={i} className={`caution applies ${c.grade}`} data-patient-grade={c.grade}>
          <strong>{cautionGradeLabels[c.grade]}</strong> — {c.reason}
        </li>
      ))}
    </ul>
  );
}
