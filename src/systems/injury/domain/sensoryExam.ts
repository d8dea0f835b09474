// The ISNCSCI sensory examination: light touch and pin prick at the key sensory point of each
// segment (C2 to S4-5) on each side, scored 0 absent, 1 altered, 2 normal, NT not testable; the
// sensory level per side and the totals derived by the standard's rules (International Standards
// for Neurological Classification of Spinal Cord Injury, revised 2019):
// - the sensory level is the most caudal segment with normal (2) light touch AND pin prick, every
//   segment above it normal too; C2 impaired gives C1; every segment normal gives INT (intact);
// - an NT segment could be either: the level is then each level it could be, and is determined
//   only when one remains (as the published algorithm reports a range);
// - each total (light touch and pin prick per side, max 56; both sides, max 112) is the sum of its
//   scores, and not determinable (null) while any of them is NT or missing.
// The '*' of the 2019 revision (an impairment from another condition) is not modelled.
import { z } from '../../../domain/schema/zodMini.ts';
import { spinalSegments, type SegmentId } from '../../../domain/neuro/segments.ts';

export const sensoryScores = ['0', '1', '2', 'NT'] as const;
export type SensoryScore = (typeof sensoryScores)[number];
export type Side = 'right' | 'left';
export type Modality = 'lt' | 'pp';

/** One side's scores by segment and modality; a score left out is not yet entered. */
export type SensoryExam = Record<Side, Record<Modality, Partial<Record<SegmentId, SensoryScore>>>>;

/** A sensory level: a segment, C1 (C2 already impaired) or INT (all intact). */
export type SensoryLevel = 'C1' | SegmentId | 'INT';

export const emptyExam = (): SensoryExam => ({ right: { lt: {}, pp: {} }, left: { lt: {}, pp: {} } });

/**
 * The exam in a compact text, for keeping on the device: per segment head to tail the right light
 * touch, right pin prick, left light touch, left pin prick, each one of 0 1 2 N (NT) - (not entered).
 */
const codeOf: Record<SensoryScore, string> = { '0': '0', '1': '1', '2': '2', NT: 'N' };
const scoreOf: Record<string, SensoryScore | undefined> = { '0': '0', '1': '1', '2': '2', N: 'NT' };
const order: [Side, Modality][] = [
  ['right', 'lt'],
  ['right', 'pp'],
  ['left', 'lt'],
  ['left', 'pp'],
];
export const examText = z
  .string()
  .check(z.regex(new RegExp(`^[012N-]{${spinalSegments.length * 4}}$`), 'four scores (0, 1, 2, N or -) for each of the 28 segments'));

export function encodeExam(exam: SensoryExam): string {
  return spinalSegments.map((s) => order.map(([side, m]) => { const v = exam[side][m][s]; return v ? codeOf[v] : '-'; }).join('')).join(''); // prettier-ignore
}

export function decodeExam(text: string): SensoryExam | null {
  if (!examText.safeParse(text).success) return null;
  const exam = emptyExam();
  spinalSegments.forEach((s, i) =>
    order.forEach(([side, m], j) => {
      const v = scoreOf[text[i * 4 + j]!];
      if (v) exam[side][m][s] = v;
    }),
  );
  return exam;
}

type Known = 'normal' | 'impaired' | 'unknown';
/** A segment on one side: normal when both scores are 2, impaired when either is 0 or 1, else unknown (NT or not entered). */
function state(exam: SensoryExam, side: Side, s: SegmentId): Known {
  const both = [exam[side].lt[s], exam[side].pp[s]];
  if (both.some((v) => v === '0' || v === '1')) return 'impaired';
  return both.every((v) => v === '2') ? 'normal' : 'unknown';
}

/**
 * The sensory level of one side: every level the scores allow (head to tail), and the level when
 * only one remains. A segment not yet entered counts as unknown, like NT.
 */
export function sensoryLevel(exam: SensoryExam, side: Side): { level: SensoryLevel | null; possible: SensoryLevel[] } {
  const possible: SensoryLevel[] = [];
  let above: SensoryLevel = 'C1';
  for (const s of spinalSegments) {
    const here = state(exam, side, s);
    if (here === 'impaired') {
      possible.push(above);
      return { level: possible.length === 1 ? above : null, possible };
    }
    // unknown: impaired (the level is the one above) or normal (go on)
    if (here === 'unknown') possible.push(above);
    above = s;
  }
  possible.push('INT');
  return { level: possible.length === 1 ? 'INT' : null, possible };
}

/** A total: the sum of its scores, null while any is NT or not entered. */
function total(exam: SensoryExam, sides: readonly Side[], m: Modality): number | null {
  let sum = 0;
  for (const side of sides)
    for (const s of spinalSegments) {
      const v = exam[side][m][s];
      if (v === undefined || v === 'NT') return null;
      sum += Number(v);
    }
  return sum;
}

export interface SensoryTotals {
  right: { lt: number | null; pp: number | null };
  left: { lt: number | null; pp: number | null };
  lt: number | null;
  pp: number | null;
}

export function sensoryTotals(exam: SensoryExam): SensoryTotals {
  return {
    right: { lt: total(exam, ['right'], 'lt'), pp: total(exam, ['right'], 'pp') },
    left: { lt: total(exam, ['left'], 'lt'), pp: total(exam, ['left'], 'pp') },
    lt: total(exam, ['right', 'left'], 'lt'),
    pp: total(exam, ['right', 'left'], 'pp'),
  };
}
