// What the 3D view shows and from where: body, camera requests, layers and point filters.
import type { BodyVariantId } from '../../domain/body/frame.ts';
import type { ChannelOrExtra } from '../../domain/points/channels.ts';
import type { CategoryFilter } from '../filters.ts';
import type { PartBoxes } from '../viewFraming.ts';
import type { Slice } from './types.ts';

export const viewPresets = ['anterior', 'posterior', 'left', 'right', 'top', 'head', 'hands', 'feet', 'scalp-top', 'scalp-side', 'scalp-back'] as const;
export type ViewPreset = (typeof viewPresets)[number];

/** A request for the camera; the nonce makes asking for the same view again move it again. */
export interface CameraRequest {
  preset: ViewPreset;
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
  setBody: (body: BodyVariantId) => void;
  goTo: (preset: ViewPreset) => void;
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
  camera: { preset: 'anterior', nonce: 0 },
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
  setBody: (body) => {
    if (body !== get().body) set({ body, sceneReady: false, selectedLandmark: null });
  },
  goTo: (preset) => set((s) => ({ camera: { preset, nonce: s.camera.nonce + 1 }, offPreset: false })),
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
