// Electro-acupuncture's data (data/electro/pairs.json): the cautions that come with the current
// wherever it is used, and point pairs where a named source gives them, each with its purpose,
// frequency in our words where the source gives one, the source and how far we could confirm it.
// Schema first; the types come from it.
import { z } from '../../../domain/schema/zodMini.ts';
import { cautionSchema } from '../../../domain/schema/cautions.ts';
import { pairIdSchema } from './ids.ts';

/** One needle of a pair: a point code and, for a point group (Jiaji), the member (1-based). */
export const electrodeSchema = z.strictObject({
  code: z.string().check(z.regex(/^[A-Z]{2}(-[A-Z]{1,2})?\d+$/, 'a point code such as ST36 or EX-B2')),
  member: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type Electrode = z.infer<typeof electrodeSchema>;

export const electroPairSchema = z.strictObject({
  id: pairIdSchema,
  a: electrodeSchema,
  b: electrodeSchema,
  /** b on the other side of the body from a (a pair across the lower abdomen); absent: both on one side */
  across: z.optional(z.literal(true)),
  /** what the pair is used for, in our words */
  purpose: z.string().check(z.minLength(10)),
  /** words a search finds it by (conditions, lay words) */
  conditions: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
  /** the stimulation the source gives, in our words; absent when it gives none we could confirm */
  frequency: z.optional(z.string().check(z.minLength(5))),
  source: z.string().check(z.minLength(5), z.maxLength(200)),
  verification: z.strictObject({ status: z.enum(['confirmed', 'partly-confirmed', 'unconfirmed']), note: z.string().check(z.minLength(10)) }),
});
export type ElectroPair = z.infer<typeof electroPairSchema>;

export const electroFileSchema = z
  .strictObject({
    /** the technique's own cautions, shown wherever electro-acupuncture is chosen */
    cautions: z.array(cautionSchema).check(z.minLength(1)),
    /** what the frequencies mean, in our words, with its source */
    frequencyNote: z.string().check(z.minLength(20)),
    pairs: z.array(electroPairSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const ids = new Set<string>();
      file.pairs.forEach((p, i) => {
        if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['pairs', i, 'id'], message: `pair "${p.id}" twice` });
        ids.add(p.id);
        if (p.a.code === p.b.code && p.a.member === p.b.member)
          ctx.addIssue({ code: 'custom', path: ['pairs', i, 'b'], message: 'a pair needs two different needles' });
      });
      for (const kind of ['implanted-device', 'pregnancy'] as const)
        if (!file.cautions.some((c) => c.kind === kind)) ctx.addIssue({ code: 'custom', path: ['cautions'], message: `no ${kind} caution` });
    }),
  );
export type ElectroFile = z.infer<typeof electroFileSchema>;

/** An electrode in words: "EX-B2 (L4)" when the member has a label, else "ST36". */
export const electrodeKey = (e: Electrode): string => (e.member ? `${e.code}#${e.member}` : e.code);
