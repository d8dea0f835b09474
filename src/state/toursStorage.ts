// The user's tours on this device: versioned (version 1) and validated through the persistence
// layer (persist/versioned.ts), under their own key, as the sets are (setsStorage.ts). A value that
// cannot be read is backed up under its own key and reported; the atlas then starts with no tours.
import { z } from '../domain/schema/zodMini.ts';
import { shallow } from 'zustand/shallow';
import { tourSchema, type Tour } from '../domain/tours/schema.ts';
import { versionedStorage, type PersistProblem, type VersionedSpec } from './persist/versioned.ts';
import type { useAtlas } from './store.ts';

export const toursDataSchema = z.strictObject({
  tours: z.array(tourSchema).check(z.maxLength(500)),
  /** the tour being edited */
  current: z.nullable(z.string()),
});
export type ToursData = z.infer<typeof toursDataSchema>;

export const toursSpec: VersionedSpec<ToursData> = { key: 'acupoint-atlas:tours', version: 1, schema: toursDataSchema };

/** Reads the saved tours into the store, then writes them back whenever they change; returns the unsubscribe. */
export function keepToursOnDevice(store: typeof useAtlas, storage: () => Storage | undefined, report: (problem: PersistProblem) => void): () => void {
  const persisted = versionedStorage(toursSpec, storage, report);
  const saved = persisted.getItem(toursSpec.key) as { state: ToursData } | null;
  if (saved) store.getState().restoreTours(saved.state.tours, saved.state.current);
  return store.subscribe(
    (s): [Tour[], string | null] => [s.userTours, s.currentTourId],
    ([tours, current]) => void persisted.setItem(toursSpec.key, { state: { tours, current }, version: toursSpec.version }),
    { equalityFn: shallow },
  );
}

/** The atlas's built-in tours (data/tours.json, checked against the records by check:data and the tests). */
export async function loadBuiltInTours(): Promise<Tour[]> {
  const [{ default: raw }, { builtInToursFileSchema }] = await Promise.all([import('../../data/tours.json'), import('../domain/tours/schema.ts')]);
  return builtInToursFileSchema.parse(raw).tours;
}
