// The grammar of location rules: how a point (or a landmark-derived zone) is found on the body,
// the way textbooks teach it, from landmarks and proportional cun. Never coordinates.
import { z } from './zodMini.ts';
import { strictUnion } from './strict.ts';

/** A landmark id (snake_case, data/body/landmarks.json) or a point code (LU9, EX-HN3). */
export const refSchema = z
  .string()
  .check(z.regex(/^([a-z][a-z0-9_]*|[A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/, 'a landmark id (snake_case) or a point code'));
export type Ref = z.infer<typeof refSchema>;

/** left and right are the subject's, for midline points that step to one side (Sishencong) */
export const directionSchema = z.enum(['proximal', 'distal', 'medial', 'lateral', 'anterior', 'posterior', 'superior', 'inferior', 'left', 'right']);
export type Direction = z.infer<typeof directionSchema>;

/** The face of the body part that the point lies on; decides where the result meets the skin. */
// posterolateral: the back-and-outer face of a limb, behind its outermost skin (the radial-dorsal forearm)
export const surfaceSchema = z.enum(['anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior', 'posterolateral']);
export type Surface = z.infer<typeof surfaceSchema>;

export const unitSchema = z.enum(['B-cun', 'F-cun', 'cm']);

export const stepSchema = z
  .strictObject({
    dir: directionSchema,
    cun: z.number().check(z.positive(), z.maximum(30)),
    unit: z._default(unitSchema, 'B-cun'),
    /** the proportional span (data/body/cun-spans.json) that measures this step; required for B-cun */
    span: z.optional(z.string()),
    /** measured over the skin at the same height (a sideways distance round the curve of the chest), not seen from the front */
    over: z.optional(z.literal('skin')),
    /** the step runs along the straight line to this reference, not along its direction's axis (LI13, LI14: on the line from LI11 to LI15) */
    toward: z.optional(refSchema),
  })
  .check(z.refine((s) => s.unit !== 'B-cun' || s.span !== undefined, { message: 'a B-cun step names the span that measures it', path: ['span'] }));

export const vertebraLevelSchema = z.enum([
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
  'S3',
  'S4',
]);

export const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('at'), ref: refSchema, surface: z.optional(surfaceSchema) }),
  z.strictObject({ kind: z.literal('offset'), from: refSchema, steps: z.array(stepSchema).check(z.minLength(1)), surface: z.optional(surfaceSchema) }),
  z.strictObject({
    kind: z.literal('between'),
    from: refSchema,
    to: refSchema,
    fraction: z.number().check(z.minimum(0), z.maximum(1)),
    /** a curved line (TE17 to TE20 along the root of the ear) passes through this reference: the fraction is of the path from, via, to */
    via: z.optional(refSchema),
    surface: z.optional(surfaceSchema),
  }),
  z.strictObject({
    kind: z.literal('vertebra'),
    level: vertebraLevelSchema,
    /** below: the depression under the spinous process; at: on it; foramen: the posterior sacral foramen (S1-S4) */
    position: z.enum(['below', 'at', 'foramen']),
    lateralCun: z.number().check(z.minimum(0), z.maximum(6)),
    surface: z.optional(surfaceSchema),
  }),
  z.strictObject({
    kind: z.literal('intersection'),
    /** the horizontal level: the height of this reference */
    level: refSchema,
    /** or the height a fraction of the way from `level` to this reference's (the ISNCSCI T7 key point: a quarter of the way from T6's level to the navel) */
    levelToward: z.optional(z.strictObject({ ref: refSchema, fraction: z.number().check(z.minimum(0), z.maximum(1)) })),
    line: strictUnion([
      z.strictObject({ through: refSchema }),
      z.strictObject({ lateralOfMidlineCun: z.number().check(z.minimum(0), z.maximum(12)), span: z.string() }),
    ]),
    surface: z.optional(surfaceSchema),
  }),
]);
export type LocationRule = z.infer<typeof ruleSchema>;
