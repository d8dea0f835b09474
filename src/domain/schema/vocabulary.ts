// The condition vocabulary and the body regions that points, zones and searches refer to.
import { z } from './zodMini.ts';
import { cautionListSchema } from './cautions.ts';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'));
const chineseName = z.string().check(z.regex(/^\p{Script=Han}{2,}$/u, 'Chinese characters only, two or more'));

/** A condition's usual Chinese name, for searches typed in Chinese (失眠, 頭痛). */
export const conditionHanziSchema = z
  .strictObject({ simplified: chineseName, traditional: z.optional(chineseName) })
  .check(z.refine((h) => h.traditional !== h.simplified, { message: 'traditional only where it differs from simplified', path: ['traditional'] }));

export const conditionSchema = z.strictObject({
  id: kebab,
  name: z.string().check(z.minLength(2)),
  hanzi: conditionHanziSchema,
  system: kebab,
  synonyms: z
    .array(
      z.string().check(
        z.minLength(2),
        z.refine((s) => s === s.toLowerCase(), 'synonyms are lower case'),
      ),
    )
    .check(z.maxLength(8)),
  /** another record naming the same condition (spelling variants kept so references stay valid) */
  sameAs: z.optional(kebab),
  /** the points and scalp zones standard texts use for it: main choices and supporting ones */
  links: z._default(z.array(z.strictObject({ ref: z.string(), role: z.enum(['main', 'supporting']) })), []),
  /** red flags (see a doctor first) and what to watch for in people with this condition */
  cautions: cautionListSchema,
});
export type Condition = z.infer<typeof conditionSchema>;

export const conditionsFileSchema = z.strictObject({
  source: z.string(),
  systems: z.array(z.strictObject({ id: kebab, name: z.string().check(z.minLength(2)) })).check(z.minLength(1)),
  conditions: z.array(conditionSchema).check(z.minLength(1)),
});

export const regionSchema = z.strictObject({
  id: kebab,
  name: z.string().check(z.minLength(2)),
  group: z.string(),
  synonyms: z._default(z.array(z.string()), []),
});
export type Region = z.infer<typeof regionSchema>;
export const regionsFileSchema = z.strictObject({ regions: z.array(regionSchema).check(z.minLength(1)) });
