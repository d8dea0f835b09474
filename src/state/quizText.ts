// The quiz in words, for the panel and the screen reader alike (one wording, said and shown).
import { cunText, gradeOf } from '../domain/study/quizCun.ts';
import { earDistanceText, earGradeOf } from '../domain/study/quizEar.ts';
import { quizPhase, roundScore, type QuizAnswer, type QuizRound } from '../domain/study/quizRound.ts';
import { namedItem } from './quizItems.ts';
import type { AtlasState } from './store.ts';

type Names = Pick<AtlasState, 'records' | 'whoLines' | 'jiaoAreas'> & Partial<Pick<AtlasState, 'ear'>>;
const label = (round: QuizRound, i: number, s: Names) => {
  const item = round.questions[i]?.item;
  return item ? (namedItem(item, s)?.label ?? item.id) : '';
};

/** "Find LU9 Tàiyuān on the body", "Name the lit point": the open question. */
export function quizPrompt(round: QuizRound, s: Names): string {
  const item = round.questions[round.current]?.item;
  if (!item) return '';
  const what = item.system === 'scalp' ? 'line or area' : item.system === 'ear' ? 'ear point' : 'point';
  if (round.settings.kind !== 'locate') return `Name the lit ${what}`;
  return `Find ${label(round, round.current, s)} on the ${item.system === 'ear' ? 'ear chart' : 'body'}`;
}

/** "1.0 cun off: close", "Right", "Not quite: it is LU9 Tàiyuān": an answer's verdict. */
export function quizVerdict(round: QuizRound, a: QuizAnswer, s: Names): string {
  const name = label(round, round.current, s);
  if (a.kind === 'locate') return `${name}: ${cunText(a.distanceCun)} off, ${gradeOf(a.distanceCun).label.toLowerCase()}`;
  if (a.kind === 'ear')
    return a.wrongFace
      ? `${name}: on the other face of the ear, missed`
      : a.distancePct === 0
        ? `${name}: in the zone`
        : `${name}: ${earDistanceText(a.distancePct)}, ${earGradeOf(a.distancePct).label.toLowerCase()}`;
  return a.right ? `Right: ${name}` : `Not quite: it is ${name}`;
}

/** What a screen reader is told when the round changes (null: nothing new). */
export function describeQuizChange(next: QuizRound | null, prev: QuizRound | null, s: Names): string | null {
  if (!next) return prev ? 'Quiz closed' : null;
  const phase = quizPhase(next);
  const counter = `Question ${next.current + 1} of ${next.questions.length}`;
  if (phase === 'done') {
    const { earned, total, percent } = roundScore(next);
    return `Round over: ${Math.round(earned * 10) / 10} of ${total} (${percent} %)`;
  }
  const answered = next.answers[next.current];
  if (phase === 'answered' && answered && next.answers !== prev?.answers) return quizVerdict(next, answered, s);
  if (phase === 'asking' && (next.current !== prev?.current || next.questions !== prev.questions)) return `${counter}. ${quizPrompt(next, s)}`;
  return null;
}
