// The built-in point sets (data/sets.json) against the rest of the atlas: the file keeps the sets
// schema, every item names a record of its system, every condition exists, and an item whose
// record carries a pregnancy warning says so where a reader of the set would look for it.
import { describe, expect, it } from 'vitest';
import type { Caution } from '../../src/domain/schema/cautions.ts';
import { builtInSetsFileSchema, type PointSet, type SetItem } from '../../src/domain/schema/sets.ts';
import { atlasRecords, readJson } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { repoRoot } from '../support/paths.ts';

const parsed = builtInSetsFileSchema.safeParse(readJson(repoRoot, 'data/sets.json'));
const sets: PointSet[] = parsed.success ? parsed.data.sets : [];
const records = atlasRecords(data);

interface ItemRecord {
  /** undefined for systems whose records have no laterality (the ear: every point is on both ears) */
  laterality?: 'midline' | 'bilateral';
  cautions: readonly Caution[];
}

/** The record an item names in its own system's data, or undefined when there is none. */
function recordOf(item: SetItem): ItemRecord | undefined {
  if (item.system === 'points') return records.points.get(item.id);
  if (item.system === 'scalp') return records.whoLines.get(item.id) ?? records.jiaoAreas.get(item.id);
  return records.ear.gb.find((p) => p.code === item.id) ?? records.ear.nogier.find((p) => p.id === item.id);
}

const where = (set: PointSet, item: SetItem) => `${set.id}: ${item.system} ${item.id}`;
const mentionsPregnancy = (text: string | undefined) => /pregnan/i.test(text ?? '');

/** Conditions whose patients are or may soon be pregnant: every pregnancy caution of a set's items matters there. */
const pregnancyConditions = new Set(['infertility', 'morning-sickness', 'labour-pain', 'labour-induction', 'difficult-labour', 'breech-presentation']);

describe('built-in point sets (data/sets.json)', () => {
  it('parse with the sets schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5), null, 1)).toBe(true);
    expect(sets.length).toBeGreaterThan(0);
  });

  it('cover every condition group of the sources (issue 15)', () => {
    const served = new Set(sets.flatMap((s) => s.conditions ?? []));
    const groups = [
      'low-back-pain',
      'neck-pain',
      'migraine',
      'tension-headache',
      'knee-pain',
      'insomnia',
      'anxiety',
      'depression',
      'irritable-bowel-syndrome',
      'nausea-vomiting',
      'chemotherapy-nausea',
      'neuropathy',
      'infertility',
      'smoking-cessation',
      'stroke-hemiplegia',
      'spinal-cord-injury',
    ];
    expect(groups.filter((g) => !served.has(g))).toEqual([]);
  });

  it('have unique ids, and each names its source, evidence grade and a plain evidence note', () => {
    const ids = sets.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const set of sets) {
      expect(set.source?.trim(), `${set.id} source`).toBeTruthy();
      expect(set.evidence, `${set.id} evidence`).toBeDefined();
      expect(set.evidenceNote?.trim(), `${set.id} evidenceNote`).toBeTruthy();
      expect(set.items.length, `${set.id} items`).toBeGreaterThan(0);
      expect(set.conditions?.length, `${set.id} conditions`).toBeGreaterThan(0);
    }
  });

  it('name only conditions of data/conditions.json', () => {
    const unknown = sets.flatMap((s) => (s.conditions ?? []).filter((c) => !records.conditions.has(c)).map((c) => `${s.id}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it('name only items that exist in their system (point codes incl. extra points, scalp lines and areas, ear points)', () => {
    const unknown = sets.flatMap((s) => s.items.filter((item) => !recordOf(item)).map((item) => where(s, item)));
    expect(unknown).toEqual([]);
  });

  it('list each item once per side within a set', () => {
    const repeated = sets.flatMap((s) => {
      const keys = s.items.map((item) => `${item.system} ${item.id} ${item.side ?? '-'}`);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${s.id}: ${k}`);
    });
    expect(repeated).toEqual([]);
  });

  it('give no side to a midline point or scalp line', () => {
    const sided = sets.flatMap((s) => s.items.filter((item) => item.side && recordOf(item)?.laterality === 'midline').map((item) => where(s, item)));
    expect(sided).toEqual([]);
  });

  it('say in the item note when an item is contraindicated in pregnancy, and in sets for conception or pregnancy for every pregnancy caution', () => {
    const silent = sets.flatMap((s) => {
      const forPregnancy = (s.conditions ?? []).some((c) => pregnancyConditions.has(c));
      return s.items
        .filter((item) =>
          (recordOf(item)?.cautions ?? []).some((c) => c.kind === 'pregnancy' && (c.grade === 'contraindicated' || (forPregnancy && c.grade === 'caution'))),
        )
        .filter((item) => !mentionsPregnancy(item.note))
        .map((item) => where(s, item));
    });
    expect(silent).toEqual([]);
  });
});
