// The dermatome records (data/dermatomes/dermatomes.json): one per skin area of the shared ids
// (src/domain/neuro/segments.ts), with the source its borders follow, where they are uncertain,
// and for each spinal segment its ISNCSCI key sensory point, placed by a rule like a point.
import { z } from '../../../domain/schema/zodMini.ts';
import { isSpinalSegment, skinAreaId, trigeminalAreas, spinalSegments } from '../../../domain/neuro/segments.ts';
import { ruleSchema } from '../../../domain/schema/rules.ts';

export const dermatomeSourceId = z.enum(['lee2008', 'isncsci2019', 'trigeminal-anatomy']);

export const keySensoryPointSchema = z.strictObject({
  /** where the examiner touches, in our own words (ISNCSCI 2019) */
  description: z.string().check(z.minLength(10)),
  rule: ruleSchema,
});

export const dermatomeSchema = z.strictObject({
  id: skinAreaId,
  name: z.string().check(z.minLength(3)),
  /** the source its borders follow */
  source: dermatomeSourceId,
  /** where it lies, in words */
  borders: z.string().check(z.minLength(10)),
  /** where its borders are uncertain or overlap (Lee 2008's variable zones) */
  uncertainty: z.string().check(z.minLength(10)),
  keyPoint: z.optional(keySensoryPointSchema),
});
export type Dermatome = z.infer<typeof dermatomeSchema>;

export const dermatomesFileSchema = z
  .strictObject({
    sources: z.array(z.strictObject({ id: dermatomeSourceId, citation: z.string().check(z.minLength(10)) })).check(z.minLength(1)),
    note: z.string(),
    areas: z.array(dermatomeSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      const ids = file.areas.map((a) => a.id);
      for (const id of [...trigeminalAreas, ...spinalSegments])
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['areas'], message: `no record for skin area ${id}` });
      file.areas.forEach((a, i) => {
        if (ids.indexOf(a.id) !== i) ctx.addIssue({ code: 'custom', path: ['areas', i, 'id'], message: `${a.id} is listed twice` });
        // every spinal segment has its ISNCSCI key point; the trigeminal areas have none in the standard
        if (isSpinalSegment(a.id) !== (a.keyPoint !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['areas', i, 'keyPoint'],
            message: isSpinalSegment(a.id) ? 'a spinal segment needs its key sensory point' : 'only spinal segments have a key sensory point',
          });
      });
    }),
  );
export type DermatomesFile = z.infer<typeof dermatomesFileSchema>;
