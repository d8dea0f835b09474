// Opens the print view of a set: one sheet per item, with how the set uses it and the cautions for
// the patient switched on, the technique's own included (the print view's link carries the items
// alone, so a sheet opened from its address prints them without the set's side and technique).
import { printItemLimit } from '../../domain/link/print.ts';
import type { PointSet } from '../../domain/schema/sets.ts';
import { useAtlas } from '../../state/store.ts';

export function PrintSetButton({ set }: { set: PointSet }) {
  return (
    <button
      type="button"
      data-print-set={set.id}
      disabled={set.items.length === 0}
      onClick={() => useAtlas.getState().setPrintItems(set.items.slice(0, printItemLimit))}
    >
      Print sheet
    </button>
  );
}
