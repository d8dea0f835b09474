// The quiz's "missed" deck on this device: the last finished round's missed items, versioned
// (version 1) through the persistence layer under its own key, so that a problem with it never
// touches the sets or the device settings. An unreadable value is backed up and reported.
import { quizMissedSchema, type QuizMissed } from '../domain/study/quizRound.ts';
import { versionedStorage, type PersistProblem, type VersionedSpec } from './persist/versioned.ts';
import type { useAtlas } from './store.ts';

export const quizMissedSpec: VersionedSpec<QuizMissed> = { key: 'acupoint-atlas:quiz-missed', version: 1, schema: quizMissedSchema };

/** Reads the saved missed items into the store, then saves them whenever a round ends; returns the unsubscribe. */
export function keepQuizMissedOnDevice(store: typeof useAtlas, storage: () => Storage | undefined, report: (problem: PersistProblem) => void): () => void {
  const persisted = versionedStorage(quizMissedSpec, storage, report);
  const saved = persisted.getItem(quizMissedSpec.key) as { state: QuizMissed } | null;
  if (saved) store.getState().restoreQuizMissed(saved.state.missed);
  return store.subscribe(
    (s) => s.quizMissed,
    (missed) => void persisted.setItem(quizMissedSpec.key, { state: { missed }, version: quizMissedSpec.version }),
  );
}
