// The condition vocabulary and the body regions that points, zones and searches refer to.
import { z } from 'zod';
import { cautionListSchema } from './cautions.ts';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');
const chineseName = z.string().regex(/^\p{Script=Han}{2,}$/u, 'Chinese characters only, two or more');

/** A condition's usual Chinese name, for searches typed in Chinese (失眠, 頭痛). */
export const conditionHanziSchema = z
  .strictObject({ simplified: chineseName, traditional: chineseName.optional() })
  .refine((h) => h.traditional !== h.simplified, { message: 'traditional only where it differs from simplified', path: ['traditional'] });

export const conditionSchema = z.strictObject({
  id: kebab,
  name: z.string().min(2),
  hanzi: conditionHanziSchema,
  system: kebab,
  synonyms: z
    .array(
      z
        .string()
        .min(2)
        .refine((s) => s === s.toLowerCase(), 'synonyms are lower case'),
    )
    .max(8),
  /** another record naming the same condition (spelling variants kept so references stay valid) */
  sameAs: kebab.optional(),
  /** the points and scalp zones standard texts use for it: main choices and supporting ones */
  links: z.array(z.strictObject({ ref: z.string(), role: z.enum(['main', 'supporting']) })).default([]),
  /** red flags (see a doctor first) and what to watch for in people with this condition */
  cautions: cautionListSchema,
});
export type Condition = z.infer<typeof conditionSchema>;

export const conditionsFileSchema = z.strictObject({
  source: z.string(),
  systems: z.array(z.strictObject({ id: kebab, name: z.string().min(2) })).min(1),
  conditions: z.array(conditionSchema).min(1),
});

export const regionSchema = z.strictObject({
  id: kebab,
  name: z.string().min(2),
  group: z.string(),
  synonyms: z.array(z.string()).default([]),
});
export type Region = z.infer<typeof regionSchema>;
export const regionsFileSchema = z.strictObject({ regions: z.array(regionSchema).min(1) });
