// What a study activity shows on the body, derived from its state like the search's lit codes: a
// flashcard asking "which point is this?" lights that one point on the body and hides the names the
// view would otherwise give away (labels, the hover name), without selecting it (a selection opens
// its card, which names it); a quiz round lights what its question needs (./quizSelectors.ts).
// What a study activity lights is shown whatever the filters: a filter left on must not hide it.
import type { AtlasState } from './store.ts';
import { quizLit, selectQuizAsking } from './quizSelectors.ts';
import { memoOn, selectFoundCodes } from './searchSelectors.ts';

type StudyInputs = Pick<AtlasState, 'flashcardSession' | 'leftPanel' | 'studyTab' | 'quiz'>;

/**
 * The ids the current study front lights with their names hidden; null when none does, and while
 * the flashcards are not in view (a session left open must not hide the body from the points list).
 */
const flashcardLit = memoOn<StudyInputs, ReadonlySet<string> | null>(['flashcardSession', 'leftPanel', 'studyTab'], (s) => {
  const card = s.flashcardSession?.current;
  if (s.leftPanel !== 'study' || s.studyTab !== 'flashcards') return null;
  if (!card || s.flashcardSession?.revealed || card.direction !== 'location-to-name') return null;
  return new Set([card.item.id]);
});

/** What a study activity lights (the flashcard's front, else the quiz round's); null: none lights anything. */
export const selectStudyLit = (s: StudyInputs): ReadonlySet<string> | null => flashcardLit(s) ?? quizLit(s);

/** What the body, the scalp and the ear light: a study activity's items, else the search's hits. */
export const selectLitCodes = (s: Parameters<typeof selectFoundCodes>[0] & StudyInputs): ReadonlySet<string> | null => selectStudyLit(s) ?? selectFoundCodes(s);

/** The view must not name what it lights (labels and hover names are hidden). */
export const selectNamesHidden = (s: StudyInputs): boolean => flashcardLit(s) !== null || selectQuizAsking(s) !== null;

/**
 * How many points the body shows while a study activity lights its items (whatever the filters;
 * none while a locate question is open), as the markers decide it; null: the filters and the
 * search decide (selectShownCount).
 */
export const selectStudyCount = memoOn<StudyInputs & Pick<AtlasState, 'records'>, { shown: number; total: number } | null>(
  ['flashcardSession', 'leftPanel', 'studyTab', 'quiz', 'records'],
  (s) => {
    const lit = selectStudyLit(s);
    if (!lit) return null;
    const codes = [...(s.records?.keys() ?? [])];
    return { shown: codes.filter((c) => lit.has(c)).length, total: codes.length };
  },
);
