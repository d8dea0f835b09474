// The one store, one slice per file (zustand's slices pattern). The 3D scene and the DOM talk only
// through it. What is derived (search hits, what is lit, the selection of each system) comes from
// pure selectors; screen-reader messages come from one subscriber (announcer.ts).
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { describeChange } from './announcer.ts';
import { createEarSlice, type EarSlice } from './slices/ear.ts';
import { createFlashcardsSlice, type FlashcardsSlice } from './slices/flashcards.ts';
import { createLoadsSlice, type LoadsSlice } from './slices/loads.ts';
import { createPointsSlice, type PointsSlice } from './slices/points.ts';
import { createScalpSlice, type ScalpSlice } from './slices/scalp.ts';
import { createDermatomesSlice, type DermatomesSlice } from './slices/dermatomes.ts';
import { createNavelSlice, type NavelSlice } from './slices/navel.ts';
import { createPrintSlice, type PrintSlice } from './slices/print.ts';
import { createPresentSlice, type PresentSlice } from './slices/present.ts';
import { createToursSlice, type ToursSlice } from './slices/tours.ts';
import { createSafetySlice, type SafetySlice } from './slices/safety.ts';
import { createSearchSlice, type SearchSlice } from './slices/search.ts';
import { createSetsSlice, type SetsSlice } from './slices/sets.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection.ts';
import { createStatusSlice, type StatusSlice } from './slices/status.ts';
import { createViewSlice, type ViewSlice } from './slices/view.ts';
import { createQuizSlice, type QuizSlice } from './slices/quiz.ts';
import { createInjurySlice, type InjurySlice } from '../systems/injury/state/slice.ts';

interface AnnounceSlice {
  /** the live region's text, written only by the announcer */
  announcement: string;
}

export type AtlasState = ViewSlice &
  StatusSlice &
  PointsSlice &
  SelectionSlice &
  ScalpSlice &
  DermatomesSlice &
  EarSlice &
  NavelSlice &
  SearchSlice &
  LoadsSlice &
  SetsSlice &
  SafetySlice &
  PrintSlice &
  PresentSlice &
  ToursSlice &
  FlashcardsSlice &
  QuizSlice &
  InjurySlice &
  AnnounceSlice;

export const useAtlas = create<AtlasState>()(
  subscribeWithSelector((...a) => ({
    ...createViewSlice(...a),
    ...createStatusSlice(...a),
    ...createPointsSlice(...a),
    ...createSelectionSlice(...a),
    ...createScalpSlice(...a),
    ...createDermatomesSlice(...a),
    ...createEarSlice(...a),
    ...createNavelSlice(...a),
    ...createSearchSlice(...a),
    ...createLoadsSlice(...a),
    ...createSetsSlice(...a),
    ...createSafetySlice(...a),
    ...createPrintSlice(...a),
    ...createPresentSlice(...a),
    ...createToursSlice(...a),
    ...createFlashcardsSlice(...a),
    ...createQuizSlice(...a),
    ...createInjurySlice(...a),
    announcement: '',
  })),
);

useAtlas.subscribe((next, prev) => {
  const said = describeChange(next, prev);
  if (said.length > 0) useAtlas.setState({ announcement: said.join('. ') });
});

export { bodyLabels } from './bodyLabels.ts';
export { viewPresets, type ViewPreset, type CameraRequest, type CameraNudge } from './slices/view.ts';
export type { WebglSupport } from './slices/status.ts';
export type { EarMapChoice } from './slices/ear.ts';
export { currentSet, type LeftPanel } from './slices/sets.ts';
export { failedLoads, type LoadState } from './slices/loads.ts';
export {
  channelSequence,
  pointSelection,
  selectedEarPoint,
  selectedPoint,
  selectedZone,
  selectedNavel,
  selectedPair,
  type EarSelection,
  type PointSelection,
  type Selection,
  type ZoneSelection,
} from './slices/selection.ts';
