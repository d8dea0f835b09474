// A quiz round: a shuffled deck (seeded, so a round can be replayed and tested), its questions, the
// answers given, the score and the items missed. Pure: each step returns a new round.
import { z } from 'zod';
import type { Side, Vec3 } from '../body/frame.ts';
import { deckSchema, studyItemSchema, type StudyItem } from './decks.ts';
import { gradeOf, locateGrades, type LocateGrade } from './quizCun.ts';
import type { EarChartView } from './quizEar.ts';
import { nameChoices } from './quizNames.ts';

export const quizKinds = ['locate', 'type', 'choose'] as const;
export type QuizKind = (typeof quizKinds)[number];
export const quizKindLabels: Record<QuizKind, string> = { locate: 'Find it on the body', type: 'Name it (type)', choose: 'Name it (choose)' };

export const quizSettingsSchema = z.strictObject({ deck: deckSchema, kind: z.enum(quizKinds), count: z.number().int().min(1).max(100) });
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

export interface QuizQuestion {
  item: StudyItem;
  /** the four names offered (multiple choice only) */
  choices?: StudyItem[];
}

export type QuizAnswer =
  | {
      kind: 'locate';
      /** where the student clicked (body frame) and the true location nearest it */
      click: Vec3;
      truth: { position: Vec3; side: Side; index: number };
      distanceCun: number;
      grade: LocateGrade;
    }
  | {
      kind: 'ear';
      /** where the student clicked on the chart (the stored right ear's units) and on which figure */
      click: readonly [number, number];
      view: EarChartView;
      /** from the point's zone (0 inside it) or its place, in % of the ear's height (quizEar.ts) */
      distancePct: number;
      grade: LocateGrade;
      wrongFace: boolean;
    }
  | { kind: 'name'; given: string; right: boolean };

export interface QuizRound {
  settings: QuizSettings;
  seed: number;
  questions: QuizQuestion[];
  answers: QuizAnswer[];
  /** the question shown: answers.length while it is open, answers.length - 1 once answered; questions.length at the end */
  current: number;
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

export type QuizPhase = 'asking' | 'answered' | 'done';
export function quizPhase(round: QuizRound): QuizPhase {
  if (round.current >= round.questions.length) return 'done';
  return round.answers.length > round.current ? 'answered' : 'asking';
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

/** An answer that sends its item to the "missed" deck: a wrong name, or a click more than 1 cun off (on the ear: near or further). */
export const isMiss = (a: QuizAnswer): boolean => (a.kind === 'name' ? !a.right : a.grade === 'near' || a.grade === 'missed');

export function roundScore(round: QuizRound): { earned: number; answered: number; total: number; percent: number } {
  const earned = round.answers.reduce((sum, a) => sum + credit(a), 0);
  const total = round.questions.length;
  return { earned, answered: round.answers.length, total, percent: total === 0 ? 0 : Math.round((100 * earned) / total) };
}

/** The items answered wrong, in the order they were asked. */
export function missedItems(round: QuizRound): StudyItem[] {
  return round.answers.flatMap((a, i) => (isMiss(a) && round.questions[i] ? [round.questions[i].item] : []));
}

/** What the device keeps of the quiz: the last round's missed items (the "missed" deck). */
export const quizMissedSchema = z.strictObject({ missed: z.array(studyItemSchema).max(500) });
export type QuizMissed = z.infer<typeof quizMissedSchema>;
