// The rules that keep each class of caution consistent across the data (issue 15): a record that
// lets blood carries the bleeding caution, one that recommends electrostimulation the electro
// cautions, neighbours on one pregnancy band share a grade, every pregnancy caution ends with the
// one evidence caveat, condition links agree with the records' own indications, and no text shown
// to users reads like a developer's note. Each returns problems naming file, record and field.
import type { DataProblem } from '../data/validate.ts';
import type { Caution } from '../schema/cautions.ts';

/** What a rule needs of any record: where it is, its id, the technique text and its cautions. */
export interface CautionedRecord {
  file: string;
  id: string;
  /** the record's needling text (angle, direction, notes) or its note, where techniques are named */
  technique: string;
  /** a jing-well point: the classical bloodletting site */
  jingWell?: boolean;
  pricked?: boolean;
  cautions: readonly Caution[];
  indications: readonly string[];
}

/** The one evidence caveat every pregnancy caution ends with (Carr 2015; lists vary by book). */
export const pregnancyCaveat =
  'Lists differ between books, and a 2015 review found no objective evidence of harm from needling these points: a traditional caution, not proof of danger.';

// "pricked to bleed", "let a few drops of blood", "bloodletting"; not "bleeding disorders"
const letsBlood = /\bprick|\bto bleed\b|\b(let|release)\b[^.]{0,30}\bblood\b|blood-?letting/i;
// a recommendation of electrostimulation (not "an electric sensation" felt at a nerve)
const electro = /electrostimulation|electro-?acupuncture/i;

export function lettingBlood(r: CautionedRecord): boolean {
  return Boolean(r.pricked || r.jingWell || letsBlood.test(r.technique));
}

export function bloodlettingNeedsBleedingCaution(records: readonly CautionedRecord[]): DataProblem[] {
  return records
    .filter((r) => lettingBlood(r) && !r.cautions.some((c) => c.kind === 'bleeding' && c.modality === 'bloodletting'))
    .map((r) => ({ file: r.file, record: r.id, field: 'cautions', message: 'lets blood but has no bleeding caution (modality bloodletting)' }));
}

export function electroNeedsElectroCautions(records: readonly CautionedRecord[]): DataProblem[] {
  return records
    .filter((r) => electro.test(r.technique))
    .flatMap((r) => {
      const device = r.cautions.some((c) => c.kind === 'implanted-device' && c.modality === 'electro' && c.grade === 'contraindicated');
      const current = r.cautions.some((c) => c.kind === 'general' && c.modality === 'electro');
      return [
        ...(device ? [] : [{ file: r.file, record: r.id, field: 'cautions', message: 'recommends electrostimulation without the pacemaker contraindication' }]),
        ...(current ? [] : [{ file: r.file, record: r.id, field: 'cautions', message: 'recommends electrostimulation without the caution on current' }]),
      ];
    });
}

/** Every record of a band carries a pregnancy caution, all of one grade. */
export function bandSharesPregnancyGrade(band: string, records: readonly CautionedRecord[]): DataProblem[] {
  const grades = records.map((r) => r.cautions.find((c) => c.kind === 'pregnancy')?.grade);
  const first = grades.find((g) => g !== undefined);
  return records.flatMap((r, i) =>
    grades[i] === undefined
      ? [{ file: r.file, record: r.id, field: 'cautions', message: `on the ${band} band but has no pregnancy caution` }]
      : grades[i] !== first
        ? [{ file: r.file, record: r.id, field: 'cautions', message: `pregnancy grade ${grades[i]} differs from its ${band} neighbours (${first})` }]
        : [],
  );
}

export function pregnancyCautionsShareOneCaveat(records: readonly CautionedRecord[]): DataProblem[] {
  return records.flatMap((r) =>
    r.cautions.flatMap((c, i) =>
      c.kind === 'pregnancy' && !c.note.endsWith(pregnancyCaveat)
        ? [{ file: r.file, record: r.id, field: `cautions.${i}.note`, message: 'a pregnancy caution ends with the one evidence caveat' }]
        : [],
    ),
  );
}

/** A condition's links point at records whose own indications name it, and never at an untreated record. */
export function linksAgreeWithIndications(
  file: string,
  conditions: readonly { id: string; links: readonly { ref: string }[] }[],
  records: ReadonlyMap<string, CautionedRecord>,
): DataProblem[] {
  return conditions.flatMap((c) =>
    c.links.flatMap((l, i) => {
      const r = records.get(l.ref);
      if (!r) return [];
      return r.indications.includes(c.id)
        ? []
        : [{ file, record: c.id, field: `links.${i}`, message: `links ${l.ref}, whose indications do not name "${c.id}"` }];
    }),
  );
}

/** Words that belong in a commit or a review, not on a card. */
export const developerWording = [/screenshot/i, /\bOCR\b/, /not fully sure/i, /\bdraft\b/i, /\.json\b/, /\bTODO\b/, /\bFIXME\b/, /\b(\d+(?:\.\d+)?)-\1 cun\b/];

/** Every string inside a record (its user-facing text), with the field path it sits at. */
export function stringsOf(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

export function noDeveloperWording(file: string, id: string, record: unknown): DataProblem[] {
  return stringsOf(record).flatMap(({ field, text }) => {
    const hit = developerWording.find((w) => w.test(text));
    return hit ? [{ file, record: id, field, message: `developer wording shown to users (${String(hit)})` }] : [];
  });
}
