// Navel acupuncture and electro-acupuncture: their records (loaded when first needed) and whether
// the navel's close-up is shown. What is selected (a direction, a pair) is the one selection.
import type { ElectroFile } from '../../systems/electro/domain/schema.ts';
import type { NavelFile } from '../../systems/navel/domain/schema.ts';
import type { Slice } from './types.ts';

export interface NavelSlice {
  navel: NavelFile | null;
  electro: ElectroFile | null;
  /** the navel's sectors drawn around the umbilicus, and the camera brought close */
  navelOpen: boolean;
  setNavel: (navel: NavelFile) => void;
  setElectro: (electro: ElectroFile) => void;
  openNavel: (open: boolean) => void;
}

export const createNavelSlice: Slice<NavelSlice> = (set, get) => ({
  navel: null,
  electro: null,
  navelOpen: false,
  setNavel: (navel) => set({ navel }),
  setElectro: (electro) => set({ electro }),
  // closing the view lets go of a direction selected in it
  openNavel: (navelOpen) => set(navelOpen || get().selection?.system !== 'navel' ? { navelOpen } : { navelOpen, selection: null }),
});
