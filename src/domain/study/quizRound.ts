// A quiz round: a shuffled deck (seeded, so a round can be replayed and tested), its questions, the
// answers given, the score and the items missed. Pure: each step returns a new round.
import { z } from '../schema/zodMini.ts';
import type { Side, Vec3 } from '../body/frame.ts';
import { deckSchema, studyItemSchema, type StudyItem } from './decks.ts';
import { gradeOf, locateGrades } from './quizCun.ts';
import { nameChoices } from './quizNames.ts';
import { quizPhase, type QuizAnswer, type QuizRound } from './quizPhase.ts';

export { isMiss, missedItems, quizPhase, type QuizAnswer, type QuizPhase, type QuizQuestion, type QuizRound } from './quizPhase.ts';

export const quizKinds = ['locate', 'type', 'choose'] as const;
export type QuizKind = (typeof quizKinds)[number];
export const quizKindLabels: Record<QuizKind, string> = { locate: 'Find it on the body', type: 'Name it (type)', choose: 'Name it (choose)' };

export const quizSettingsSchema = z.strictObject({ deck: deckSchema, kind: z.enum(quizKinds), count: z.number().check(z.int(), z.minimum(1), z.maximum(100)) });
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/** mulberry32: a small, well-known seeded generator; enough to shuffle a deck the same way twice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates over a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The round's questions: `count` items of the deck in a seeded order (all of them if the deck is smaller). */
export function newRound(
  settings: QuizSettings,
  items: readonly StudyItem[],
  seed: number,
  nearby: (item: StudyItem) => readonly StudyItem[] = () => [],
): QuizRound {
  const random = seededRandom(seed);
  const picked = shuffled(items, random).slice(0, settings.count);
  const questions = picked.map((item) => (settings.kind === 'choose' ? { item, choices: nameChoices(item, items, nearby(item), random) } : { item }));
  return { settings, seed, questions, answers: [], current: 0 };
}

/** The open question's answer (ignored unless a question is open). */
export function answer(round: QuizRound, given: QuizAnswer): QuizRound {
  return quizPhase(round) === 'asking' ? { ...round, answers: [...round.answers, given] } : round;
}

/** On to the next question once this one is answered (the end after the last). */
export function nextQuestion(round: QuizRound): QuizRound {
  return quizPhase(round) === 'answered' ? { ...round, current: round.current + 1 } : round;
}

/** A locate answer from the click and its distance in cun. */
export function locateAnswer(click: Vec3, truth: { position: Vec3; side: Side; index: number }, distanceCun: number): QuizAnswer {
  return { kind: 'locate', click, truth, distanceCun, grade: gradeOf(distanceCun).id };
}

/** How much an answer earns: a locate answer by its grade, a name right or wrong. */
export const credit = (a: QuizAnswer): number =>
  a.kind === 'name' ? (a.right ? 1 : 0) : a.kind === 'ear' ? (locateGrades.find((g) => g.id === a.grade)?.credit ?? 0) : gradeOf(a.distanceCun).credit;

export function roundScore(round: QuizRound): { earned: number; answered: number; total: number; percent: number } {
  const earned = round.answers.reduce((sum, a) => sum + credit(a), 0);
  const total = round.questions.length;
  return { earned, answered: round.answers.length, total, percent: total === 0 ? 0 : Math.round((100 * earned) / total) };
}

/** What the device keeps of the quiz: the last round's missed items (the "missed" deck). */
export const quizMissedSchema = z.strictObject({ missed: z.array(studyItemSchema).check(z.maxLength(500)) });
export type QuizMissed = z.infer<typeof quizMissedSchema>;
