// What the 3D view shows and from where: body, camera requests, layers and point filters.
import type { BodyVariantId } from '../../domain/body/frame.ts';
import type { CameraOrbit } from '../../domain/link/camera.ts';
import type { ChannelOrExtra } from '../../domain/points/channels.ts';
import type { CategoryFilter } from '../filters.ts';
import type { PartBoxes } from '../../domain/view/partBoxes.ts';
import type { Slice } from './types.ts';

import type { ViewPreset } from '../../domain/view/presets.ts';
export { viewPresets, type ViewPreset } from '../../domain/view/presets.ts';

/**
 * Where the camera is: a preset view, or the user's own orbit around it. A new nonce asks the
 * scene to move the camera (to the orbit if there is one, else to the preset), so asking for the
 * same view again moves it again; an orbit the scene reports as settled keeps the nonce.
 */
export interface CameraRequest {
  preset: ViewPreset;
  /** the user's own camera once an orbit, zoom or pan settled, or one a link restored; null: the preset's pose */
  orbit: CameraOrbit | null;
  /**
   * a restored orbit holds against framing (of the selection, of search results) until the user
   * acts, so a link's camera wins over the framing of what the same link selected
   */
  held: boolean;
  nonce: number;
}
/** A keyboard nudge of the camera: orbit (radians), dolly (factor) or pan (metres). */
export interface CameraNudge {
  orbit?: [number, number];
  zoom?: number;
  pan?: [number, number];
  nonce: number;
}

export interface ViewSlice {
  body: BodyVariantId;
  camera: CameraRequest;
  /** the camera has left the preset it was sent to (a search or a selection framed something, a nudge, the user's orbit or zoom) */
  offPreset: boolean;
  nudge: CameraNudge | null;
  showLandmarks: boolean;
  showPoints: boolean;
  showPointLabels: boolean;
  /** show one channel only (null: all) */
  channel: ChannelOrExtra | null;
  category: CategoryFilter | null;
  region: string | null;
  showExtra: boolean;
  selectedLandmark: string | null;
  /** the boxes of the parts the preset views frame, measured on the body shown (set by the scene) */
  partBoxes: { body: BodyVariantId; boxes: PartBoxes } | null;
  /** the share of the 3D view's height that a bar over its top covers (the quiz's question; measured by the DOM), framed around */
  stageInsetTop: number;
  setStageInsetTop: (share: number) => void;
  setBody: (body: BodyVariantId) => void;
  goTo: (preset: ViewPreset) => void;
  /** moves the camera to an orbit a link kept, and holds it there until the user acts */
  restoreCamera: (preset: ViewPreset, orbit: CameraOrbit) => void;
  /** the scene's report of where the user's orbit, zoom or pan settled (the camera is there already) */
  settleCamera: (orbit: CameraOrbit) => void;
  /** the user acted: a restored camera stops holding against framing */
  releaseCamera: () => void;
  nudgeCamera: (nudge: Omit<CameraNudge, 'nonce'>) => void;
  leavePreset: () => void;
  setShowLandmarks: (show: boolean) => void;
  setShowPoints: (show: boolean) => void;
  setShowPointLabels: (show: boolean) => void;
  setChannel: (channel: ChannelOrExtra | null) => void;
  setCategory: (category: CategoryFilter | null) => void;
  setRegion: (region: string | null) => void;
  setShowExtra: (show: boolean) => void;
  selectLandmark: (key: string | null) => void;
  setPartBoxes: (body: BodyVariantId, boxes: PartBoxes) => void;
}

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  body: 'male',
  camera: { preset: 'anterior', orbit: null, held: false, nonce: 0 },
  offPreset: false,
  nudge: null,
  showLandmarks: false,
  showPoints: true,
  showPointLabels: false,
  channel: null,
  category: null,
  region: null,
  showExtra: true,
  selectedLandmark: null,
  partBoxes: null,
  stageInsetTop: 0,
  // (in steps of 1 %: a bar a pixel taller does not move the camera)
  setStageInsetTop: (share) => {
    const rounded = Math.round(share * 100) / 100;
    if (rounded !== get().stageInsetTop) set({ stageInsetTop: rounded });
  },
  setBody: (body) => {
    // the new body is shown from the preset (an orbit around the other body would not fit it)
    if (body !== get().body) set((s) => ({ body, sceneReady: false, selectedLandmark: null, camera: { ...s.camera, orbit: null, held: false } }));
  },
  goTo: (preset) => set((s) => ({ camera: { preset, orbit: null, held: false, nonce: s.camera.nonce + 1 }, offPreset: false })),
  restoreCamera: (preset, orbit) => set((s) => ({ camera: { preset, orbit, held: true, nonce: s.camera.nonce + 1 }, offPreset: true })),
  settleCamera: (orbit) => set((s) => ({ camera: { ...s.camera, orbit, held: false }, offPreset: true })),
  releaseCamera: () => {
    if (get().camera.held) set((s) => ({ camera: { ...s.camera, held: false } }));
  },
  nudgeCamera: (nudge) => set((s) => ({ nudge: { ...nudge, nonce: (s.nudge?.nonce ?? 0) + 1 }, offPreset: true })),
  leavePreset: () => {
    if (!get().offPreset) set({ offPreset: true });
  },
  setShowLandmarks: (show) => set((s) => ({ showLandmarks: show, selectedLandmark: show ? s.selectedLandmark : null })),
  setShowPoints: (showPoints) => set({ showPoints }),
  setShowPointLabels: (showPointLabels) => set({ showPointLabels }),
  setChannel: (channel) => set({ channel }),
  setCategory: (category) => set({ category }),
  setRegion: (region) => set({ region }),
  setShowExtra: (showExtra) => set({ showExtra }),
  selectLandmark: (selectedLandmark) => set({ selectedLandmark }),
  setPartBoxes: (body, boxes) => set({ partBoxes: { body, boxes } }),
});
