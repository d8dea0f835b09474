// data/sets.json, the atlas's built-in sets, checked by npm run check:data and the build: its
// schema, and that every item exists in its system and every condition in the vocabulary. Each
// problem names the file, the set and the field.
import type { DataProblem } from '../data/validate.ts';
import { zodProblems } from '../data/validate.ts';
import { builtInSetsFileSchema, type PointSet } from '../schema/sets.ts';
import type { KnownItems } from './exchange.ts';

export const builtInSetsFile = 'data/sets.json';

export function checkBuiltInSets(raw: unknown, known: KnownItems, conditionIds: ReadonlySet<string>): { sets: PointSet[]; problems: DataProblem[] } {
  const parsed = builtInSetsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const rawSets = (raw as { sets?: { id?: unknown }[] } | null)?.sets;
    const recordOf = (path: PropertyKey[]) => {
      if (path[0] !== 'sets' || typeof path[1] !== 'number') return '(file)';
      const id = rawSets?.[path[1]]?.id;
      return typeof id === 'string' ? id : `sets[${path[1]}]`;
    };
    return { sets: [], problems: zodProblems(builtInSetsFile, parsed.error, (path) => recordOf(path)) };
  }
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  for (const set of parsed.data.sets) {
    const at = (field: string, message: string) => problems.push({ file: builtInSetsFile, record: set.id, field, message });
    if (seen.has(set.id)) at('id', 'another set has this id');
    seen.add(set.id);
    set.items.forEach((item, i) => known[item.system].has(item.id) || at(`items.${i}.id`, `unknown ${item.system} item "${item.id}"`));
    (set.conditions ?? []).forEach((id, i) => conditionIds.has(id) || at(`conditions.${i}`, `unknown condition "${id}"`));
    if (!set.source) at('source', 'a built-in set names its source');
    if (!set.evidence || !set.evidenceNote) at('evidence', 'a built-in set says how strong its evidence is (evidence and evidenceNote)');
  }
  return { sets: parsed.data.sets, problems };
}
