// Validates the atlas's data files and the references between them. Pure: it is given parsed
// JSON by file name and returns every problem, each naming the file, the record and the field.
import type { z } from 'zod';
import { pointFileSchema, type PointRecord } from '../schema/points.ts';
import type { Condition } from '../schema/vocabulary.ts';
import type { LocationRule } from '../schema/rules.ts';

export interface DataProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.record}: ${p.field}: ${p.message}`;
}

export function zodProblems(file: string, error: z.core.$ZodError, recordOf: (path: PropertyKey[]) => string): DataProblem[] {
  return error.issues.map((issue) => ({ file, record: recordOf(issue.path), field: issue.path.join('.') || '(root)', message: issue.message }));
}

export interface ReferenceVocabulary {
  landmarkIds: ReadonlySet<string>;
  spanIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
  conditionIds?: ReadonlySet<string>;
}

/** Landmark ids may carry an explicit side suffix (nipple_left); bilateral ids without one follow the point's side. */
export function isLandmarkRef(ref: string): boolean {
  return /^[a-z]/.test(ref);
}

export function ruleRefs(rule: LocationRule): { refs: string[]; spans: string[] } {
  switch (rule.kind) {
    case 'at':
      return { refs: [rule.ref], spans: [] };
    case 'offset':
      return { refs: [rule.from, ...rule.steps.flatMap((s) => (s.toward ? [s.toward] : []))], spans: rule.steps.flatMap((s) => (s.span ? [s.span] : [])) };
    case 'between':
      return { refs: [rule.from, ...(rule.via ? [rule.via] : []), rule.to], spans: [] };
    case 'vertebra':
      return { refs: [], spans: [] };
    case 'intersection':
    {
      const levels = [rule.level, ...(rule.levelToward ? [rule.levelToward.ref] : [])];
      return 'through' in rule.line ? { refs: [...levels, rule.line.through], spans: [] } : { refs: levels, spans: [rule.line.span] };
    }
  }
}

export function parsePointFiles(files: Record<string, unknown>): { points: Map<string, { file: string; point: PointRecord }>; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const points = new Map<string, { file: string; point: PointRecord }>();
  for (const [file, json] of Object.entries(files)) {
    const parsed = pointFileSchema.safeParse(json);
    if (!parsed.success) {
      const raw = json as { points?: { code?: string }[] };
      problems.push(...zodProblems(file, parsed.error, (path) => (path[0] === 'points' && typeof path[1] === 'number' ? (raw.points?.[path[1]]?.code ?? `points[${path[1]}]`) : '(file)')));
      continue;
    }
    for (const point of parsed.data.points) {
      const seen = points.get(point.code);
      if (seen) problems.push({ file, record: point.code, field: 'code', message: `duplicate of the record in ${seen.file}` });
      points.set(point.code, { file, point });
    }
  }
  return { points, problems };
}

export function checkPointReferences(points: Map<string, { file: string; point: PointRecord }>, vocab: ReferenceVocabulary): DataProblem[] {
  const problems: DataProblem[] = [];
  const landmarkExists = (ref: string): boolean => vocab.landmarkIds.has(ref) || vocab.landmarkIds.has(ref.replace(/_(left|right)$/, ''));
  for (const { file, point } of points.values()) {
    const rules: [string, LocationRule][] = [];
    if (point.rule) rules.push(['rule', point.rule]);
    point.members?.forEach((m, i) => rules.push([`members.${i}.rule`, m.rule]));
    if (point.alternative) rules.push(['alternative.rule', point.alternative.rule]);
    for (const [field, rule] of rules) {
      const { refs, spans } = ruleRefs(rule);
      for (const ref of refs) {
        if (isLandmarkRef(ref) ? !landmarkExists(ref) : !points.has(ref)) problems.push({ file, record: point.code, field, message: `unknown ${isLandmarkRef(ref) ? 'landmark' : 'point'} "${ref}"` });
        if (ref === point.code) problems.push({ file, record: point.code, field, message: 'a rule cannot refer to its own point' });
      }
      for (const span of spans) if (!vocab.spanIds.has(span)) problems.push({ file, record: point.code, field, message: `unknown cun span "${span}"` });
    }
    if (!vocab.regionIds.has(point.region)) problems.push({ file, record: point.code, field: 'region', message: `unknown region "${point.region}"` });
    if (vocab.conditionIds) {
      point.indications.forEach((id, i) => {
        if (!vocab.conditionIds?.has(id)) problems.push({ file, record: point.code, field: `indications.${i}`, message: `unknown condition "${id}"` });
      });
    }
  }
  return problems;
}

/** Conditions: ids unique, systems known, sameAs pointing at a real record. */
export function checkConditions(file: string, conditions: readonly Condition[], systemIds: ReadonlySet<string>): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Set<string>();
  for (const c of conditions) {
    if (ids.has(c.id)) problems.push({ file, record: c.id, field: 'id', message: 'duplicate condition id' });
    ids.add(c.id);
    if (!systemIds.has(c.system)) problems.push({ file, record: c.id, field: 'system', message: `unknown body system "${c.system}"` });
  }
  for (const c of conditions) if (c.sameAs && !ids.has(c.sameAs)) problems.push({ file, record: c.id, field: 'sameAs', message: `unknown condition "${c.sameAs}"` });
  return problems;
}
