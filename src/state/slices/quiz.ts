// The quiz: the round being played (or just finished), the last round's missed items (kept on the
// device, the "missed" deck) and the body's measured cun spans the locate answers are scored in.
// Plain data and small setters: starting a round and answering it are the quiz's actions
// (../quizActions.ts), loaded with the quiz, not with the first view; what the body lights and
// hides meanwhile is derived (../quizSelectors.ts).
import type { BodyVariantId } from '../../domain/body/frame.ts';
import type { StudyItem } from '../../domain/study/decks.ts';
import type { MeasuredCunSpan } from '../../domain/study/quizCun.ts';
import type { QuizRound } from '../../domain/study/quizRound.ts';
import type { Slice } from './types.ts';

export interface QuizSlice {
  quiz: QuizRound | null;
  /** the items the last finished round missed (the "missed" deck), kept on the device */
  quizMissed: StudyItem[];
  /** the cun spans as the build measured them on a body (generated/body-<id>.measurements.json) */
  quizSpans: { body: BodyVariantId; spans: MeasuredCunSpan[] } | null;
  closeQuiz: () => void;
  setQuizSpans: (body: BodyVariantId, spans: MeasuredCunSpan[]) => void;
  restoreQuizMissed: (missed: StudyItem[]) => void;
}

export const createQuizSlice: Slice<QuizSlice> = (set) => ({
  quiz: null,
  quizMissed: [],
  quizSpans: null,
  closeQuiz: () => set({ quiz: null }),
  setQuizSpans: (body, spans) => set({ quizSpans: { body, spans } }),
  restoreQuizMissed: (quizMissed) => set({ quizMissed }),
});
