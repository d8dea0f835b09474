// The ear map: its atlas (loaded when first needed), which map, 2D or 3D, and the protocol lit.
import type { EarAtlas } from '../../domain/schema/ear.ts';
import type { Slice } from './types.ts';

/** Which ear map the ear view shows: the Chinese standard, the European map, or both to compare. */
export type EarMapChoice = 'gbt13734-2008' | 'nogier' | 'compare';

export interface EarSlice {
  ear: EarAtlas | null;
  earOpen: boolean;
  earMap: EarMapChoice;
  ear3d: boolean;
  protocol: string | null;
  setEar: (ear: EarAtlas) => void;
  openEar: (open: boolean) => void;
  setEarMap: (map: EarMapChoice) => void;
  setEar3d: (show: boolean) => void;
  setProtocol: (id: string | null) => void;
}

export const createEarSlice: Slice<EarSlice> = (set) => ({
  ear: null,
  earOpen: false,
  earMap: 'gbt13734-2008',
  ear3d: false,
  protocol: null,
  setEar: (ear) => set({ ear }),
  openEar: (earOpen) => set({ earOpen }),
  setEarMap: (earMap) => set({ earMap }),
  setEar3d: (ear3d) => set({ ear3d }),
  setProtocol: (protocol) => set(protocol ? { protocol, earOpen: true } : { protocol: null }),
});
