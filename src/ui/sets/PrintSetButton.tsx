// Opens the print view of a set: one sheet per item, with the cautions for the patient switched on
// (the print view's link carries the items, so the sheet can be shared and printed from its address).
import { printItemLimit } from '../../domain/link/print.ts';
import type { PointSet } from '../../domain/schema/sets.ts';
import { useAtlas } from '../../state/store.ts';

export function PrintSetButton({ set }: { set: PointSet }) {
  return (
    <button
      type="button"
      data-print-set={set.id}
      disabled={set.items.length === 0}
      onClick={() => useAtlas.getState().setPrintItems(set.items.slice(0, printItemLimit).map(({ system, id }) => ({ system, id })))}
    >
      Print sheet
    </button>
  );
}
