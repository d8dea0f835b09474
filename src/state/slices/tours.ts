// Tours: the user's own (kept on the device: ../toursStorage.ts), the atlas's built-in ones
// (data/tours.json, loaded when first needed), the one being edited, and a tour a link offered.
// Every change goes through the pure operations of src/domain/tours, so the actions stay small.
import { addStep, emptyTour, moveStep, removeStep, renameTour, setCaption, toursToAdd } from '../../domain/tours/operations.ts';
import type { Tour, TourStep } from '../../domain/tours/schema.ts';
import type { Slice } from './types.ts';

/** The id of the Tours tab among the study activities (src/ui/study/studyTabs.ts). */
export const toursTabId = 'tours';

export interface ToursSlice {
  userTours: Tour[];
  /** the user's tour being edited */
  currentTourId: string | null;
  /** the atlas's own tours (null: not loaded yet) */
  builtInTours: Tour[] | null;
  /** the tour a link carried, offered to be played or kept */
  sharedTour: Tour | null;
  /** the last thing a tours action did, in words (shown in the panel and said by the announcer) */
  toursMessage: string | null;
  setBuiltInTours: (tours: Tour[]) => void;
  /** the tours read from the device (only on opening the atlas) */
  restoreTours: (tours: Tour[], currentId: string | null) => void;
  newTour: (name?: string) => void;
  openTour: (id: string) => void;
  renameCurrentTour: (name: string) => void;
  deleteTour: (id: string) => void;
  /** adds a step to the tour being edited (a new tour is made when there is none) */
  addTourStep: (step: TourStep, label: string) => void;
  moveTourStep: (index: number, delta: -1 | 1) => void;
  removeTourStep: (index: number) => void;
  captionTourStep: (index: number, caption: string) => void;
  /** keeps tours (imported, shared, or built-in copies) beside the user's own */
  keepTours: (tours: Tour[], how: string) => void;
  offerSharedTour: (tour: Tour | null) => void;
}

const currentTour = (s: Pick<ToursSlice, 'userTours' | 'currentTourId'>): Tour | null => s.userTours.find((t) => t.id === s.currentTourId) ?? null;
export { currentTour };

export const createToursSlice: Slice<ToursSlice> = (set, get) => {
  const allIds = () => [...get().userTours.map((t) => t.id), ...(get().builtInTours ?? []).map((t) => t.id)];
  const editCurrent = (change: (tour: Tour) => Tour, message?: string) => {
    const tour = currentTour(get());
    if (!tour) return;
    const next = change(tour);
    if (next !== tour) set((s) => ({ userTours: s.userTours.map((t) => (t.id === tour.id ? next : t)), ...(message ? { toursMessage: message } : {}) }));
  };
  return {
    userTours: [],
    currentTourId: null,
    builtInTours: null,
    sharedTour: null,
    toursMessage: null,
    setBuiltInTours: (builtInTours) => set({ builtInTours }),
    restoreTours: (userTours, currentId) =>
      set({ userTours, currentTourId: userTours.some((t) => t.id === currentId) ? currentId : (userTours[0]?.id ?? null) }),
    newTour: (name = 'New tour') => {
      const made = emptyTour(name, allIds());
      set((s) => ({
        userTours: [...s.userTours, made],
        currentTourId: made.id,
        toursMessage: `New tour "${made.name}" made: select a point, zone or protocol, then add it as a step`,
      }));
    },
    openTour: (currentTourId) => set({ currentTourId }),
    renameCurrentTour: (name) => editCurrent((t) => renameTour(t, name)),
    deleteTour: (id) => {
      const s = get();
      const gone = s.userTours.find((t) => t.id === id);
      if (!gone) return;
      const rest = s.userTours.filter((t) => t.id !== id);
      set({ userTours: rest, currentTourId: s.currentTourId === id ? (rest[0]?.id ?? null) : s.currentTourId, toursMessage: `Tour "${gone.name}" deleted` });
    },
    addTourStep: (step, label) => {
      if (!currentTour(get())) get().newTour();
      const tour = currentTour(get());
      if (!tour) return;
      editCurrent((t) => addStep(t, step), `${label} added to "${tour.name}" as step ${tour.steps.length + 1}`);
    },
    moveTourStep: (index, delta) => editCurrent((t) => moveStep(t, index, delta), `Step ${index + 1} moved to place ${index + delta + 1}`),
    removeTourStep: (index) => editCurrent((t) => removeStep(t, index), `Step ${index + 1} removed`),
    captionTourStep: (index, caption) => editCurrent((t) => setCaption(t, index, caption)),
    keepTours: (incoming, how) => {
      const added = toursToAdd(
        incoming,
        get().userTours,
        (get().builtInTours ?? []).map((t) => t.id),
      );
      if (added.length === 0) return;
      set((s) => ({
        userTours: [...s.userTours, ...added],
        currentTourId: added[0]?.id ?? s.currentTourId,
        toursMessage: `${how} ${added.length} tour${added.length === 1 ? '' : 's'}: ${added.map((t) => `"${t.name}"`).join(', ')}`,
      }));
    },
    offerSharedTour: (sharedTour) => set(sharedTour ? { sharedTour, leftPanel: 'study', studyTab: toursTabId } : { sharedTour: null }),
  };
};
