// Navel acupuncture's data (data/navel/navel.json): the method, the source it follows and where
// others differ, and the eight trigram directions around the navel wall. Schema first; the types
// come from it. Every record says how far its sources confirm it.
import { z } from '../../../domain/schema/zodMini.ts';

import { trigramIdSchema } from './ids.ts';

export { trigramIds, trigramIdSchema, type TrigramId } from './ids.ts';

/** The Later Heaven compass directions; the clock position says where each sits on the navel. */
export const compassDirections = ['south', 'southwest', 'west', 'northwest', 'north', 'northeast', 'east', 'southeast'] as const;

export const elements = ['wood', 'fire', 'earth', 'metal', 'water'] as const;

/**
 * How far a record's sources confirm it. confirmed: in the source followed and another citable
 * work; partly-confirmed: some fields found in a citable work; secondary: the method's own claims
 * found only in a secondary source that names no author or publisher (an anonymous copy of course
 * notes), which we cannot cite as a work; unconfirmed: the method's usual teaching, not found.
 */
export const verificationStatuses = ['confirmed', 'partly-confirmed', 'secondary', 'unconfirmed'] as const;
export const verificationSchema = z.strictObject({
  status: z.enum(verificationStatuses),
  /** what was confirmed and where, and what was not */
  note: z.string().check(z.minLength(10)),
});
export type Verification = z.infer<typeof verificationSchema>;
export type VerificationStatus = Verification['status'];

/** Each status as the card says it, after "Sources:". */
export const verificationLabels: Record<VerificationStatus, string> = {
  confirmed: 'Confirmed',
  'partly-confirmed': 'Partly confirmed',
  secondary: 'From a secondary, unattributed source',
  unconfirmed: 'Not confirmed',
};

const hanzi = z.strictObject({ traditional: z.string().check(z.minLength(1)), simplified: z.string().check(z.minLength(1)) });

export const navelDirectionSchema = z.strictObject({
  id: trigramIdSchema,
  trigram: z.strictObject({
    name: z.string().check(z.minLength(2)),
    pinyin: z.string().check(z.minLength(2)),
    hanzi,
    /** the trigram's sign (U+2630 to U+2637) */
    symbol: z.string().check(z.regex(/^[\u2630-\u2637]$/u, 'one trigram sign, U+2630 to U+2637')),
    image: z.string().check(z.minLength(3)),
  }),
  direction: z.enum(compassDirections),
  /** on the navel as the practitioner sees the supine patient from the front, head up: 12 toward the head, 3 toward the patient's left */
  clock: z.number().check(z.gt(0), z.lte(12)),
  towards: z.string().check(z.minLength(5)),
  element: z.enum(elements),
  organ: z.string().check(z.minLength(3)),
  bodyPart: z.string().check(z.minLength(3)),
  family: z.string().check(z.minLength(3)),
  conditions: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
  verification: verificationSchema,
});
export type NavelDirection = z.infer<typeof navelDirectionSchema>;

export const navelMethodSchema = z.strictObject({
  id: z.string().check(z.minLength(2)),
  name: z.string().check(z.minLength(5)),
  pinyin: z.string().check(z.minLength(2)),
  hanzi,
  founder: z.string().check(z.minLength(3)),
  summary: z.string().check(z.minLength(20)),
  orientation: z.string().check(z.minLength(20)),
  orientationVerification: verificationSchema,
  needling: z.string().check(z.minLength(20)),
  /** how the method relates to CV8, whose needling the classical texts forbid */
  cv8: z.string().check(z.minLength(20)),
  sources: z
    .array(z.strictObject({ id: z.string(), title: z.string().check(z.minLength(5)), followed: z.boolean(), note: z.string().check(z.minLength(10)) }))
    .check(z.minLength(1)),
  differences: z.array(z.string().check(z.minLength(10))),
});
export type NavelMethod = z.infer<typeof navelMethodSchema>;

/** The clock positions of the eight directions: every 1.5 hours, the eight around the navel. */
const eighths = [1.5, 3, 4.5, 6, 7.5, 9, 10.5, 12];

export const navelFileSchema = z.strictObject({ method: navelMethodSchema, directions: z.array(navelDirectionSchema).check(z.length(8)) }).check(
  z.superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.directions.forEach((d, i) => {
      for (const [what, value] of [
        ['id', d.id],
        ['direction', d.direction],
        ['clock', String(d.clock)],
        ['symbol', d.trigram.symbol],
      ] as const) {
        const key = `${what}:${value}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['directions', i, what], message: `${what} "${value}" is also direction ${seen.get(key)}'s` });
        else seen.set(key, i);
      }
      if (!eighths.includes(d.clock))
        ctx.addIssue({ code: 'custom', path: ['directions', i, 'clock'], message: `clock ${d.clock} is not one of the eight (${eighths.join(', ')})` });
      // the Later Heaven arrangement: south at the head (12), each compass step 1.5 hours on
      const expected = eighths[(compassDirections.indexOf(d.direction) * 7 + 7) % 8];
      if (expected !== d.clock)
        ctx.addIssue({
          code: 'custom',
          path: ['directions', i, 'clock'],
          message: `${d.direction} sits at ${expected} o'clock in this orientation, not ${d.clock}`,
        });
    });
  }),
);
export type NavelFile = z.infer<typeof navelFileSchema>;
