// Presentation mode (the link's `present=1`): the stage takes the screen in large type and high
// contrast, a clicker or the keys step through a tour (or along the channel), and the screen can be
// blanked. A tour played here is applied step by step through the store (../tourSteps.ts).
import { stepBy } from '../../domain/tours/navigation.ts';
import type { Tour } from '../../domain/tours/schema.ts';
import type { ViewPreset } from '../../domain/view/presets.ts';
import { applyTourStep } from '../tourSteps.ts';
import type { Slice } from './types.ts';

export interface PresentSlice {
  presenting: boolean;
  /** the screen blanked (B or .), the class looking at the teacher */
  blanked: boolean;
  /** the tour being played and the step shown (null: presenting the atlas as it is) */
  playing: { tour: Tour; index: number } | null;
  /** enters or leaves presentation mode; leaving ends the blank and the tour */
  setPresenting: (on: boolean) => void;
  toggleBlank: () => void;
  /** plays a tour in presentation mode from a step (the first by default) */
  playTour: (tour: Tour, index?: number) => void;
  /** the next (+1) or previous (-1) step of the tour played, or point along the channel */
  stepPresentation: (delta: 1 | -1) => void;
}

export const createPresentSlice: Slice<PresentSlice> = (set, get) => {
  /** a preset view that holds against the framing of the step's item, until the user moves the camera */
  const holdPreset = (preset: ViewPreset) => set((s) => ({ camera: { preset, orbit: null, held: true, nonce: s.camera.nonce + 1 }, offPreset: false }));
  const show = (tour: Tour, index: number) => {
    const step = tour.steps[index];
    if (!step) return;
    set({ playing: { tour, index }, blanked: false });
    applyTourStep(step, get(), holdPreset);
  };
  return {
    presenting: false,
    blanked: false,
    playing: null,
    setPresenting: (on) => set(on ? { presenting: true } : { presenting: false, blanked: false, playing: null }),
    toggleBlank: () => set((s) => ({ blanked: s.presenting && !s.blanked })),
    playTour: (tour, index = 0) => {
      if (tour.steps.length === 0) return;
      set({ presenting: true });
      show(tour, stepBy(index, 0, tour.steps.length));
    },
    stepPresentation: (delta) => {
      const { playing, blanked } = get();
      // a blank screen is not changed behind the class's back: the first press shows it again
      if (blanked) return set({ blanked: false });
      if (!playing) return get().stepAlongChannel(delta);
      const next = stepBy(playing.index, delta, playing.tour.steps.length);
      if (next !== playing.index) show(playing.tour, next);
    },
  };
};
