// A point set: an ordered list of items from any system (body point locations, scalp lines and
// areas, ear points) with how each is used, named and kept by the user on the device, shared as a
// link or a JSON file, or built into the atlas for a condition of our sources. One schema for all
// of them, so a built-in set can be copied and edited like one of the user's own.
import { z } from 'zod';
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

const itemIdSchema = z.string().min(1).max(60);

/** One item of a set: what (a system and the item's id in it) and how. */
export const setItemSchema = z.strictObject({
  system: z.enum(['points', 'scalp', 'ear']),
  id: itemIdSchema,
  side: setSideSchema.optional(),
  technique: setTechniqueSchema.optional(),
  /** retention in minutes */
  retentionMin: z.number().int().min(0).max(240).optional(),
  note: z.string().max(500).optional(),
});
export type SetItem = z.infer<typeof setItemSchema>;

/** How strong the evidence for a built-in set is, in one word; its `evidenceNote` says it plainly. */
export const evidenceStrengthSchema = z.enum(['moderate', 'limited', 'traditional']);

export const pointSetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'an id of lower-case letters, digits and hyphens'),
  name: z.string().min(1).max(120),
  note: z.string().max(2000).optional(),
  items: z.array(setItemSchema).max(200),
  /** built-in sets only: the conditions it serves (ids of data/conditions.json), its source and evidence */
  conditions: z.array(z.string()).optional(),
  source: z.string().max(400).optional(),
  evidence: evidenceStrengthSchema.optional(),
  evidenceNote: z.string().max(600).optional(),
});
export type PointSet = z.infer<typeof pointSetSchema>;

/** data/sets.json: the built-in sets. */
export const builtInSetsFileSchema = z.strictObject({
  source: z.string(),
  sets: z.array(pointSetSchema),
});
