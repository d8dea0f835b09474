// Every file the atlas loads, with its state: loading, ready or failed (with the file named and the
// reason), and a retry. The loader (useLoad.ts) writes here; the UI shows failures with a retry
// button while the rest of the atlas keeps working.
import type { Slice } from './types.ts';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface LoadState {
  key: string;
  status: LoadStatus;
  /** what it is, in words: "the point records" */
  what: string;
  /** the file (or files) it comes from */
  file: string;
  /** why it failed */
  message?: string;
  /** bumped by retry: the loader runs again */
  attempt: number;
}

export interface LoadsSlice {
  loads: Record<string, LoadState>;
  setLoad: (key: string, state: Omit<LoadState, 'attempt' | 'key'>) => void;
  retryLoad: (key: string) => void;
}

export const createLoadsSlice: Slice<LoadsSlice> = (set) => ({
  loads: {},
  setLoad: (key, state) => set((s) => ({ loads: { ...s.loads, [key]: { ...state, key, attempt: s.loads[key]?.attempt ?? 0 } } })),
  retryLoad: (key) =>
    set((s) => {
      const load = s.loads[key];
      return load ? { loads: { ...s.loads, [key]: { ...load, status: 'loading', message: undefined, attempt: load.attempt + 1 } } } : {};
    }),
});

/** The loads that failed, in the order they were first asked for. */
export const failedLoads = (s: { loads: Record<string, LoadState> }): LoadState[] => Object.values(s.loads).filter((l) => l.status === 'error');
