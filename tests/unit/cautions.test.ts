// One caution model for every system (issue 15, item 1): the schema, the consistency rules (each
// shown to fail on a broken record) and the content defects the clinical review listed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bandSharesPregnancyGrade,
  bloodlettingNeedsBleedingCaution,
  electroNeedsElectroCautions,
  linksAgreeWithIndications,
  noDeveloperWording,
  pregnancyCaveat,
  pregnancyCautionsShareOneCaveat,
  type CautionedRecord,
} from '../../src/domain/cautions/consistency.ts';
import { formatRange } from '../../src/domain/points/depth.ts';
import { cautionSchema, type Caution } from '../../src/domain/schema/cautions.ts';
import { loadAtlasData } from '../../src/pipeline/atlasData.ts';
import { cautionedRecords, cautionProblems, pregnancyBands } from '../../src/pipeline/cautionChecks.ts';
import { data } from '../support/atlas.ts';
import { readReferenceJson, repoPath } from '../support/paths.ts';

const records = cautionedRecords(data);
const cautionsOf = (id: string): readonly Caution[] => records.get(id)?.cautions ?? [];
const has = (id: string, f: (c: Caution) => boolean) => cautionsOf(id).some(f);
const record = (over: Partial<CautionedRecord>): CautionedRecord => ({ file: 'f.json', id: 'X1', technique: '', cautions: [], indications: [], ...over });
const caution = (over: Partial<Caution>): Caution => ({
  grade: 'caution',
  kind: 'general',
  modality: 'any',
  note: 'a note of our own',
  source: 'a source',
  ...over,
});

/** "CV2-CV7, KI11-KI16" as codes */
function expandRanges(text: string): string[] {
  return [...text.matchAll(/([A-Z]{2})(\d+)(?:-[A-Z]{2}(\d+))?/g)].flatMap(([, ch, a, b]) =>
    Array.from({ length: Number(b ?? a) - Number(a) + 1 }, (_, i) => `${ch}${Number(a) + i}`),
  );
}

describe('the caution schema', () => {
  it('grades contraindicated, caution or note, names a structure only for organs, and needs a source', () => {
    expect(cautionSchema.safeParse(caution({ grade: 'note' })).success).toBe(true);
    expect(cautionSchema.safeParse({ ...caution({}), grade: 'severe' }).success).toBe(false);
    expect(cautionSchema.safeParse(caution({ kind: 'organ' })).success).toBe(false);
    expect(cautionSchema.safeParse(caution({ kind: 'organ', structure: 'lung-pleura' })).success).toBe(true);
    expect(cautionSchema.safeParse(caution({ structure: 'eye' })).success).toBe(false);
    expect(cautionSchema.safeParse({ ...caution({}), source: undefined }).success).toBe(false);
    expect(cautionSchema.safeParse({ ...caution({}), level: 'caution' }).success).toBe(false);
  });

  it('is carried by points, scalp lines and areas, ear points (both maps), conditions and protocols', () => {
    expect(data.points.get('LI4')?.cautions.length).toBeGreaterThan(0);
    for (const l of data.whoLines) expect(l.cautions.length, l.code).toBeGreaterThan(0);
    for (const a of data.jiaoAreas) expect(a.cautions.length, a.id).toBeGreaterThan(0);
    for (const e of [...data.ear.gb, ...data.ear.nogier]) expect(e.cautions.length).toBeGreaterThan(0);
    expect(data.conditions.find((c) => c.id === 'angina')?.cautions.length).toBeGreaterThan(0);
    expect(data.ear.protocols.find((p) => p.id === 'hypertension')?.cautions.length).toBeGreaterThan(0);
  });

  it('reaches npm run check:data as errors naming the file, the record and the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-cautions-'));
    try {
      cpSync(repoPath('data'), join(root, 'data'), { recursive: true });
      const edit = (file: string, from: string, to: string) => {
        const text = readFileSync(join(root, file), 'utf8');
        expect(text).toContain(from);
        writeFileSync(join(root, file), text.replace(from, to));
      };
      edit('data/points/LU.json', '"grade": "caution"', '"grade": "severe"');
      edit('data/scalp/who-lines.json', '"grade": "contraindicated"', '"grade": "forbidden"');
      const problems = loadAtlasData(root).problems;
      expect(problems).toContainEqual(
        expect.objectContaining({ file: 'data/points/LU.json', record: 'LU1', field: expect.stringMatching(/^points\.0\.cautions\.\d+\.grade$/) }),
      );
      expect(problems).toContainEqual(expect.objectContaining({ file: 'data/scalp/who-lines.json', record: 'MS1', field: 'lines.0.cautions.0.grade' }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the consistency rules hold across the data, and each catches a broken record', () => {
  it('the whole atlas has no caution problem', () => {
    expect(cautionProblems(data)).toEqual([]);
  });

  it('a record that lets blood carries the bleeding caution (pricking, jing-well points, ear apex)', () => {
    for (const code of ['LU11', 'BL40', 'EX-HN5', 'LU5', 'PC3', 'GV25', 'GV28', 'HX6,7i', 'LI1', 'HT9', 'KI1', 'LR1'])
      expect(
        has(code, (c) => c.kind === 'bleeding' && c.modality === 'bloodletting'),
        code,
      ).toBe(true);
    expect(bloodlettingNeedsBleedingCaution([record({ technique: 'May be pricked to let a little blood.' })])).toHaveLength(1);
    expect(bloodlettingNeedsBleedingCaution([record({ jingWell: true })])).toHaveLength(1);
    expect(bloodlettingNeedsBleedingCaution([record({ technique: 'take care with bleeding disorders' })])).toHaveLength(0);
  });

  it('a record that recommends electrostimulation carries the pacemaker contraindication and the caution on current', () => {
    for (const id of ['MS1', 'MS5', 'motor', 'sensory']) {
      expect(
        has(id, (c) => c.kind === 'implanted-device' && c.modality === 'electro' && c.grade === 'contraindicated'),
        id,
      ).toBe(true);
      expect(
        has(id, (c) => c.kind === 'general' && c.modality === 'electro'),
        id,
      ).toBe(true);
    }
    expect(electroNeedsElectroCautions([record({ technique: 'or use electrostimulation' })])).toHaveLength(2);
    expect(electroNeedsElectroCautions([record({ technique: 'withdraw if an electric sensation is felt' })])).toHaveLength(0);
  });

  it('neighbours on one pregnancy band share its grade, and the bands hold the regions the sources list', () => {
    const facts = readReferenceJson('cautions.json') as { pregnancy_regional_cautions: { region: string; points: string }[] };
    const bandOf = { lower: 'lower-abdominal', upper: 'upper-abdominal', lumbosacral: 'lumbosacral' } as const;
    for (const r of facts.pregnancy_regional_cautions) {
      const band = pregnancyBands[bandOf[r.region.split(' ')[0] as keyof typeof bandOf]] ?? [];
      for (const code of expandRanges(r.points.replace(/\(.*\)/, ''))) expect(band, `${code} in ${r.region}`).toContain(code);
    }
    for (const code of ['SP13', 'SP14', 'SP15', 'GB26', 'GB27', 'GB28', 'LR12', 'BL53', 'BL54'])
      expect(
        has(code, (c) => c.kind === 'pregnancy'),
        code,
      ).toBe(true);
    const withGrade = (grade: Caution['grade']) => record({ cautions: [caution({ kind: 'pregnancy', grade })] });
    expect(bandSharesPregnancyGrade('test', [withGrade('caution'), withGrade('contraindicated'), record({})])).toHaveLength(2);
  });

  it('the classically forbidden distal points are graded contraindicated, every pregnancy caution ending with the one caveat', () => {
    for (const code of ['LI4', 'GB21', 'EX-LE11'])
      expect(
        has(code, (c) => c.kind === 'pregnancy' && c.grade === 'contraindicated'),
        code,
      ).toBe(true);
    const facts = readReferenceJson('cautions.json') as { pregnancy_traditional_forbidden_distal_points: { point: string }[] };
    for (const { point } of facts.pregnancy_traditional_forbidden_distal_points)
      expect(
        has(point, (c) => c.kind === 'pregnancy'),
        point,
      ).toBe(true);
    const notes = new Set(
      [...records.values()].flatMap((r) => r.cautions.filter((c) => c.kind === 'pregnancy').map((c) => c.note.slice(-pregnancyCaveat.length))),
    );
    expect([...notes]).toEqual([pregnancyCaveat]);
    expect(pregnancyCautionsShareOneCaveat([record({ cautions: [caution({ kind: 'pregnancy', note: 'A caveat in other words.' })] })])).toHaveLength(1);
  });

  it('condition links point at records whose indications name the condition', () => {
    const broken = linksAgreeWithIndications('c.json', [{ id: 'headache', links: [{ ref: 'X1' }] }], new Map([['X1', record({ indications: ['nausea'] })]]));
    expect(broken).toEqual([{ file: 'c.json', record: 'headache', field: 'links.0', message: expect.stringContaining('X1') }]);
    const links = data.conditions.flatMap((c) => c.links.map((l) => ({ c, l })));
    expect(links.length).toBeGreaterThan(1000);
  });

  it('no text shown to users reads like a developer note, nor a depth as "0.1-0.1 cun"', () => {
    for (const text of [
      'seen in place in the channel screenshots',
      "'1' looks like a print/OCR confusion",
      'not fully sure of that alias',
      'from data/ear/gbt-points.draft.json',
      'needle 0.1-0.1 cun',
    ])
      expect(noDeveloperWording('f.json', 'X1', { note: text }), text).toHaveLength(1);
    expect(noDeveloperWording('f.json', 'X1', { note: 'needle 0.1-0.2 cun' })).toHaveLength(0);
    expect(formatRange(0.1, 0.1)).toBe('0.1');
    expect(formatRange(0.3, 0.5)).toBe('0.3–0.5');
  });
});

describe('the content defects of the clinical review', () => {
  it('every red-flag condition says to see a doctor first', () => {
    for (const id of ['stroke-hemiplegia', 'angina', 'loss-of-consciousness', 'appendicitis', 'concussion', 'glaucoma', 'infantile-convulsions'])
      expect(
        data.conditions.find((c) => c.id === id)?.cautions.some((c) => c.kind === 'red-flag'),
        id,
      ).toBe(true);
  });

  it('spinal cord injury warns of autonomic dysreflexia and moxa on insensate skin, neuropathy of the diabetic foot', () => {
    const sci = data.conditions.find((c) => c.id === 'spinal-cord-injury')?.cautions ?? [];
    expect(sci.some((c) => /autonomic dysreflexia/i.test(c.note))).toBe(true);
    expect(sci.some((c) => c.modality === 'moxa' && c.grade === 'contraindicated')).toBe(true);
    const neuro = data.conditions.find((c) => c.id === 'neuropathy')?.cautions ?? [];
    expect(neuro.some((c) => /diabetes/i.test(c.note))).toBe(true);
  });

  it('ST17 (not needled) is linked to no condition and lists none', () => {
    expect(data.points.get('ST17')?.indications).toEqual([]);
    expect(data.conditions.some((c) => c.links.some((l) => l.ref === 'ST17'))).toBe(false);
  });

  it('scalp zones warn of open fontanelles and acute bleeding in the skull; ear points of infection and perichondritis', () => {
    for (const id of [...data.whoLines.map((l) => l.code), ...data.jiaoAreas.map((a) => a.id)]) {
      expect(
        has(id, (c) => c.structure === 'skull-fontanelle' && c.grade === 'contraindicated'),
        id,
      ).toBe(true);
      expect(
        has(id, (c) => /bleed inside the skull/.test(c.note)),
        id,
      ).toBe(true);
    }
    for (const id of [...data.ear.gb.map((e) => e.code), ...data.ear.nogier.map((e) => e.id)]) {
      expect(
        has(id, (c) => c.kind === 'infection' && /perichondritis/.test(c.note)),
        id,
      ).toBe(true);
      expect(
        has(id, (c) => c.modality === 'press-seeds'),
        id,
      ).toBe(true);
    }
    for (const code of ['TF2', 'CO18'])
      expect(
        has(code, (c) => c.kind === 'pregnancy'),
        code,
      ).toBe(true);
  });

  it('ST9 warns of the carotid sinus, GV4 and GV5 of the spinal canal like GV6-14, EX-LE4 and EX-LE5 of the joint space like ST35', () => {
    expect(has('ST9', (c) => c.structure === 'carotid-sinus')).toBe(true);
    for (const code of ['GV4', 'GV5', ...Array.from({ length: 9 }, (_, i) => `GV${6 + i}`)])
      expect(
        has(code, (c) => c.structure === 'spinal-canal'),
        code,
      ).toBe(true);
    for (const code of ['ST35', 'EX-LE4', 'EX-LE5'])
      expect(
        has(code, (c) => c.structure === 'joint-space'),
        code,
      ).toBe(true);
  });

  it('the reference facts on carotid points and the umbilicus are carried', () => {
    const facts = readReferenceJson('cautions.json') as { other_common_cautions: { points: string[]; note: string }[] };
    const carotid = facts.other_common_cautions.find((c) => /carotid/.test(c.note))?.points ?? [];
    for (const code of carotid)
      expect(
        has(code, (c) => c.structure === 'major-vessel' || c.structure === 'carotid-sinus'),
        code,
      ).toBe(true);
    expect(has('CV8', (c) => c.grade === 'contraindicated' && c.modality === 'needle')).toBe(true);
  });

  it('TE22 is needled away from the artery its caution names; MS8 begins at Chengguang (BL6); oblique and transverse needling has a direction', () => {
    expect(data.points.get('TE22')?.needling?.direction).not.toMatch(/forward/);
    const ms8 = data.whoLines.find((l) => l.code === 'MS8');
    expect(ms8?.location).toMatch(/Chengguang \(BL6\)/);
    expect(ms8?.location).not.toMatch(/Tongtian \(BL6\)/);
    for (const p of data.points.values())
      if (p.needling && (p.needling.angle === 'oblique' || p.needling.angle === 'transverse')) expect(p.needling.direction.trim(), p.code).not.toBe('');
  });
});
