// What a click on the bare skin (one no marker, line or sector took first) does, derived from the
// mode the atlas is in: while a locate question is open it is the answer; in the navel's close-up it
// does nothing (a click there means a trigram's sector, and one that misses must not filter the
// points by the abdomen's region behind the view); otherwise it lists the region's points, or
// opens the ear map on an ear.
import type { QuizRound } from '../domain/study/quizRound.ts';
import { selectQuizAsking } from './quizSelectors.ts';

export type SkinClick = 'quiz-answer' | 'ignore' | 'region';

export const selectSkinClick = (s: { quiz: QuizRound | null; navelOpen: boolean }): SkinClick =>
  selectQuizAsking(s) === 'locate' ? 'quiz-answer' : s.navelOpen ? 'ignore' : 'region';
