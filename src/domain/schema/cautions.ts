// One caution model for every system (body points, scalp zones, ear points, conditions and
// protocols): what to watch for, how strongly the sources say so, with which technique, in our own
// words and with a short citation. Patient-safety filters and the cards read only this shape.
import { z } from './zodMini.ts';

/** contraindicated: the sources forbid it; caution: allowed with care; note: worth knowing. */
export const cautionGrades = ['contraindicated', 'caution', 'note'] as const;
export const cautionGradeSchema = z.enum(cautionGrades);
export type CautionGrade = z.infer<typeof cautionGradeSchema>;

/**
 * What the caution is about. `bleeding` covers bleeding disorders and anticoagulants;
 * `implanted-device` pacemakers and other implants; `organ` a structure beneath (named by
 * `structure`); `red-flag` a condition that needs a doctor before acupuncture.
 */
export const cautionKinds = ['pregnancy', 'bleeding', 'implanted-device', 'organ', 'infection', 'general', 'red-flag'] as const;
export const cautionKindSchema = z.enum(cautionKinds);
export type CautionKind = z.infer<typeof cautionKindSchema>;

export const cautionStructures = [
  'lung-pleura',
  'eye',
  'spinal-canal',
  'brainstem',
  'joint-space',
  'major-vessel',
  'carotid-sinus',
  'bladder',
  'abdominal-organ',
  'skull-fontanelle',
  'nerve',
  'heart',
] as const;
export const cautionStructureSchema = z.enum(cautionStructures);

/** The technique it applies to; `any` for every technique. */
export const cautionModalities = ['needle', 'moxa', 'electro', 'bloodletting', 'press-seeds', 'cupping', 'any'] as const;
export const cautionModalitySchema = z.enum(cautionModalities);
export type CautionModality = z.infer<typeof cautionModalitySchema>;

export const cautionSchema = z
  .strictObject({
    grade: cautionGradeSchema,
    kind: cautionKindSchema,
    /** the structure beneath, for kind `organ` only */
    structure: z.optional(cautionStructureSchema),
    modality: cautionModalitySchema,
    note: z.string().check(z.minLength(10)),
    /** a short citation: the book, standard or review the caution follows */
    source: z.string().check(z.minLength(3), z.maxLength(160)),
  })
  .check(
    z.refine((c) => (c.kind === 'organ') === (c.structure !== undefined), {
      message: 'an organ caution names its structure, and only an organ caution does',
      path: ['structure'],
    }),
  );
export type Caution = z.infer<typeof cautionSchema>;

export const cautionListSchema = z._default(z.array(cautionSchema), []);

/** The words a card shows for a caution's heading, e.g. "Caution — bleeding, bloodletting". */
export const cautionKindLabels: Record<CautionKind, string> = {
  pregnancy: 'pregnancy',
  bleeding: 'bleeding disorders and anticoagulants',
  'implanted-device': 'pacemaker or implanted device',
  organ: 'structure beneath',
  infection: 'infection',
  general: 'general',
  'red-flag': 'see a doctor first',
};
export const cautionModalityLabels: Record<CautionModality, string> = {
  needle: 'needling',
  moxa: 'moxibustion',
  electro: 'electro-acupuncture',
  bloodletting: 'bloodletting',
  'press-seeds': 'press seeds',
  cupping: 'cupping',
  any: 'any technique',
};
export const cautionGradeLabels: Record<CautionGrade, string> = { contraindicated: 'Contraindicated', caution: 'Caution', note: 'Note' };

/** The grades in the order a card lists them: the strongest first. */
export function byGrade<T extends { grade: CautionGrade }>(cautions: readonly T[]): T[] {
  return [...cautions].sort((a, b) => cautionGrades.indexOf(a.grade) - cautionGrades.indexOf(b.grade));
}

/** What a list shows beside an item with cautions: the strongest grade and what the warnings are about (notes left out). */
export interface CautionMark {
  grade: Exclude<CautionGrade, 'note'>;
  /** the kinds of its contraindications and cautions, strongest first, each once */
  kinds: CautionKind[];
  /** in words, for the mark's accessible name ("contraindicated: pregnancy; caution: bleeding") */
  label: string;
}

export function cautionMark(cautions: readonly Pick<Caution, 'grade' | 'kind'>[]): CautionMark | null {
  const warnings = byGrade(cautions.filter((c) => c.grade !== 'note'));
  const first = warnings[0];
  if (!first || first.grade === 'note') return null;
  const kinds = [...new Set(warnings.map((c) => c.kind))];
  const byGradeKinds = (['contraindicated', 'caution'] as const)
    .map((g) => [g, [...new Set(warnings.filter((c) => c.grade === g).map((c) => cautionKindLabels[c.kind]))]] as const)
    .filter(([, ks]) => ks.length > 0)
    .map(([g, ks]) => `${cautionGradeLabels[g].toLowerCase()}: ${ks.join(', ')}`);
  return { grade: first.grade, kinds, label: byGradeKinds.join('; ') };
}
