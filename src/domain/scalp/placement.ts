// The shipped scalp file of one body: every zone's strokes in the body frame, and the hairlines.
import { z } from '../schema/zodMini.ts';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
export const scalpZoneSchema = z.object({
  id: z.string(),
  system: z.enum(['who-scalp', 'jiao-scalp']),
  side: z.enum(['left', 'right', 'midline']),
  strokes: z.array(z.array(vec3).check(z.minLength(2))).check(z.minLength(1)),
  segments: z.optional(z.array(z.object({ range: z.tuple([z.number(), z.number()]), bodyParts: z.array(z.string()), serves: z.string() }))),
});
export type PlacedScalpZone = z.infer<typeof scalpZoneSchema>;
export const scalpFileSchema = z.object({ variant: z.string(), zones: z.array(scalpZoneSchema), hairlines: z.array(z.array(vec3)) });
export type ScalpFile = z.infer<typeof scalpFileSchema>;
