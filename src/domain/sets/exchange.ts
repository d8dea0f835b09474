// The file a user exports their sets to and imports them from:
// { "format": "acupoint-atlas-sets", "version": 1, "sets": [...] }. Read with zod; every problem is
// said in words that name the set, the item and the field ("set 2 ("Neck pain"), item 3: technique
// must be one of needle, moxa, ..."), and an item the atlas does not have is named, never dropped.
import { z } from '../schema/zodMini.ts';
import { pointSetSchema, setSideSchema, setTechniques, type PointSet, type SetItem } from '../schema/sets.ts';

export const setsFileFormat = 'acupoint-atlas-sets';
export const setsFileVersion = 1;

export const setsFileSchema = z.strictObject({
  format: z.literal(setsFileFormat),
  version: z.literal(setsFileVersion),
  sets: z.array(pointSetSchema).check(z.maxLength(500)),
});
export type SetsFile = z.infer<typeof setsFileSchema>;

/** The file of some sets, as written (the user's sets carry no built-in fields, so none are written). */
export function setsFile(sets: readonly PointSet[]): SetsFile {
  return { format: setsFileFormat, version: setsFileVersion, sets: [...sets] };
}

/** The ids each system has, to tell an item the atlas knows from one it does not. */
export type KnownItems = Record<SetItem['system'], ReadonlySet<string>>;

const systemWords: Record<SetItem['system'], string> = { points: 'body point', scalp: 'scalp line or area', ear: 'ear point' };

/** What a field must be, in words, for the fields whose zod messages would be cryptic. */
const fieldRules: Record<string, string> = {
  technique: `must be one of ${setTechniques.join(', ')}`,
  side: `must be one of ${setSideSchema.options.join(', ')}`,
  system: 'must be one of points, scalp, ear',
  retentionMin: 'must be a whole number of minutes from 0 to 240',
  id: 'must be an id of lower-case letters, digits and hyphens (up to 60)',
  name: 'must be text of 1 to 120 characters',
  note: 'must be text (up to 2000 characters for a set, 500 for an item)',
  items: 'must be a list of items (up to 200)',
};

/** "set 2 ("Neck pain"), item 3": where in the file a problem is (counted from 1, as people count). */
function placeOf(path: readonly PropertyKey[], raw: unknown): { place: string; field: string } {
  if (path[0] !== 'sets' || typeof path[1] !== 'number') return { place: 'the file', field: path.map(String).join('.') };
  const rawSet = (raw as { sets?: unknown[] }).sets?.[path[1]] as { name?: unknown } | undefined;
  const named = typeof rawSet?.name === 'string' && rawSet.name ? ` (${JSON.stringify(rawSet.name.slice(0, 60))})` : '';
  let place = `set ${path[1] + 1}${named}`;
  let rest = path.slice(2);
  if (rest[0] === 'items' && typeof rest[1] === 'number') {
    place += `, item ${rest[1] + 1}`;
    rest = rest.slice(2);
  }
  return { place, field: rest.map(String).join('.') };
}

function issueText(issue: z.core.$ZodIssue, raw: unknown): string {
  const { place, field } = placeOf(issue.path, raw);
  if (issue.code === 'unrecognized_keys')
    return `${place}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a set file`;
  if (!field) return `${place}: ${issue.message}`;
  const rule = fieldRules[field.split('.').pop() ?? ''];
  if (field === 'format') return `the file is not a sets file of the atlas (its "format" must be "${setsFileFormat}")`;
  if (field === 'version') return `the file's version must be ${setsFileVersion} (a file from a newer atlas cannot be read here)`;
  return `${place}: ${field} ${rule ?? issue.message}`;
}

/** Items of the sets the atlas does not have, each named with its set and place. */
export function unknownItems(sets: readonly PointSet[], known: KnownItems): string[] {
  return sets.flatMap((set, s) =>
    set.items.flatMap((item, i) =>
      known[item.system].has(item.id)
        ? []
        : [`set ${s + 1} (${JSON.stringify(set.name)}), item ${i + 1}: there is no ${systemWords[item.system]} "${item.id}" in the atlas`],
    ),
  );
}

export type SetsFileRead = { ok: true; sets: PointSet[] } | { ok: false; errors: string[] };

/** Reads a sets file's text: its sets, or every problem in words (nothing is imported then). */
export function readSetsFile(text: string, known: KnownItems): SetsFileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['the file is not JSON (was it saved by the atlas\'s "Export sets"?)'] };
  }
  const parsed = setsFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => issueText(i, raw)))].slice(0, 20) };
  const unknown = unknownItems(parsed.data.sets, known);
  return unknown.length > 0 ? { ok: false, errors: unknown.slice(0, 20) } : { ok: true, sets: parsed.data.sets };
}
