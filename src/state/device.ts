// What the atlas keeps on this device for its user, across visits: for now the recently viewed
// points, zones and ear points, and the theme. Versioned and validated (persist/versioned.ts); the next features
// (quiz progress, point sets, tours) add their fields here with a version step and a migration.
import { z } from '../domain/schema/zodMini.ts';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { versionedStorage, type PersistProblem, type VersionedSpec } from './persist/versioned.ts';
import { selectionSchema, type Selection } from './slices/selection.ts';
import type { useAtlas } from './store.ts';
import { themeIds } from '../theme/tokens.ts';

export const recentLimit = 12;
/** The theme chosen on this device; 'auto' follows the system's light, dark and more-contrast settings. */
export const themeChoiceSchema = z.enum(['auto', ...themeIds]);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

export const deviceDataSchema = z.strictObject({
  recent: z.array(selectionSchema).check(z.maxLength(recentLimit)),
  theme: themeChoiceSchema,
  /** the first-visit welcome was read and put away */
  welcomed: z.boolean(),
});
export type DeviceData = z.infer<typeof deviceDataSchema>;

export const deviceSpec: VersionedSpec<DeviceData> = {
  key: 'acupoint-atlas:device',
  version: 2,
  schema: deviceDataSchema,
  migrations: {
    // version 2 added the theme (data saved before it follows the system's setting) and the
    // welcome (whoever saved data before has used the atlas: no welcome for them)
    1: (state) => ({ ...(state as object), theme: 'auto', welcomed: true }),
  },
};

interface DeviceState extends DeviceData {
  /** saved data that could not be read this visit (kept as a backup) */
  problems: PersistProblem[];
  remember: (selection: Selection) => void;
  setTheme: (theme: ThemeChoice) => void;
  dismissWelcome: () => void;
  forget: () => void;
  dismissProblems: () => void;
}

const sameThing = (a: Selection, b: Selection) => a.system === b.system && a.id === b.id;

/** The recent list with one more thing at its head (once; the oldest drops off). */
export function withRecent(recent: readonly Selection[], selection: Selection): Selection[] {
  return [selection, ...recent.filter((r) => !sameThing(r, selection))].slice(0, recentLimit);
}

export const browserStorage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export const useDevice = create<DeviceState>()(
  persist(
    (set) => ({
      recent: [],
      theme: 'auto',
      welcomed: false,
      problems: [],
      dismissWelcome: () => set({ welcomed: true }),
      setTheme: (theme) => set({ theme }),
      remember: (selection) => set((s) => ({ recent: withRecent(s.recent, selection) })),
      forget: () => set({ recent: [] }),
      dismissProblems: () => set({ problems: [] }),
    }),
    {
      name: deviceSpec.key,
      version: deviceSpec.version,
      storage: versionedStorage<DeviceData>(deviceSpec, browserStorage, (problem) => reportSavedProblem(problem)),
      partialize: (s): DeviceData => ({ recent: s.recent, theme: s.theme, welcomed: s.welcomed }),
    },
  ),
);

/** Says that something saved on the device could not be read (it was backed up): shown with the load errors. */
export function reportSavedProblem(problem: PersistProblem): void {
  queueMicrotask(() => useDevice.setState((s) => ({ problems: [...s.problems, problem] })));
}

/** Keeps the recent list as the selection changes; returns the unsubscribe. */
export function trackRecent(store: typeof useAtlas): () => void {
  return store.subscribe(
    (s) => s.selection,
    (selection) => {
      if (selection) useDevice.getState().remember(selection);
    },
  );
}
