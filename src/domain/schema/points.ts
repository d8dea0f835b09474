// One acupuncture point record (a meridian point or an extra point) as stored in data/points.
import { z } from './zodMini.ts';
import { cautionListSchema } from './cautions.ts';
import { ruleSchema } from './rules.ts';
import { channelCodes } from './channelCodes.ts';

export { channelCodes };
export const channelSchema = z.enum(channelCodes);
export type ChannelCode = z.infer<typeof channelSchema>;

export const phaseSchema = z.enum(['wood', 'fire', 'earth', 'metal', 'water']);
const organSchema = z.enum([
  'lung',
  'large-intestine',
  'stomach',
  'spleen',
  'heart',
  'small-intestine',
  'bladder',
  'kidney',
  'pericardium',
  'triple-energizer',
  'gallbladder',
  'liver',
]);

export const categorySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('five-shu'), role: z.enum(['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea']), phase: phaseSchema }),
  z.strictObject({ kind: z.literal('yuan-source') }),
  z.strictObject({ kind: z.literal('luo-connecting') }),
  z.strictObject({ kind: z.literal('xi-cleft') }),
  z.strictObject({ kind: z.literal('back-shu'), organ: z.string() }),
  z.strictObject({ kind: z.literal('front-mu'), organ: organSchema }),
  z.strictObject({ kind: z.literal('lower-he-sea'), organ: organSchema }),
  z.strictObject({ kind: z.literal('eight-influential'), tissue: z.enum(['zang-organs', 'fu-organs', 'qi', 'blood', 'sinews', 'vessels', 'bone', 'marrow']) }),
  z.strictObject({ kind: z.literal('eight-confluent'), vessel: z.enum(['chong', 'yin-wei', 'du', 'yang-qiao', 'dai', 'yang-wei', 'ren', 'yin-qiao']) }),
  z.strictObject({ kind: z.literal('four-command'), area: z.string() }),
  z.strictObject({ kind: z.literal('crossing'), channels: z.array(z.string()).check(z.minLength(1)) }),
]);
export type PointCategory = z.infer<typeof categorySchema>;

export { cautionSchema } from './cautions.ts';

export const needlingSchema = z.strictObject({
  depthCun: z.tuple([z.number().check(z.minimum(0)), z.number().check(z.minimum(0))]).check(z.refine(([a, b]) => a <= b, 'depth range is [min, max]')),
  angle: z.enum(['perpendicular', 'oblique', 'transverse', 'prick']),
  direction: z.string(),
  notes: z.optional(z.string()),
});

const conditionIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case condition id'));

export const pointSchema = z
  .strictObject({
    code: z.string().check(z.regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/)),
    aliases: z._default(z.array(z.string()), []),
    pinyin: z.string().check(z.minLength(2)),
    pinyinPlain: z.string().check(z.regex(/^[A-Za-z' -]+$/)),
    hanzi: z.strictObject({ traditional: z.string().check(z.minLength(1)), simplified: z.string().check(z.minLength(1)) }),
    english: z.string().check(z.minLength(2)),
    channel: z.nullable(channelSchema),
    number: z.number().check(z.int(), z.positive()),
    laterality: z.enum(['bilateral', 'midline']),
    region: z.string(),
    location: z.string().check(z.minLength(20)),
    rule: z.optional(ruleSchema),
    /** point groups (Sishencong, Jiaji, Baxie, ...): several locations of one record */
    members: z.optional(z.array(z.strictObject({ label: z.string(), rule: ruleSchema }))),
    /** WHO 2008 left six locations unresolved; the other common location */
    alternative: z.optional(z.strictObject({ location: z.string().check(z.minLength(20)), rule: ruleSchema, note: z.string() })),
    needling: z.nullable(needlingSchema),
    /** empty only for a point that is not treated (needling null): it serves as a landmark */
    indications: z.array(conditionIdSchema),
    categories: z._default(z.array(categorySchema), []),
    cautions: cautionListSchema,
    anatomy: z.strictObject({ muscles: z.array(z.string()), nerves: z.array(z.string()), vessels: z.array(z.string()) }),
    source: z.string().check(z.minLength(3)),
  })
  .check(
    z.refine((p) => (p.rule === undefined) !== (p.members === undefined), { message: 'a point has either one rule or members', path: ['rule'] }),
    z.refine((p) => p.needling !== null || p.cautions.some((c) => c.grade === 'contraindicated'), {
      message: 'a point without needling must carry a contraindicated caution',
      path: ['needling'],
    }),
    z.refine((p) => p.needling === null || p.indications.length > 0, { message: 'a treated point lists at least one indication', path: ['indications'] }),
  );
export type PointRecord = z.infer<typeof pointSchema>;

export const pointFileSchema = z.strictObject({ channel: z.string(), points: z.array(pointSchema).check(z.minLength(1)) });

/**
 * A point record as the browser has it: validated by the build, without the placement rules (the
 * build has placed every point; generated/points.json carries the records, generated/atlas-*.json
 * the places).
 */
export type AtlasPointRecord = Omit<PointRecord, 'rule' | 'members' | 'alternative'> & {
  members?: { label: string }[];
  alternative?: { location: string; note: string };
};

/** The record without its rules, for the browser. */
export function slimPoint({ rule: _rule, members, alternative, ...rest }: PointRecord): AtlasPointRecord {
  return {
    ...rest,
    ...(members ? { members: members.map((m) => ({ label: m.label })) } : {}),
    ...(alternative ? { alternative: { location: alternative.location, note: alternative.note } } : {}),
  };
}
