// The state of a quiz round as the first view reads it (what the body lights, what is said): its
// data types, its phase and the items it missed. Light on purpose: no deck, shuffle or scoring code,
// which come with the quiz (quizRound.ts, loaded with its panel).
import type { Side, Vec3 } from '../body/frame.ts';
import type { StudyItem } from './decks.ts';
import type { LocateGrade } from './quizCun.ts';
import type { EarChartView } from './quizEar.ts';
import type { QuizSettings } from './quizRound.ts';

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

export type QuizPhase = 'asking' | 'answered' | 'done';
export function quizPhase(round: QuizRound): QuizPhase {
  if (round.current >= round.questions.length) return 'done';
  return round.answers.length > round.current ? 'answered' : 'asking';
}

/** An answer that sends its item to the "missed" deck: a wrong name, or a click more than 1 cun off (on the ear: near or further). */
export const isMiss = (a: QuizAnswer): boolean => (a.kind === 'name' ? !a.right : a.grade === 'near' || a.grade === 'missed');

/** The items answered wrong, in the order they were asked. */
export function missedItems(round: QuizRound): StudyItem[] {
  return round.answers.flatMap((a, i) => (isMiss(a) && round.questions[i] ? [round.questions[i].item] : []));
}
