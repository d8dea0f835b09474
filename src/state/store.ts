// The one store, sliced by feature. The 3D scene and the DOM talk only through it.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { BodyVariantId } from '../domain/body/frame.ts';
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import type { ChannelOrExtra } from '../domain/points/channels.ts';

export const viewPresets = ['anterior', 'posterior', 'left', 'right', 'top', 'head', 'hands', 'feet'] as const;
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

interface ViewSlice {
  body: BodyVariantId;
  camera: CameraRequest;
  nudge: CameraNudge | null;
  showLandmarks: boolean;
  showPoints: boolean;
  showPointLabels: boolean;
  /** show one channel only (null: all) */
  channel: ChannelOrExtra | null;
  selectedLandmark: string | null;
  setBody: (body: BodyVariantId) => void;
  goTo: (preset: ViewPreset) => void;
  nudgeCamera: (nudge: Omit<CameraNudge, 'nonce'>) => void;
  setShowLandmarks: (show: boolean) => void;
  setShowPoints: (show: boolean) => void;
  setShowPointLabels: (show: boolean) => void;
  setChannel: (channel: ChannelOrExtra | null) => void;
  selectLandmark: (key: string | null) => void;
}

export type WebglSupport = 'unknown' | 'available' | 'unavailable';
interface StatusSlice {
  loading: { active: boolean; progress: number };
  sceneReady: boolean;
  webgl: WebglSupport;
  landmarks: PlacedLandmark[];
  setLoading: (active: boolean, progress: number) => void;
  setSceneReady: (ready: boolean) => void;
  setWebgl: (support: WebglSupport) => void;
  setLandmarks: (landmarks: PlacedLandmark[]) => void;
}

interface AnnounceSlice {
  announcement: string;
  announce: (message: string) => void;
}

export type AtlasState = ViewSlice & StatusSlice & AnnounceSlice;

export const bodyLabels: Record<BodyVariantId, string> = { male: 'Adult male', female: 'Adult female' };

export const useAtlas = create<AtlasState>()(
  subscribeWithSelector((set, get) => ({
    body: 'male',
    camera: { preset: 'anterior', nonce: 0 },
    nudge: null,
    showLandmarks: false,
    showPoints: true,
    showPointLabels: false,
    channel: null,
    selectedLandmark: null,
    setBody: (body) => {
      if (body === get().body) return;
      set({ body, sceneReady: false, selectedLandmark: null });
      get().announce(`${bodyLabels[body]} body shown`);
    },
    goTo: (preset) => {
      set((s) => ({ camera: { preset, nonce: s.camera.nonce + 1 } }));
      get().announce(`${preset[0]?.toUpperCase()}${preset.slice(1)} view`);
    },
    nudgeCamera: (nudge) => set((s) => ({ nudge: { ...nudge, nonce: (s.nudge?.nonce ?? 0) + 1 } })),
    setShowLandmarks: (show) => {
      set({ showLandmarks: show, selectedLandmark: show ? get().selectedLandmark : null });
      get().announce(show ? 'Landmarks shown' : 'Landmarks hidden');
    },
    setShowPoints: (show) => {
      set({ showPoints: show });
      get().announce(show ? 'Points shown' : 'Points hidden');
    },
    setShowPointLabels: (show) => {
      set({ showPointLabels: show });
      get().announce(show ? 'Point labels shown' : 'Point labels hidden');
    },
    setChannel: (channel) => {
      set({ channel });
      get().announce(channel ? `${channel} channel shown` : 'All channels shown');
    },
    selectLandmark: (key) => {
      set({ selectedLandmark: key });
      const lm = get().landmarks.find((l) => l.key === key);
      if (lm) get().announce(`Landmark: ${lm.name}`);
    },

    loading: { active: false, progress: 0 },
    sceneReady: false,
    webgl: 'unknown',
    landmarks: [],
    setLoading: (active, progress) => set({ loading: { active, progress } }),
    setSceneReady: (sceneReady) => set({ sceneReady }),
    setWebgl: (webgl) => set({ webgl }),
    setLandmarks: (landmarks) => set({ landmarks }),

    announcement: '',
    announce: (announcement) => set({ announcement }),
  })),
);
