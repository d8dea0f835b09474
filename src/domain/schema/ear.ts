// The auricular map: chart geometry (data/ear/chart.json), the points of each system
// (data/ear/gbt13734-2008.json, data/ear/nogier.json) and ear protocols (data/protocols.json).
import { z } from './zodMini.ts';
import { cautionListSchema, cautionSchema } from './cautions.ts';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'));
const uv = z.tuple([z.number().check(z.minimum(-0.5), z.maximum(1.5)), z.number().check(z.minimum(-0.5), z.maximum(1.5))]);

export const earChartSchema = z.strictObject({
  about: z.string(),
  source: z.string(),
  /** named points of the anatomy, shared by the curves that meet there */
  points: z.record(z.string().check(z.regex(/^[a-z][A-Za-z]+$/)), uv),
  /** anatomical curves: control points, each a named point or [u, v] */
  curves: z.record(z.string().check(z.regex(/^[a-z][A-Za-z]+$/)), z.array(z.union([z.string(), uv])).check(z.minLength(2))),
});
export type EarChartData = z.infer<typeof earChartSchema>;

export const earSystemSchema = z.enum(['gbt13734-2008', 'nogier']);
export type EarSystem = z.infer<typeof earSystemSchema>;

export const earZoneCodes = [
  ...Array.from({ length: 12 }, (_, i) => `HX${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `SF${i + 1}`),
  ...Array.from({ length: 13 }, (_, i) => `AH${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `TF${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `TG${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `AT${i + 1}`),
  ...Array.from({ length: 18 }, (_, i) => `CO${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LO${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `P${i + 1}`),
  ...Array.from({ length: 3 }, (_, i) => `R${i + 1}`),
] as const;
const zoneCode = z
  .string()
  .check(z.refine((c) => earZoneCodes.includes(c), 'a GB/T 13734-2008 zone code (HX1-12, SF1-6, AH1-13, TF1-5, TG1-4, AT1-4, CO1-18, LO1-9, P1-5, R1-3)'));

/**
 * Where a point sits on the chart, derived from the zones (never typed coordinates). The `kind`
 * says which rule it is, and every branch is strict: a field that does not belong to the kind (a
 * `near` on a zone placement, a misspelt `inset`) is an error, never silently dropped.
 */
export const earPlacementSchema = z.discriminatedUnion('kind', [
  /** inside a zone: at (t, s) of the zone's own along/across coordinates (0.5, 0.5 = its middle) */
  z.strictObject({
    kind: z.literal('zone'),
    zone: zoneCode,
    t: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    s: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  }),
  /** inside a zone, at its place nearest a named chart point, moved inward by `inset` (chart units) */
  z.strictObject({ kind: z.literal('zone-near'), zone: zoneCode, near: z.string(), inset: z._default(z.number().check(z.minimum(0), z.maximum(0.05)), 0.012) }),
  /** on the border shared by the zones (the middle of it, or its place nearest a named chart point) */
  z.strictObject({ kind: z.literal('junction'), junction: z.array(zoneCode).check(z.minLength(2), z.maxLength(3)), near: z.optional(z.string()) }),
  /** on a named anatomical curve of the chart, at a fraction of its length */
  z.strictObject({ kind: z.literal('curve'), curve: z.string(), at: z.number().check(z.minimum(0), z.maximum(1)), face: z.enum(['lateral', 'posterior']) }),
]);
export type EarPlacement = z.infer<typeof earPlacementSchema>;

export const earPartSchema = z.enum([
  'helix',
  'helix-crus',
  'scapha',
  'antihelix',
  'superior-crus',
  'inferior-crus',
  'triangular-fossa',
  'tragus',
  'antitragus',
  'cymba-conchae',
  'cavum-conchae',
  'lobe',
  'posterior-surface',
  'ear-root',
]);

const earPointBase = {
  english: z.string().check(z.minLength(2)),
  aliases: z._default(z.array(z.string()), []),
  location: z.string().check(z.minLength(20)),
  indications: z.array(kebab).check(z.minLength(1)),
  placement: earPlacementSchema,
  note: z.optional(z.string()),
  cautions: cautionListSchema,
};

export const gbEarPointSchema = z.strictObject({
  code: z.string().check(z.regex(/^(HX|SF|AH|TF|TG|AT|CO|LO|P|R)[0-9,]*[a-z]*$|^PS$/, 'a GB/T 13734-2008 point code')),
  zones: z.array(zoneCode).check(z.minLength(1)),
  onBoundary: z.boolean(),
  part: earPartSchema,
  pinyin: z.string().check(z.minLength(1)),
  pinyinPlain: z.string().check(z.regex(/^[A-Za-z' -]+$/)),
  hanzi: z.strictObject({ traditional: z.string().check(z.minLength(1)), simplified: z.string().check(z.minLength(1)) }),
  ...earPointBase,
});
export type GbEarPoint = z.infer<typeof gbEarPointSchema>;
export const gbEarFileSchema = z.strictObject({
  system: z.literal('gbt13734-2008'),
  source: z.string(),
  checked: z.string(),
  points: z.array(gbEarPointSchema).check(z.length(93)),
});

export const nogierEarPointSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^nogier-[a-z0-9-]+$/)),
    concept: kebab,
    /** the Chinese standard's point for the same concept, when there is one */
    sameConceptAs: z.nullable(z.string()),
    /** true when the European map draws the concept where the Chinese point is: the only case in
     * which a European point may sit on a GB/T 13734 point */
    samePlace: z._default(z.boolean(), false),
    side: z.enum(['both', 'left', 'right']),
    confidence: z.enum(['high', 'medium', 'low']),
    ...earPointBase,
  })
  .check(
    z.refine((p) => !p.samePlace || p.sameConceptAs !== null, {
      message: 'samePlace needs the Chinese point it shares the place with (sameConceptAs)',
      path: ['samePlace'],
    }),
  );
export type NogierEarPoint = z.infer<typeof nogierEarPointSchema>;
export const nogierFileSchema = z.strictObject({
  system: z.literal('nogier'),
  source: z.string(),
  points: z.array(nogierEarPointSchema).check(z.minLength(10)),
});

export const protocolSchema = z.strictObject({
  id: kebab,
  name: z.string().check(z.minLength(3)),
  system: earSystemSchema,
  purpose: z.string().check(z.minLength(10)),
  conditions: z._default(z.array(kebab), []),
  points: z.array(z.strictObject({ ref: z.string(), label: z.string() })).check(z.minLength(2)),
  sides: z.enum(['both', 'one', 'alternate']),
  note: z.optional(z.string()),
  cautions: cautionListSchema,
  source: z.string(),
});
export type Protocol = z.infer<typeof protocolSchema>;
export const protocolsFileSchema = z.strictObject({ source: z.string(), protocols: z.array(protocolSchema).check(z.minLength(1)) });

// ---- The generated ear atlas (assets/generated/ear.json): the built chart and the placed points ----
const ringSchema = z.array(z.tuple([z.number(), z.number()])).check(z.minLength(3));
export const faceSchema = z.enum(['lateral', 'medial', 'posterior', 'root']);

export const earPointViewSchema = z.strictObject({
  id: z.string(),
  system: earSystemSchema,
  /** the standard's code, or a short label for European points */
  code: z.string(),
  english: z.string(),
  pinyin: z.optional(z.string()),
  hanzi: z.optional(z.strictObject({ traditional: z.string(), simplified: z.string() })),
  aliases: z.array(z.string()),
  /** the GB/T 13734 zone(s) it lies in or between */
  zones: z.array(z.string()).check(z.minLength(1)),
  onBoundary: z.boolean(),
  part: z.string(),
  face: faceSchema,
  uv: z.tuple([z.number(), z.number()]),
  location: z.string(),
  indications: z.array(z.string()),
  side: z.enum(['both', 'left', 'right']),
  concept: z.optional(z.string()),
  sameConceptAs: z.optional(z.nullable(z.string())),
  samePlace: z.optional(z.boolean()),
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
  note: z.optional(z.string()),
  cautions: z.array(cautionSchema),
});
export type EarPointView = z.infer<typeof earPointViewSchema>;

export const earAtlasSchema = z.strictObject({
  outline: ringSchema,
  meatus: ringSchema,
  groove: ringSchema,
  parts: z.array(z.strictObject({ id: z.string(), face: faceSchema, ring: ringSchema })),
  zones: z.array(z.strictObject({ id: z.string(), part: z.string(), face: faceSchema, rings: z.array(ringSchema).check(z.minLength(1)) })),
  points: z.array(earPointViewSchema),
  protocols: z.array(protocolSchema),
});
export type EarAtlas = z.infer<typeof earAtlasSchema>;
