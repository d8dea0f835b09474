// The one store, sliced by feature. The 3D scene and the DOM talk only through it.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { BodyVariantId } from '../domain/body/frame.ts';
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import { channelOfCode, type ChannelOrExtra } from '../domain/points/channels.ts';
import type { ChannelPath, LocationCheck, PlacedLocation } from '../domain/points/placement.ts';
import type { PointRecord } from '../domain/schema/points.ts';
import type { Condition } from '../domain/schema/vocabulary.ts';
import type { Side, Vec3 } from '../domain/body/frame.ts';
import type { CategoryFilter } from './filters.ts';
import type { ScalpFile } from '../domain/scalp/placement.ts';
import type { JiaoArea, WhoScalpLine } from '../domain/schema/scalp.ts';
import type { EarAtlas } from '../domain/schema/ear.ts';
import type { AtlasSearch, AtlasSystem } from '../domain/search/searchIndex.ts';

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

interface ViewSlice {
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

/** One location of a point: its code, side and member number within a group. */
export interface PointRef {
  code: string;
  side: Side;
  index: number;
}

interface PointsSlice {
  records: Map<string, PointRecord> | null;
  conditions: Map<string, Condition>;
  /** the resolved atlas of the body shown */
  locations: PlacedLocation[];
  paths: ChannelPath[];
  /** each record's location status, derived by the build from its assertions on both bodies */
  locationChecks: Record<string, LocationCheck>;
  showPaths: boolean;
  selected: PointRef | null;
  /** where the camera should frame the selection (set by the scene, which knows the body) */
  focus: { target: Vec3; from: Vec3; nonce: number } | null;
  setRecords: (records: Map<string, PointRecord>, conditions: Map<string, Condition>) => void;
  setAtlas: (locations: PlacedLocation[], paths: ChannelPath[], checks?: Record<string, LocationCheck>) => void;
  setShowPaths: (show: boolean) => void;
  selectPoint: (ref: PointRef | null) => void;
  /** previous (-1) or next (+1) point along the selected point's channel */
  stepAlongChannel: (delta: 1 | -1) => void;
  frame: (target: Vec3, from: Vec3) => void;
}

export interface ZoneRef {
  id: string;
  side: Side;
}

interface ScalpSlice {
  scalp: ScalpFile | null;
  whoLines: Map<string, WhoScalpLine>;
  jiaoAreas: Map<string, JiaoArea>;
  showWho: boolean;
  showJiao: boolean;
  /** highlight the scalp segments that map to this body part */
  bodyPart: string | null;
  selectedZone: ZoneRef | null;
  setScalp: (scalp: ScalpFile) => void;
  setScalpRecords: (who: Map<string, WhoScalpLine>, jiao: Map<string, JiaoArea>) => void;
  setShowWho: (show: boolean) => void;
  setShowJiao: (show: boolean) => void;
  setBodyPart: (part: string | null) => void;
  selectZone: (zone: ZoneRef | null) => void;
}

/** Which ear map the ear view shows: the Chinese standard, the European map, or both to compare. */
export type EarMapChoice = 'gbt13734-2008' | 'nogier' | 'compare';

interface EarSlice {
  ear: EarAtlas | null;
  earOpen: boolean;
  earMap: EarMapChoice;
  ear3d: boolean;
  /** id of the selected ear point (a GB/T 13734 code or a European point id) */
  earPoint: string | null;
  protocol: string | null;
  setEar: (ear: EarAtlas) => void;
  openEar: (open: boolean) => void;
  setEarMap: (map: EarMapChoice) => void;
  setEar3d: (show: boolean) => void;
  selectEarPoint: (id: string | null) => void;
  setProtocol: (id: string | null) => void;
}

interface SearchSlice {
  query: string;
  hidePregnancy: boolean;
  /** the "system" filter of the results (null: all) */
  searchSystem: AtlasSystem | null;
  /** the search index, loaded on first use; what it finds is derived (searchSelectors.ts) */
  searchIndex: AtlasSearch | null;
  setQuery: (query: string) => void;
  setHidePregnancy: (hide: boolean) => void;
  setSearchSystem: (system: AtlasSystem | null) => void;
  setSearchIndex: (index: AtlasSearch) => void;
}

interface AnnounceSlice {
  announcement: string;
  announce: (message: string) => void;
}

export type AtlasState = ViewSlice & StatusSlice & PointsSlice & ScalpSlice & EarSlice & SearchSlice & AnnounceSlice;

/** The point codes of a channel in order (extra points by region and number). */
export function channelSequence(records: Map<string, PointRecord>, channel: ChannelOrExtra): string[] {
  return [...records.values()].filter((p) => channelOfCode(p.code) === channel).map((p) => p.code);
}

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
    category: null,
    region: null,
    showExtra: true,
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
    setCategory: (category) => {
      set({ category });
      get().announce(category ? `${category.replace(/-/g, ' ')} points shown` : 'All categories shown');
    },
    setRegion: (region) => {
      set({ region });
      get().announce(region ? `Points of the ${region.replace(/-/g, ' ')} shown` : 'All regions shown');
    },
    setShowExtra: (showExtra) => {
      set({ showExtra });
      get().announce(showExtra ? 'Extra points shown' : 'Extra points hidden');
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

    records: null,
    conditions: new Map(),
    locations: [],
    paths: [],
    locationChecks: {},
    showPaths: false,
    selected: null,
    focus: null,
    setRecords: (records, conditions) => set({ records, conditions }),
    setAtlas: (locations, paths, checks) => set({ locations, paths, ...(checks ? { locationChecks: checks } : {}) }),
    setShowPaths: (showPaths) => {
      set({ showPaths });
      get().announce(showPaths ? 'Channel paths shown' : 'Channel paths hidden');
    },
    selectPoint: (ref) => {
      set(ref ? { selected: ref, selectedZone: null, earPoint: null } : { selected: null });
      if (!ref) return;
      const record = get().records?.get(ref.code);
      const side = ref.side === 'midline' ? '' : ` (${ref.side})`;
      get().announce(`${ref.code}${record ? ` ${record.pinyin}, ${record.english}` : ''}${side} selected`);
    },
    stepAlongChannel: (delta) => {
      const { selected, records } = get();
      if (!selected || !records) return;
      const codes = channelSequence(records, channelOfCode(selected.code));
      const next = codes[codes.indexOf(selected.code) + delta];
      if (!next) return;
      const record = records.get(next);
      const side: Side = record?.laterality === 'midline' ? 'midline' : selected.side === 'midline' ? 'left' : selected.side;
      get().selectPoint({ code: next, side, index: 1 });
    },
    frame: (target, from) => set((s) => ({ focus: { target, from, nonce: (s.focus?.nonce ?? 0) + 1 } })),

    scalp: null,
    whoLines: new Map(),
    jiaoAreas: new Map(),
    showWho: false,
    showJiao: false,
    bodyPart: null,
    selectedZone: null,
    setScalp: (scalp) => set({ scalp }),
    setScalpRecords: (whoLines, jiaoAreas) => set({ whoLines, jiaoAreas }),
    setShowWho: (showWho) => {
      set({ showWho });
      get().announce(showWho ? 'WHO scalp lines shown' : 'WHO scalp lines hidden');
    },
    setShowJiao: (showJiao) => {
      set({ showJiao });
      get().announce(showJiao ? "Jiao's scalp areas shown" : "Jiao's scalp areas hidden");
    },
    setBodyPart: (bodyPart) => {
      set({ bodyPart, ...(bodyPart ? { showJiao: true } : {}) });
      get().announce(bodyPart ? `Scalp areas for the ${bodyPart.replace(/-/g, ' ')} highlighted` : 'Body part highlight cleared');
    },
    selectZone: (zone) => {
      set(zone ? { selectedZone: zone, selected: null, earPoint: null } : { selectedZone: null });
      if (!zone) return;
      const who = get().whoLines.get(zone.id), jiao = get().jiaoAreas.get(zone.id);
      const name = who ? `${who.code} ${who.english}` : jiao ? jiao.english : zone.id;
      get().announce(`${name}${zone.side === 'midline' ? '' : ` (${zone.side})`} selected`);
    },

    ear: null,
    earOpen: false,
    earMap: 'gbt13734-2008',
    ear3d: false,
    earPoint: null,
    protocol: null,
    setEar: (ear) => set({ ear }),
    openEar: (earOpen) => {
      if (earOpen === get().earOpen) return;
      set({ earOpen });
      get().announce(earOpen ? 'Ear map opened' : 'Ear map closed');
    },
    setEarMap: (earMap) => {
      set({ earMap });
      get().announce(earMap === 'compare' ? 'Chinese and European ear maps compared' : earMap === 'nogier' ? 'European (Nogier) ear map shown' : 'Chinese standard ear map shown');
    },
    setEar3d: (ear3d) => {
      set({ ear3d });
      get().announce(ear3d ? '3D ear shown' : 'Ear chart shown');
    },
    selectEarPoint: (id) => {
      set(id ? { earPoint: id, selected: null, selectedZone: null, earOpen: true } : { earPoint: null });
      const point = id ? get().ear?.points.find((p) => p.id === id) : undefined;
      if (point) get().announce(`Ear point ${point.system === 'nogier' ? '' : `${point.code} `}${point.english} selected`);
    },
    setProtocol: (protocol) => {
      set(protocol ? { protocol, earOpen: true } : { protocol: null });
      const p = protocol ? get().ear?.protocols.find((x) => x.id === protocol) : undefined;
      get().announce(p ? `${p.name}: ${p.points.map((x) => x.label).join(', ')} highlighted on both ears` : 'Protocol cleared');
    },

    query: '',
    hidePregnancy: false,
    searchSystem: null,
    searchIndex: null,
    setQuery: (query) => set({ query }),
    setHidePregnancy: (hidePregnancy) => set({ hidePregnancy }),
    setSearchSystem: (searchSystem) => set({ searchSystem }),
    setSearchIndex: (searchIndex) => set({ searchIndex }),

    announcement: '',
    announce: (announcement) => set({ announcement }),
  })),
);
