// What the quiz lights and hides on the body, derived from the round (never pushed from an effect):
// while a locate question is open nothing is lit and no name is shown (the markers, their labels,
// the search's lighting and the scalp lines would give the answer away); once it is answered the
// true place is lit; at the round's end the items missed are. The search lights the rest of the time.
import { missedItems, quizPhase, type QuizRound } from '../domain/study/quizPhase.ts';
import type { QuizKind } from '../domain/study/quizRound.ts';
import { memoOn } from './searchSelectors.ts';

const nothing: ReadonlySet<string> = new Set();

/** The kind of the question open (not yet answered), or null. */
export const selectQuizAsking = (s: { quiz: QuizRound | null }): QuizKind | null => (s.quiz && quizPhase(s.quiz) === 'asking' ? s.quiz.settings.kind : null);

/** The codes the quiz lights (null: the quiz lights nothing, the search decides). */
export const quizLit = memoOn<{ quiz: QuizRound | null }, ReadonlySet<string> | null>(['quiz'], ({ quiz }) => {
  if (!quiz) return null;
  const phase = quizPhase(quiz);
  const asked = quiz.questions[quiz.current]?.item.id;
  if (phase === 'done') {
    const missed = missedItems(quiz);
    return missed.length > 0 ? new Set(missed.map((i) => i.id)) : null;
  }
  if (phase === 'asking' && quiz.settings.kind === 'locate') return nothing;
  // a name question lights the item to be named; an answered question, its true place
  return asked ? new Set([asked]) : null;
});

type QuizInputs = { quiz: QuizRound | null };
const askedItem = (s: QuizInputs) => (s.quiz ? s.quiz.questions[s.quiz.current]?.item : undefined);

/** A locate question asks where an ear point is (the ear chart is its answer sheet). */
export const selectEarQuizAsking = (s: QuizInputs): boolean => selectQuizAsking(s) === 'locate' && askedItem(s)?.system === 'ear';

/** The ear point the open or answered question is about, or null. */
export const selectEarQuizPoint = (s: QuizInputs): string | null => {
  const item = askedItem(s);
  return item?.system === 'ear' ? item.id : null;
};

/** The answer given on the ear chart to the question shown, or null. */
export const selectEarQuizAnswer = (s: QuizInputs) => {
  const a = s.quiz?.answers[s.quiz.current];
  return a?.kind === 'ear' ? a : null;
};
