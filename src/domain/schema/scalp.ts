// Scalp acupuncture zones: the WHO standard lines (built from resolved points by location rules)
// and Jiao Shunfa's areas (built from head landmarks in centimetres and fractions of lines).
import { z } from './zodMini.ts';
import { cautionListSchema } from './cautions.ts';
import { ruleSchema } from './rules.ts';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const scalpNeedlingSchema = z.strictObject({
  angle: z.literal('transverse'),
  depth: z.string().check(z.minLength(3)),
  direction: z.string().check(z.minLength(3)),
  notes: z.optional(z.string()),
});

const namesSchema = {
  pinyin: z.string().check(z.minLength(2)),
  pinyinPlain: z.string().check(z.regex(/^[A-Za-z' -]+$/)),
  hanzi: z.strictObject({ traditional: z.string().check(z.minLength(1)), simplified: z.string().check(z.minLength(1)) }),
  english: z.string().check(z.minLength(2)),
};

/**
 * The end of a line given by its length from the start, as the standard defines most lines ("1 cun
 * long, straight down"): a start placed between two points (MS4, midway from ST8 to GB13) has no
 * point of its own for an offset to step from.
 */
export const lineFromStartSchema = z.strictObject({
  kind: z.literal('from-start'),
  dir: z.enum(['inferior', 'posterior']),
  cun: z.number().check(z.positive(), z.maximum(12)),
  /** the proportional span (data/body/cun-spans.json) measured over the skin that gives the length */
  span: z.string(),
});
export type LineFromStart = z.infer<typeof lineFromStartSchema>;

export const whoScalpLineSchema = z.strictObject({
  code: z.string().check(z.regex(/^MS\d{1,2}$/)),
  ...namesSchema,
  region: z.enum(['forehead', 'vertex', 'temporal', 'occiput']),
  laterality: z.enum(['midline', 'bilateral']),
  /** the channel the line lies on (GV, BL, GB) */
  channel: z.enum(['GV', 'BL', 'GB']),
  location: z.string().check(z.minLength(20)),
  /** where the line starts and ends, as location rules (on each side for bilateral lines), or the end as a length from the start */
  start: ruleSchema,
  end: z.discriminatedUnion('kind', [...ruleSchema.def.options, lineFromStartSchema]),
  indications: z.array(kebab).check(z.minLength(1)),
  needling: scalpNeedlingSchema,
  cautions: cautionListSchema,
  source: z.string(),
});
export type WhoScalpLine = z.infer<typeof whoScalpLineSchema>;
export const whoScalpFileSchema = z.strictObject({
  system: z.literal('who-scalp'),
  source: z.string(),
  lines: z.array(whoScalpLineSchema).check(z.length(14)),
});

/** A body part that a stretch of a Jiao area maps to, with the side of the body it serves. */
export const jiaoSegmentSchema = z.strictObject({
  /** fraction of the area's length from its start (upper or anterior end), [from, to] */
  range: z.tuple([z.number().check(z.minimum(0), z.maximum(1)), z.number().check(z.minimum(0), z.maximum(1))]),
  bodyParts: z.array(kebab).check(z.minLength(1)),
  /** contralateral: the opposite side of the body; bilateral: both */
  serves: z.enum(['contralateral', 'ipsilateral', 'bilateral']),
  note: z.optional(z.string()),
});

export const jiaoAreaSchema = z.strictObject({
  id: kebab,
  ...namesSchema,
  laterality: z.enum(['midline', 'bilateral']),
  location: z.string().check(z.minLength(20)),
  segments: z.array(jiaoSegmentSchema).check(z.minLength(1)),
  indications: z.array(kebab).check(z.minLength(1)),
  needling: scalpNeedlingSchema,
  cautions: cautionListSchema,
  source: z.string(),
});
export type JiaoArea = z.infer<typeof jiaoAreaSchema>;
export const jiaoFileSchema = z.strictObject({ system: z.literal('jiao-scalp'), source: z.string(), areas: z.array(jiaoAreaSchema).check(z.minLength(14)) });
