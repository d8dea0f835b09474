// The one way the atlas loads a file: the load's state goes to the store (loading, ready, or failed
// with the file named), a newer request wins over an older one, and a retry runs it again.
import { useEffect } from 'react';
import { FileLoadError } from './atlasData.ts';
import { useAtlas } from './store.ts';

export interface LoadSpec<T> {
  /** one key per thing loaded: "atlas", "scalp", "ear" */
  key: string;
  what: string;
  file: string;
  /** false: not needed yet (loaded on first use) */
  enabled?: boolean;
  load: () => Promise<T>;
  done: (data: T) => void;
}

export function useLoad<T>({ key, what, file, enabled = true, load, done }: LoadSpec<T>, deps: readonly unknown[]): void {
  const attempt = useAtlas((s) => s.loads[key]?.attempt ?? 0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const { setLoad } = useAtlas.getState();
    setLoad(key, { status: 'loading', what, file });
    load()
      .then((data) => {
        if (!live) return;
        done(data);
        setLoad(key, { status: 'ready', what, file });
      })
      .catch((e: unknown) => {
        if (!live) return;
        // the file is named by the load itself: keep only the reason
        const message = e instanceof FileLoadError ? e.reason : e instanceof Error ? e.message : String(e);
        console.warn(`Could not load ${what} (${file}):`, message);
        setLoad(key, { status: 'error', what, file, message });
      });
    return () => {
      live = false;
    };
    // the caller names what the load depends on; `attempt` re-runs it on retry
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, attempt, ...deps]);
}
