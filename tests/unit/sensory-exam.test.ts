// The ISNCSCI sensory level and totals, checked against worked cases of the standard's published
// training material: the InSTeP e-learning course (ASIA / ISCoS), Module 5 assessment cases A to D,
// as transcribed with their expected classification in the open ISNCSCI algorithm's test set
// (github.com/praxis-isncsci/algorithm, specs/2019.json, ids 1-4). Case B and C are asymmetric.
// The NT case is ours, made from case B by the standard's rule for a segment not testable.
import { describe, expect, it } from 'vitest';
import { spinalSegments } from '../../src/domain/neuro/segments.ts';
import {
  decodeExam,
  emptyExam,
  encodeExam,
  sensoryLevel,
  sensoryTotals,
  type SensoryExam,
  type SensoryScore,
} from '../../src/systems/injury/domain/sensoryExam.ts';

/** per segment, head to tail: right light touch, right pin prick, left light touch, left pin prick; segments not listed are all 0 */
function exam(rows: Partial<Record<(typeof spinalSegments)[number], string>>, rest = '0000'): SensoryExam {
  const e = emptyExam();
  for (const s of spinalSegments) {
    const [rl, rp, ll, lp] = (rows[s] ?? rest).split('').map((c) => (c === 'N' ? 'NT' : c) as SensoryScore);
    Object.assign(e.right.lt, { [s]: rl });
    Object.assign(e.right.pp, { [s]: rp });
    Object.assign(e.left.lt, { [s]: ll });
    Object.assign(e.left.pp, { [s]: lp });
  }
  return e;
}
const normal = (to: (typeof spinalSegments)[number]) => Object.fromEntries(spinalSegments.slice(0, spinalSegments.indexOf(to) + 1).map((s) => [s, '2222']));

const caseA = exam({ ...normal('C6'), C7: '2100', C8: '1000', T1: '1000', T4: '1000', T5: '1000' });
const caseB = exam({ ...normal('T11'), T12: '2210' });
const caseC = exam({ ...normal('T12'), L1: '1122', L2: '1111', L3: '1011', S3: '1111', 'S4-5': '1112' });
const caseD = exam({
  ...normal('C4'),
  C5: '0010',
  C6: '0010',
  T2: '1200',
  T3: '1010',
  T4: '1010',
  T5: '1010',
  T6: '1011',
  T7: '1011',
  T8: '1011',
  T9: '1011',
  T10: '1010',
  T11: '1011',
  T12: '1001',
});

describe('the ISNCSCI sensory level (InSTeP module 5 cases)', () => {
  it('case A: C6 on both sides; totals light touch 16 + 10, pin prick 11 + 10', () => {
    expect(sensoryLevel(caseA, 'right')).toEqual({ level: 'C6', possible: ['C6'] });
    expect(sensoryLevel(caseA, 'left').level).toBe('C6');
    expect(sensoryTotals(caseA)).toEqual({ right: { lt: 16, pp: 11 }, left: { lt: 10, pp: 10 }, lt: 26, pp: 21 });
  });

  it('case B, asymmetric: right T12, left T11 (T12 altered on the left); totals 38/38 and 37/36', () => {
    expect(sensoryLevel(caseB, 'right').level).toBe('T12');
    expect(sensoryLevel(caseB, 'left').level).toBe('T11');
    expect(sensoryTotals(caseB)).toEqual({ right: { lt: 38, pp: 38 }, left: { lt: 37, pp: 36 }, lt: 75, pp: 74 });
  });

  it('case C, asymmetric with sacral sparing: right T12, left L1; totals 43/42 and 44/45', () => {
    expect(sensoryLevel(caseC, 'right').level).toBe('T12');
    expect(sensoryLevel(caseC, 'left').level).toBe('L1');
    expect(sensoryTotals(caseC)).toEqual({ right: { lt: 43, pp: 42 }, left: { lt: 44, pp: 45 }, lt: 87, pp: 87 });
  });

  it('case D: C4 on both sides, the sensation kept lower down (T2 pin prick on the right) does not count', () => {
    expect(sensoryLevel(caseD, 'right').level).toBe('C4');
    expect(sensoryLevel(caseD, 'left').level).toBe('C4');
  });
});

describe('the rule at its edges', () => {
  it('every segment normal is INT; C2 impaired is C1', () => {
    const intact = exam({}, '2222');
    expect(sensoryLevel(intact, 'left')).toEqual({ level: 'INT', possible: ['INT'] });
    expect(sensoryTotals(intact)).toEqual({ right: { lt: 56, pp: 56 }, left: { lt: 56, pp: 56 }, lt: 112, pp: 112 });
    expect(sensoryLevel(exam({ C2: '2122' }, '2222'), 'right').level).toBe('C1');
    expect(sensoryLevel(exam({ C2: '2122' }, '2222'), 'left').level).toBe('INT');
  });

  it('an NT segment leaves the level undetermined between what it could be, and the totals it enters', () => {
    // case B with the right T10 pin prick not testable: T9 if T10 is impaired, else T12 as before
    const nt = exam({ ...normal('T11'), T10: '2N22', T12: '2210' });
    expect(sensoryLevel(nt, 'right')).toEqual({ level: null, possible: ['T9', 'T12'] });
    expect(sensoryLevel(nt, 'left').level).toBe('T11');
    expect(sensoryTotals(nt)).toEqual({ right: { lt: 38, pp: null }, left: { lt: 37, pp: 36 }, lt: 75, pp: null });
    // an NT below the first impaired segment changes nothing
    const below = exam({ ...normal('T11'), T12: '2210', L3: 'NNNN' });
    expect(sensoryLevel(below, 'right').level).toBe('T12');
  });

  it('a segment not yet entered counts as not known', () => {
    expect(sensoryLevel(emptyExam(), 'right')).toEqual({ level: null, possible: ['C1', ...spinalSegments.slice(0, -1), 'INT'] });
  });

  it('keeps the exam as 112 characters and reads back only a well-formed text', () => {
    const text = encodeExam(caseC);
    expect(text).toHaveLength(112);
    expect(decodeExam(text)).toEqual(caseC);
    expect(encodeExam(emptyExam())).toBe('-'.repeat(112));
    expect(decodeExam('22')).toBeNull();
    expect(decodeExam('X'.repeat(112))).toBeNull();
  });
});
