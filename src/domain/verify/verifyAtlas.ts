// A record's "checked" status, derived from its location assertions on every body: never typed by hand.
import type { Side } from '../body/frame.ts';
import type { PointRecord } from '../schema/points.ts';
import type { LocationSpec, SpecResult } from './checks.ts';
import { evaluateSpec, type VerifyContext } from './evaluate.ts';

export interface RecordVerdict {
  code: string;
  /** checked: every location has assertions on its face or region and on its place, and all hold */
  status: 'checked' | 'failed' | 'unchecked';
  results: SpecResult[];
  /** members (1-based) that have no spec */
  missing: number[];
}

const positional = new Set(['midline', 'level', 'distance', 'near', 'relation', 'along']);

/** Evaluates every spec of a record on one body. */
export function verifyRecord(v: VerifyContext, record: PointRecord, specs: readonly LocationSpec[]): RecordVerdict {
  const side: Side = record.laterality === 'midline' ? 'midline' : 'left';
  const count = record.members?.length ?? 1;
  const own = specs.filter((s) => s.code === record.code);
  const results: SpecResult[] = [];
  const missing: number[] = [];
  for (let m = 1; m <= count; m++) {
    const spec = own.find((s) => (s.member ?? 1) === m);
    const sufficient = spec && spec.checks.some((c) => c.kind === 'face' || c.kind === 'part') && spec.checks.some((c) => positional.has(c.kind));
    if (!spec || !sufficient) {
      missing.push(m);
      if (spec) results.push(evaluateSpec(v, spec, side));
      continue;
    }
    results.push(evaluateSpec(v, spec, side));
  }
  const failed = results.some((r) => !r.pass);
  return { code: record.code, status: failed ? 'failed' : missing.length ? 'unchecked' : 'checked', results, missing };
}

/** The status over several bodies: checked only when checked on every one. */
export function combineVerdicts(verdicts: readonly RecordVerdict[]): RecordVerdict['status'] {
  if (verdicts.some((v) => v.status === 'failed')) return 'failed';
  if (verdicts.some((v) => v.status === 'unchecked')) return 'unchecked';
  return 'checked';
}

/** What the app shows of a record: its status over every body and how many measurements back it. */
export function locationCheck(verdicts: readonly RecordVerdict[]): { status: RecordVerdict['status']; assertions: number } {
  return { status: combineVerdicts(verdicts), assertions: verdicts[0]?.results.reduce((n, r) => n + r.results.length, 0) ?? 0 };
}
