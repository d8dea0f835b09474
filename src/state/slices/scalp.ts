// The scalp systems: placed zones of the body shown, the WHO line and Jiao area records, what is shown.
import type { ScalpFile } from '../../domain/scalp/placement.ts';
import type { JiaoArea, WhoScalpLine } from '../../domain/schema/scalp.ts';
import type { Slice } from './types.ts';

export interface ScalpSlice {
  scalp: ScalpFile | null;
  whoLines: Map<string, WhoScalpLine>;
  jiaoAreas: Map<string, JiaoArea>;
  showWho: boolean;
  showJiao: boolean;
  /** highlight the scalp segments that map to this body part */
  bodyPart: string | null;
  setScalp: (scalp: ScalpFile) => void;
  setScalpRecords: (who: Map<string, WhoScalpLine>, jiao: Map<string, JiaoArea>) => void;
  setShowWho: (show: boolean) => void;
  setShowJiao: (show: boolean) => void;
  setBodyPart: (part: string | null) => void;
}

export const createScalpSlice: Slice<ScalpSlice> = (set) => ({
  scalp: null,
  whoLines: new Map(),
  jiaoAreas: new Map(),
  showWho: false,
  showJiao: false,
  bodyPart: null,
  setScalp: (scalp) => set({ scalp }),
  setScalpRecords: (whoLines, jiaoAreas) => set({ whoLines, jiaoAreas }),
  setShowWho: (showWho) => set({ showWho }),
  setShowJiao: (showJiao) => set({ showJiao }),
  // a body part is shown on Jiao's areas, so choosing one shows them
  setBodyPart: (bodyPart) => set(bodyPart ? { bodyPart, showJiao: true } : { bodyPart: null }),
});
