// A point set: an ordered list of items from any system (body point locations, scalp lines and
// areas, ear points) with how each is used, named and kept by the user on the device, shared as a
// link or a JSON file, or built into the atlas for a condition of our sources. One schema for all
// of them, so a built-in set can be copied and edited like one of the user's own.
import { z } from './zodMini.ts';
import { cautionModalities } from './cautions.ts';

/** The technique an item is used with; the caution modalities, so cautions can be matched to it. */
export const setTechniques = cautionModalities.filter((m) => m !== 'any');
export const setTechniqueSchema = z.enum(
  setTechniques as [Exclude<(typeof cautionModalities)[number], 'any'>, ...Exclude<(typeof cautionModalities)[number], 'any'>[]],
);
export type SetTechnique = z.infer<typeof setTechniqueSchema>;

/** Which side(s) an item is used on; midline items have none. */
export const setSideSchema = z.enum(['left', 'right', 'both']);
export type SetSide = z.infer<typeof setSideSchema>;

const itemIdSchema = z.string().check(z.minLength(1), z.maxLength(60));

/** One item of a set: what (a system and the item's id in it) and how. */
export const setItemSchema = z.strictObject({
  system: z.enum(['points', 'scalp', 'ear']),
  id: itemIdSchema,
  side: z.optional(setSideSchema),
  technique: z.optional(setTechniqueSchema),
  /** retention in minutes */
  retentionMin: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(240))),
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type SetItem = z.infer<typeof setItemSchema>;

/** How strong the evidence for a built-in set is, in one word; its `evidenceNote` says it plainly. */
export const evidenceStrengthSchema = z.enum(['moderate', 'limited', 'traditional']);

export const pointSetSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'an id of lower-case letters, digits and hyphens')),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  note: z.optional(z.string().check(z.maxLength(2000))),
  items: z.array(setItemSchema).check(z.maxLength(200)),
  /** built-in sets only: the conditions it serves (ids of data/conditions.json), its source and evidence */
  conditions: z.optional(z.array(z.string())),
  source: z.optional(z.string().check(z.maxLength(400))),
  evidence: z.optional(evidenceStrengthSchema),
  evidenceNote: z.optional(z.string().check(z.maxLength(600))),
});
export type PointSet = z.infer<typeof pointSetSchema>;

/** data/sets.json: the built-in sets. */
export const builtInSetsFileSchema = z.strictObject({
  source: z.string(),
  sets: z.array(pointSetSchema),
});
