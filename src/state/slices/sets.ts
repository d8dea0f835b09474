// Point sets: the user's own (kept on the device: ../setsStorage.ts), the atlas's built-in ones
// (data/sets.json, loaded when first needed), the one being edited, and a set a link offered.
// Every change goes through the pure operations of src/domain/sets, so the actions stay small.
import type { PointSet, SetItem } from '../../domain/schema/sets.ts';
import { addItem, duplicateSet, emptySet, moveItemBy, removeItem, renameSet, setsToAdd, updateItem, type ItemChange } from '../../domain/sets/operations.ts';
import type { Slice } from './types.ts';

/** Which part of the left panel shows: browsing (the points list, or the search results), the sets, or study (src/ui/study). */
export type LeftPanel = 'browse' | 'sets' | 'study';

/** A set the user deleted, with where it was: "Undo" puts it back. */
export interface DeletedSet {
  set: PointSet;
  index: number;
  wasCurrent: boolean;
}

export interface SetsSlice {
  userSets: PointSet[];
  /** the user's set being edited (the one "Add to set" adds to) */
  currentSetId: string | null;
  /** the atlas's own sets (null: not loaded yet) */
  builtInSets: PointSet[] | null;
  /** a built-in set shown in the panel (read-only until duplicated) */
  viewedBuiltInId: string | null;
  /** the set a link carried, offered to be kept */
  sharedSet: PointSet | null;
  lastDeleted: DeletedSet | null;
  leftPanel: LeftPanel;
  /** the study activity shown in the Study tab (an id of src/ui/study/studyTabs.ts; null: the first) */
  studyTab: string | null;
  /** the last thing a sets action did, in words (shown in the panel and said by the announcer) */
  setsMessage: string | null;
  showLeftPanel: (panel: LeftPanel) => void;
  /** shows the Study tab at one activity */
  showStudyTab: (id: string) => void;
  setBuiltInSets: (sets: PointSet[]) => void;
  /** the sets read from the device (replaces the user's sets: only on opening the atlas) */
  restoreSets: (sets: PointSet[], currentId: string | null) => void;
  newSet: (name?: string) => void;
  /** shows a set in the panel: the user's (made current) or, with `builtIn`, the atlas's */
  openSet: (id: string, builtIn?: boolean) => void;
  viewBuiltInSet: (id: string | null) => void;
  renameCurrent: (name: string) => void;
  deleteSet: (id: string) => void;
  undoDelete: () => void;
  duplicate: (set: PointSet) => void;
  /** adds to the current set (a new one is made when there is none) */
  addToSet: (item: SetItem, label: string) => void;
  removeFromSet: (index: number) => void;
  moveInSet: (index: number, delta: -1 | 1) => void;
  changeItem: (index: number, change: ItemChange) => void;
  importSets: (sets: PointSet[]) => void;
  offerSharedSet: (set: PointSet | null) => void;
  keepSharedSet: () => void;
  setSetsMessage: (message: string | null) => void;
}

const allIds = (s: Pick<SetsSlice, 'userSets' | 'builtInSets'>) => [...s.userSets.map((x) => x.id), ...(s.builtInSets ?? []).map((x) => x.id)];

/** The user's set being edited, or null. */
export const currentSet = (s: Pick<SetsSlice, 'userSets' | 'currentSetId'>): PointSet | null => s.userSets.find((x) => x.id === s.currentSetId) ?? null;

export const createSetsSlice: Slice<SetsSlice> = (set, get) => {
  /** replaces the current set with what `change` makes of it */
  const editCurrent = (change: (current: PointSet) => PointSet, message?: string) => {
    const current = currentSet(get());
    if (!current) return;
    const next = change(current);
    if (next === current) return;
    set((s) => ({ userSets: s.userSets.map((x) => (x.id === current.id ? next : x)), ...(message ? { setsMessage: message } : {}) }));
  };
  /** a new set of the user's, made current and shown */
  const addUserSet = (made: PointSet, message: string) =>
    set((s) => ({ userSets: [...s.userSets, made], currentSetId: made.id, viewedBuiltInId: null, leftPanel: 'sets', setsMessage: message }));

  return {
    userSets: [],
    currentSetId: null,
    builtInSets: null,
    viewedBuiltInId: null,
    sharedSet: null,
    lastDeleted: null,
    leftPanel: 'browse',
    setsMessage: null,
    showLeftPanel: (leftPanel) => set({ leftPanel }),
    studyTab: null,
    showStudyTab: (studyTab) => set({ studyTab, leftPanel: 'study' }),
    setBuiltInSets: (builtInSets) => set({ builtInSets }),
    restoreSets: (userSets, currentId) => set({ userSets, currentSetId: userSets.some((x) => x.id === currentId) ? currentId : (userSets[0]?.id ?? null) }),
    newSet: (name = 'New set') => {
      const made = emptySet(name, allIds(get()));
      addUserSet(made, `New set "${made.name}" made; add points to it from their cards, the lists or the search`);
    },
    openSet: (id, builtIn = false) => {
      const s = get();
      if (!builtIn && s.userSets.some((x) => x.id === id)) set({ currentSetId: id, viewedBuiltInId: null, leftPanel: 'sets' });
      else set({ viewedBuiltInId: id, leftPanel: 'sets' });
    },
    viewBuiltInSet: (viewedBuiltInId) => set({ viewedBuiltInId }),
    renameCurrent: (name) => editCurrent((c) => renameSet(c, name)),
    deleteSet: (id) => {
      const s = get();
      const index = s.userSets.findIndex((x) => x.id === id);
      const deleted = s.userSets[index];
      if (!deleted) return;
      const rest = s.userSets.filter((x) => x.id !== id);
      const wasCurrent = s.currentSetId === id;
      set({
        userSets: rest,
        currentSetId: wasCurrent ? (rest[Math.min(index, rest.length - 1)]?.id ?? null) : s.currentSetId,
        lastDeleted: { set: deleted, index, wasCurrent },
        setsMessage: `Set "${deleted.name}" deleted`,
      });
    },
    undoDelete: () => {
      const { lastDeleted: d, userSets } = get();
      if (!d) return;
      // a set made since with the same id or name keeps it: the restored one is renumbered
      const [restored] = setsToAdd([d.set], userSets);
      if (!restored) return;
      const next = [...userSets];
      next.splice(Math.min(d.index, next.length), 0, restored);
      set((s) => ({
        userSets: next,
        currentSetId: d.wasCurrent ? restored.id : s.currentSetId,
        lastDeleted: null,
        setsMessage: `Set "${restored.name}" restored`,
      }));
    },
    duplicate: (source) => {
      const copy = duplicateSet(source, allIds(get()));
      addUserSet(copy, `"${copy.name}" made from "${source.name}": yours to change`);
    },
    addToSet: (item, label) => {
      if (!currentSet(get())) {
        const made = emptySet('New set', allIds(get()));
        set((s) => ({ userSets: [...s.userSets, made], currentSetId: made.id }));
      }
      const current = currentSet(get());
      if (!current) return;
      const next = addItem(current, item);
      if (next === current) {
        set({ setsMessage: `${label} is already in "${current.name}"` });
        return;
      }
      editCurrent(() => next, `${label} added to "${current.name}" (${next.items.length} item${next.items.length === 1 ? '' : 's'})`);
    },
    removeFromSet: (index) => {
      const current = currentSet(get());
      const item = current?.items[index];
      if (item) editCurrent((c) => removeItem(c, index), `${item.id} removed from "${current.name}"`);
    },
    moveInSet: (index, delta) => {
      const item = currentSet(get())?.items[index];
      if (item) editCurrent((c) => moveItemBy(c, index, delta), `${item.id} moved to place ${index + delta + 1}`);
    },
    changeItem: (index, change) => editCurrent((c) => updateItem(c, index, change)),
    importSets: (incoming) => {
      const added = setsToAdd(incoming, [...get().userSets, ...(get().builtInSets ?? [])]);
      if (added.length === 0) return;
      set((s) => ({
        userSets: [...s.userSets, ...added],
        currentSetId: added[0]?.id ?? s.currentSetId,
        viewedBuiltInId: null,
        leftPanel: 'sets',
        setsMessage: `Imported ${added.length} set${added.length === 1 ? '' : 's'}: ${added.map((x) => `"${x.name}"`).join(', ')}`,
      }));
    },
    offerSharedSet: (sharedSet) => set(sharedSet ? { sharedSet, leftPanel: 'sets' } : { sharedSet: null }),
    keepSharedSet: () => {
      const shared = get().sharedSet;
      if (!shared) return;
      const [kept] = setsToAdd([{ ...shared, id: emptySet(shared.name, []).id }], [...get().userSets, ...(get().builtInSets ?? [])]);
      if (!kept) return;
      set({ sharedSet: null });
      addUserSet(kept, `"${kept.name}" kept on this device`);
    },
    setSetsMessage: (setsMessage) => set({ setsMessage }),
  };
};
