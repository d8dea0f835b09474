// The point records, the resolved atlas of the body shown, its channel paths and location checks.
import type { Vec3 } from '../../domain/body/frame.ts';
import type { ChannelPath, LocationCheck, PlacedLocation } from '../../domain/points/placement.ts';
import type { AtlasPointRecord } from '../../domain/schema/points.ts';
import type { Condition } from '../../domain/schema/vocabulary.ts';
import type { Slice } from './types.ts';

export interface PointsSlice {
  records: Map<string, AtlasPointRecord> | null;
  conditions: Map<string, Condition>;
  /** the resolved atlas of the body shown */
  locations: PlacedLocation[];
  paths: ChannelPath[];
  /** each record's location status, derived by the build from its assertions on both bodies */
  locationChecks: Record<string, LocationCheck>;
  showPaths: boolean;
  /** where the camera should frame the selection (set by the scene, which knows the body); the view then leaves its preset */
  focus: { target: Vec3; from: Vec3; nonce: number } | null;
  setRecords: (records: Map<string, AtlasPointRecord>, conditions: Map<string, Condition>) => void;
  setAtlas: (locations: PlacedLocation[], paths: ChannelPath[], checks?: Record<string, LocationCheck>) => void;
  setShowPaths: (show: boolean) => void;
  /** frames a target (not while a linked camera holds); the user's own orbit is left behind */
  frame: (target: Vec3, from: Vec3) => void;
}

export const createPointsSlice: Slice<PointsSlice> = (set, get) => ({
  records: null,
  conditions: new Map(),
  locations: [],
  paths: [],
  locationChecks: {},
  showPaths: false,
  focus: null,
  setRecords: (records, conditions) => set({ records, conditions }),
  setAtlas: (locations, paths, checks) => set({ locations, paths, ...(checks ? { locationChecks: checks } : {}) }),
  setShowPaths: (showPaths) => set({ showPaths }),
  frame: (target, from) => {
    if (get().camera.held) return;
    set((s) => ({ focus: { target, from, nonce: (s.focus?.nonce ?? 0) + 1 }, camera: { ...s.camera, orbit: null }, offPreset: true }));
  },
});
