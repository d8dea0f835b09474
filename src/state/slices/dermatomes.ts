// The dermatome map: its placement on the body shown (loaded per body), its records (loaded when
// first shown), whether the overlay is on; the map also gives each point's skin area on the body shown.
import type { DermatomeMapFile } from '../../systems/dermatomes/domain/mapFile.ts';
import type { Dermatome } from '../../systems/dermatomes/domain/schema.ts';
import type { Slice } from './types.ts';

export interface DermatomesSlice {
  dermatomeMap: DermatomeMapFile | null;
  dermatomeRecords: ReadonlyMap<string, Dermatome>;
  /** source id -> its citation */
  dermatomeSources: ReadonlyMap<string, string>;
  showDermatomes: boolean;
  setDermatomeMap: (map: DermatomeMapFile) => void;
  setDermatomeRecords: (records: { areas: ReadonlyMap<string, Dermatome>; sources: ReadonlyMap<string, string> }) => void;
  setShowDermatomes: (show: boolean) => void;
}

export const createDermatomesSlice: Slice<DermatomesSlice> = (set) => ({
  dermatomeMap: null,
  dermatomeRecords: new Map(),
  dermatomeSources: new Map(),
  showDermatomes: false,
  // the points' areas come with the map of the same body (areaOfPoint): loaded data, not derived in an effect
  setDermatomeMap: (dermatomeMap) => set({ dermatomeMap }),
  setDermatomeRecords: ({ areas, sources }) => set({ dermatomeRecords: areas, dermatomeSources: sources }),
  setShowDermatomes: (showDermatomes) => set({ showDermatomes }),
});
