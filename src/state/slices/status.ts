// Loading progress, readiness of the scene, WebGL support, and the landmarks the scene placed.
import type { PlacedLandmark } from '../../domain/body/landmarks.ts';
import type { Slice } from './types.ts';

export type WebglSupport = 'unknown' | 'available' | 'unavailable';

export interface StatusSlice {
  loading: { active: boolean; progress: number };
  sceneReady: boolean;
  webgl: WebglSupport;
  landmarks: PlacedLandmark[];
  /** what the page's link carried that was ignored (malformed values, unknown keys), in words */
  linkNotice: string | null;
  setLoading: (active: boolean, progress: number) => void;
  setSceneReady: (ready: boolean) => void;
  setWebgl: (support: WebglSupport) => void;
  setLandmarks: (landmarks: PlacedLandmark[]) => void;
  setLinkNotice: (notice: string | null) => void;
}

export const createStatusSlice: Slice<StatusSlice> = (set) => ({
  loading: { active: false, progress: 0 },
  sceneReady: false,
  webgl: 'unknown',
  landmarks: [],
  linkNotice: null,
  setLoading: (active, progress) => set({ loading: { active, progress } }),
  setSceneReady: (sceneReady) => set({ sceneReady }),
  setWebgl: (webgl) => set({ webgl }),
  setLandmarks: (landmarks) => set({ landmarks }),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
});
