// What a study activity shows on the body, derived from its state like the search's lit codes: a
// flashcard asking "which point is this?" lights that one point on the body and hides the names the
// view would otherwise give away (labels, the hover name), without selecting it (a selection opens
// its card, which names it).
import type { AtlasState } from './store.ts';
import { memoOn, selectFoundCodes } from './searchSelectors.ts';

type StudyInputs = Pick<AtlasState, 'flashcardSession' | 'leftPanel' | 'studyTab'>;

/**
 * The ids the current study front lights with their names hidden; null when none does, and while
 * the flashcards are not in view (a session left open must not hide the body from the points list).
 */
export const selectStudyLit = memoOn<StudyInputs, ReadonlySet<string> | null>(['flashcardSession', 'leftPanel', 'studyTab'], (s) => {
  const card = s.flashcardSession?.current;
  if (s.leftPanel !== 'study' || s.studyTab !== 'flashcards') return null;
  if (!card || s.flashcardSession?.revealed || card.direction !== 'location-to-name') return null;
  return new Set([card.item.id]);
});

/** What the body lights: the study front's point, else the search's hits. */
export const selectLitCodes = (s: Parameters<typeof selectFoundCodes>[0] & StudyInputs): ReadonlySet<string> | null => selectStudyLit(s) ?? selectFoundCodes(s);

/** The view must not name what it lights (labels and hover names are hidden). */
export const selectNamesHidden = (s: StudyInputs): boolean => selectStudyLit(s) !== null;
