// The scalp and ear zones used in spinal cord injury (data/neuro/sci-zones.json): schema first, the
// type from it. Each entry points at a zone of an existing system (a WHO scalp line or a Jiao area,
// an ear point of the Chinese standard) and says, in our own words, what it is used for and on whose
// authority, with how far we could check that source.
import { z } from '../../../domain/schema/zodMini.ts';
import { segmentId } from '../../../domain/neuro/segments.ts';

export const sciZoneSchema = z.strictObject({
  /** the system the zone belongs to, and its id there (a scalp line's code or Jiao area's id; an ear point's code) */
  system: z.enum(['scalp', 'ear']),
  id: z.string().check(z.regex(/^[A-Za-z0-9,-]{1,40}$/)),
  /** its name in that system's data (checked), so the list names it before the ear map is loaded */
  name: z.string().check(z.minLength(3)),
  /** the part of the zone meant, when not all of it ("the upper fifth") */
  part: z.optional(z.string().check(z.minLength(3))),
  /** what it is used for in spinal cord injury, in our own words */
  role: z.string().check(z.minLength(20)),
  /** the injury levels it is chosen for (a vertebrae zone of the ear for its own region); left out: any level */
  levels: z.optional(z.strictObject({ from: segmentId, to: segmentId })),
  /** the named sources (author, title, year) */
  source: z.string().check(z.minLength(10)),
  /** how far the entry was checked: against the source's own text, only through a secondary account, or not yet */
  verification: z.enum(['checked', 'secondary', 'unverified']),
});
export type SciZone = z.infer<typeof sciZoneSchema>;

export const sciZonesFileSchema = z.strictObject({
  format: z.literal('atlas-sci-zones'),
  version: z.literal(1),
  /** which source the file follows overall, and what it leaves out */
  about: z.string().check(z.minLength(20)),
  zones: z.array(sciZoneSchema).check(z.minLength(1)),
});
export type SciZonesFile = z.infer<typeof sciZonesFileSchema>;

/** Problems with the zones' references: an id its system does not have (by id -> name), another name, or a level range upside down. */
export function sciZoneProblems(
  file: string,
  zones: readonly SciZone[],
  known: { scalp: ReadonlyMap<string, string>; ear: ReadonlyMap<string, string> },
  order: (id: z.infer<typeof segmentId>) => number,
): { file: string; record: string; field: string; message: string }[] {
  const problems: { file: string; record: string; field: string; message: string }[] = [];
  const seen = new Set<string>();
  zones.forEach((z, i) => {
    const record = `zones[${i}] ${z.system}:${z.id}`;
    const name = known[z.system].get(z.id);
    if (name === undefined) problems.push({ file, record, field: 'id', message: `no ${z.system} zone "${z.id}"` });
    else if (name !== z.name) problems.push({ file, record, field: 'name', message: `the ${z.system} data names it "${name}", not "${z.name}"` });
    if (z.levels && order(z.levels.from) > order(z.levels.to))
      problems.push({ file, record, field: 'levels', message: `"${z.levels.from}" is below "${z.levels.to}"` });
    const key = `${z.system}:${z.id}:${z.part ?? ''}`;
    if (seen.has(key)) problems.push({ file, record, field: 'id', message: 'listed twice' });
    seen.add(key);
  });
  return problems;
}
