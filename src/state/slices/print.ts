// The print view: the items of the sheet shown instead of the atlas (null: the atlas). Kept in the
// link (`print=point:ST36`), so a sheet can be opened, shared and printed from its address.
import type { PrintItem } from '../../domain/link/print.ts';
import type { Slice } from './types.ts';

export interface PrintSlice {
  printItems: PrintItem[] | null;
  /** opens the print view of these items; null or none: back to the atlas */
  setPrintItems: (items: readonly PrintItem[] | null) => void;
}

export const createPrintSlice: Slice<PrintSlice> = (set) => ({
  printItems: null,
  setPrintItems: (items) => set({ printItems: items && items.length > 0 ? [...items] : null }),
});
