// The user's point sets on this device: versioned (version 1) and validated through the
// persistence layer (persist/versioned.ts), under their own key so that a problem with them never
// touches the rest of what the device keeps. A value that cannot be read (corrupt, or written by a
// newer atlas) is backed up under its own key and reported; the atlas then starts with no sets.
import { z } from '../domain/schema/zodMini.ts';
import { shallow } from 'zustand/shallow';
import { pointSetSchema, type PointSet } from '../domain/schema/sets.ts';
import { versionedStorage, type PersistProblem, type VersionedSpec } from './persist/versioned.ts';
import type { useAtlas } from './store.ts';

export const setsDataSchema = z.strictObject({
  sets: z.array(pointSetSchema).check(z.maxLength(500)),
  /** the set being edited */
  current: z.nullable(z.string()),
});
export type SetsData = z.infer<typeof setsDataSchema>;

export const setsSpec: VersionedSpec<SetsData> = { key: 'acupoint-atlas:sets', version: 1, schema: setsDataSchema };

/**
 * Reads the saved sets into the store, then writes them back whenever the user's sets or the
 * current one change; returns the unsubscribe.
 */
export function keepSetsOnDevice(store: typeof useAtlas, storage: () => Storage | undefined, report: (problem: PersistProblem) => void): () => void {
  const persisted = versionedStorage(setsSpec, storage, report);
  // this storage is synchronous (Web Storage)
  const saved = persisted.getItem(setsSpec.key) as { state: SetsData } | null;
  if (saved) store.getState().restoreSets(saved.state.sets, saved.state.current);
  return store.subscribe(
    (s): [PointSet[], string | null] => [s.userSets, s.currentSetId],
    ([sets, current]) => void persisted.setItem(setsSpec.key, { state: { sets, current }, version: setsSpec.version }),
    { equalityFn: shallow },
  );
}
