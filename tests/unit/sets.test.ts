// Point sets as pure values: what a user does to a set, ids for new sets, the export file and its
// errors in words, and a set through a link and back.
import { describe, expect, it } from 'vitest';
import type { PointSet } from '../../src/domain/schema/sets.ts';
import {
  addItem,
  duplicateSet,
  emptySet,
  moveItem,
  moveItemBy,
  newSetId,
  removeItem,
  renameSet,
  setsToAdd,
  updateItem,
} from '../../src/domain/sets/operations.ts';
import { readSetsFile, setsFile, type KnownItems } from '../../src/domain/sets/exchange.ts';
import { encodeSet, setLinkKey } from '../../src/domain/sets/shareLink.ts';
import { readLinkKeys, linkSerializer } from '../../src/state/link.ts';

const neck: PointSet = {
  id: 'neck-pain',
  name: 'Neck pain',
  items: [
    { system: 'points', id: 'GB20', side: 'both', technique: 'needle', retentionMin: 20 },
    { system: 'scalp', id: 'MS14' },
    { system: 'ear', id: 'TF4', technique: 'press-seeds', note: 'tape; press 3*/day ~ 1 min, 100% comfortable' },
  ],
};
const known: KnownItems = { points: new Set(['GB20', 'LI4', 'SI3']), scalp: new Set(['MS14']), ear: new Set(['TF4', 'AH9']) };
const ids = (s: PointSet) => s.items.map((i) => i.id);

describe('set operations', () => {
  it('adds an item at the end, once', () => {
    const added = addItem(neck, { system: 'points', id: 'LI4' });
    expect(ids(added)).toEqual(['GB20', 'MS14', 'TF4', 'LI4']);
    expect(addItem(added, { system: 'points', id: 'LI4', side: 'left' })).toBe(added);
    // the same id in another system is another item
    expect(ids(addItem(neck, { system: 'ear', id: 'GB20' }))).toHaveLength(4);
  });

  it('removes, moves up and down, and reorders, leaving the others in order', () => {
    expect(ids(removeItem(neck, 1))).toEqual(['GB20', 'TF4']);
    expect(removeItem(neck, 5)).toBe(neck);
    expect(ids(moveItemBy(neck, 2, -1))).toEqual(['GB20', 'TF4', 'MS14']);
    expect(ids(moveItemBy(neck, 0, 1))).toEqual(['MS14', 'GB20', 'TF4']);
    expect(moveItemBy(neck, 0, -1)).toBe(neck);
    expect(moveItemBy(neck, 2, 1)).toBe(neck);
    expect(ids(moveItem(neck, 2, 0))).toEqual(['TF4', 'GB20', 'MS14']);
  });

  it('sets side, technique, retention and note, and clears them', () => {
    const changed = updateItem(neck, 1, { side: 'left', technique: 'electro', retentionMin: 30.4, note: 'low frequency' });
    expect(changed.items[1]).toEqual({ system: 'scalp', id: 'MS14', side: 'left', technique: 'electro', retentionMin: 30, note: 'low frequency' });
    expect(updateItem(changed, 1, { retentionMin: 999 }).items[1]?.retentionMin).toBe(240);
    expect(updateItem(changed, 1, { side: undefined, note: '', retentionMin: undefined }).items[1]).toEqual({
      system: 'scalp',
      id: 'MS14',
      technique: 'electro',
    });
    expect(neck.items[1]).toEqual({ system: 'scalp', id: 'MS14' });
  });

  it('renames (trimmed; an empty name keeps the old one)', () => {
    expect(renameSet(neck, '  Stiff neck ').name).toBe('Stiff neck');
    expect(renameSet(neck, '   ')).toBe(neck);
  });

  it('gives a new set a stable id from its name, unique among the ids taken', () => {
    expect(newSetId('Neck pain', [])).toBe('neck-pain');
    expect(newSetId('Neck pain', ['neck-pain', 'neck-pain-2'])).toBe('neck-pain-3');
    expect(newSetId('Kopfschmerz – Frühling!', [])).toBe('kopfschmerz-fruhling');
    expect(newSetId('失眠', [])).toBe('set');
    expect(emptySet('', ['new-set'])).toEqual({ id: 'new-set-2', name: 'New set', items: [] });
  });

  it('duplicates a built-in set into an editable one of the user, without the built-in fields', () => {
    const builtIn: PointSet = { ...neck, conditions: ['neck-pain'], source: 'a textbook', evidence: 'limited', evidenceNote: 'few trials' };
    const copy = duplicateSet(builtIn, ['neck-pain']);
    expect(copy.id).toBe('neck-pain-copy');
    expect(copy.name).toBe('Neck pain (copy)');
    expect(copy.items).toEqual(neck.items);
    expect(copy.items[0]).not.toBe(neck.items[0]);
    expect(copy).not.toHaveProperty('conditions');
    expect(copy).not.toHaveProperty('evidence');
    expect(copy.note).toMatch(/a textbook/);
  });

  it('adds imported sets beside the user own, never over them', () => {
    const added = setsToAdd([neck, { ...neck, id: 'other', name: 'Other' }], [neck]);
    expect(added.map((s) => [s.id, s.name])).toEqual([
      ['neck-pain-2', 'Neck pain (2)'],
      ['other', 'Other'],
    ]);
  });
});

describe('the sets file', () => {
  const file = (sets: unknown[]) => JSON.stringify({ format: 'acupoint-atlas-sets', version: 1, sets });

  it('round-trips the user sets', () => {
    const text = JSON.stringify(setsFile([neck]));
    expect(JSON.parse(text)).toMatchObject({ format: 'acupoint-atlas-sets', version: 1 });
    expect(readSetsFile(text, known)).toEqual({ ok: true, sets: [neck] });
  });

  it('names the set, the item and the field of each problem', () => {
    const bad = file([
      neck,
      {
        id: 'neck-2',
        name: 'Neck pain',
        items: [
          { system: 'points', id: 'GB20' },
          { system: 'points', id: 'SI3' },
          { system: 'points', id: 'LI4', technique: 'laser', retentionMin: 2.5 },
        ],
      },
    ]);
    const read = readSetsFile(bad, known);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors).toEqual([
      'set 2 ("Neck pain"), item 3: technique must be one of needle, moxa, electro, bloodletting, press-seeds, cupping',
      'set 2 ("Neck pain"), item 3: retentionMin must be a whole number of minutes from 0 to 240',
    ]);
  });

  it('says what is wrong with a file that is not a sets file', () => {
    const errors = (text: string) => {
      const r = readSetsFile(text, known);
      return r.ok ? [] : r.errors;
    };
    expect(errors('{"sets": [')).toEqual([expect.stringMatching(/not JSON/)]);
    expect(errors(JSON.stringify({ format: 'other', version: 1, sets: [] }))).toEqual([expect.stringMatching(/not a sets file of the atlas/)]);
    expect(errors(JSON.stringify({ format: 'acupoint-atlas-sets', version: 2, sets: [] }))).toEqual([expect.stringMatching(/version must be 1/)]);
    expect(errors(file([{ ...neck, colour: 'red' }]))).toEqual(['set 1 ("Neck pain"): "colour" is not a field of a set file']);
    expect(errors(file([{ ...neck, items: [{ system: 'navel', id: 'x' }] }]))).toEqual([
      'set 1 ("Neck pain"), item 1: system must be one of points, scalp, ear',
    ]);
  });

  it('names the items the atlas does not have instead of dropping them', () => {
    const read = readSetsFile(
      file([
        {
          ...neck,
          items: [...neck.items, { system: 'points', id: 'ST99' }, { system: 'ear', id: 'ZZ1' }],
        },
      ]),
      known,
    );
    expect(!read.ok && read.errors).toEqual([
      'set 1 ("Neck pain"), item 4: there is no body point "ST99" in the atlas',
      'set 1 ("Neck pain"), item 5: there is no ear point "ZZ1" in the atlas',
    ]);
  });
});

describe('a set in a link', () => {
  const keys = { set: setLinkKey };
  it('is compact and reads back to the same set (but for its id)', () => {
    const text = encodeSet(neck);
    expect(text).toBe('Neck pain~p*GB20*b*needle*20~s*MS14~e*TF4**press-seeds**tape; press 3%2A/day %7E 1 min, 100%25 comfortable');
    const query = linkSerializer(keys)({ set: neck });
    const { values, ignored } = readLinkKeys(keys, query);
    expect(ignored).toEqual([]);
    expect(values.set).toEqual({ ...neck, id: 'shared' });
  });

  it('is malformed, and ignored, when it does not make a valid set', () => {
    for (const raw of ['', 'Neck~x*GB20', 'Neck~p*GB20*q', 'Neck~p*GB20*b*laser', 'Neck~p*GB20*b*needle*ten']) {
      const { values, ignored } = readLinkKeys(keys, `?set=${encodeURIComponent(raw)}`);
      expect(ignored, raw).toEqual(['set']);
      expect(values.set).toBeNull();
    }
  });
});
