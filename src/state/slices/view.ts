// What the 3D view shows and from where: body, camera requests, layers and point filters.
import type { BodyVariantId } from '../../domain/body/frame.ts';
import type { ChannelOrExtra } from '../../domain/points/channels.ts';
import type { CategoryFilter } from '../filters.ts';
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
  setBody: (body: BodyVariantId) => void;
  goTo: (preset: ViewPreset) => void;
  nudgeCamera: (nudge: Omit<CameraNudge, 'nonce'>) => void;
  setShowLandmarks: (show: boolean) => void;
  setShowPoints: (show: boolean) => void;
  setShowPointLabels: (show: boolean) => void;
  setChannel: (channel: ChannelOrExtra | null) => void;
  setCategory: (category: CategoryFilter | null) => void;
  setRegion: (region: string | null) => void;
  setShowExtra: (show: boolean) => void;
  selectLandmark: (key: string | null) => void;
}

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  body: 'male',
  camera: { preset: 'anterior', nonce: 0 },
  nudge: null,
  showLandmarks: false,
  showPoints: true,
  showPointLabels: false,
  channel: null,
  category: null,
  region: null,
  showExtra: true,
  selectedLandmark: null,
  setBody: (body) => {
    if (body !== get().body) set({ body, sceneReady: false, selectedLandmark: null });
  },
  goTo: (preset) => set((s) => ({ camera: { preset, nonce: s.camera.nonce + 1 } })),
  nudgeCamera: (nudge) => set((s) => ({ nudge: { ...nudge, nonce: (s.nudge?.nonce ?? 0) + 1 } })),
  setShowLandmarks: (show) => set((s) => ({ showLandmarks: show, selectedLandmark: show ? s.selectedLandmark : null })),
  setShowPoints: (showPoints) => set({ showPoints }),
  setShowPointLabels: (showPointLabels) => set({ showPointLabels }),
  setChannel: (channel) => set({ channel }),
  setCategory: (category) => set({ category }),
  setRegion: (region) => set({ region }),
  setShowExtra: (showExtra) => set({ showExtra }),
  selectLandmark: (selectedLandmark) => set({ selectedLandmark }),
});
