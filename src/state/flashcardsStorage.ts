// The flashcards' progress on this device: versioned (version 1) and validated through the
// persistence layer (persist/versioned.ts), under its own key, so a problem with it never touches
// the sets or the rest of what the device keeps. A value that cannot be read (corrupt, or written by
// a newer atlas) is backed up under its own key and reported, never wiped; the cards then start new.
// Read when the flashcards are first opened (their chunk calls this), not in the first view.
import { flashcardsDataSchema, progressByKey, type FlashcardsData } from '../domain/study/flashcards.ts';
import { versionedStorage, type PersistProblem, type VersionedSpec } from './persist/versioned.ts';
import type { useAtlas } from './store.ts';

export const flashcardsSpec: VersionedSpec<FlashcardsData> = { key: 'acupoint-atlas:flashcards', version: 1, schema: flashcardsDataSchema };

/**
 * Reads the saved progress into the store, then writes it back whenever it (or the daily limit)
 * changes; returns the unsubscribe.
 */
export function keepFlashcardsOnDevice(store: typeof useAtlas, storage: () => Storage | undefined, report: (problem: PersistProblem) => void): () => void {
  const persisted = versionedStorage(flashcardsSpec, storage, report);
  // this storage is synchronous (Web Storage)
  const saved = persisted.getItem(flashcardsSpec.key) as { state: FlashcardsData } | null;
  store.getState().restoreFlashcards(saved ? progressByKey(saved.state.cards) : {}, saved?.state.newPerDay);
  return store.subscribe(
    (s) => [s.flashcardProgress, s.newCardsPerDay] as const,
    ([progress, newPerDay]) =>
      void persisted.setItem(flashcardsSpec.key, { state: { cards: Object.values(progress), newPerDay }, version: flashcardsSpec.version }),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
