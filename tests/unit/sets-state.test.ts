// Point sets in the store and on the device: the slice's actions, the versioned storage (a corrupt
// or newer value is backed up and reported, never wiped), the built-in sets' data, and the sets in search.
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersistProblem } from '../../src/state/persist/versioned.ts';
import { keepSetsOnDevice, setsSpec } from '../../src/state/setsStorage.ts';
import { currentSet, useAtlas } from '../../src/state/store.ts';
import { selectSearchGroups } from '../../src/state/searchSelectors.ts';
import { checkBuiltInSets } from '../../src/domain/sets/validate.ts';
import type { PointSet } from '../../src/domain/schema/sets.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { memoryStorage } from '../support/memoryStorage.ts';

const initial = useAtlas.getState();
beforeEach(() => useAtlas.setState({ ...initial }, true));
const state = () => useAtlas.getState();
const neck: PointSet = { id: 'neck-pain', name: 'Neck pain', items: [{ system: 'points', id: 'GB20', side: 'both' }] };

describe('the sets slice', () => {
  it('adds to the current set, making one when there is none, and says what it did', () => {
    state().addToSet({ system: 'points', id: 'LI4' }, 'LI4 Hegu');
    expect(state().userSets).toHaveLength(1);
    expect(currentSet(state())?.items).toEqual([{ system: 'points', id: 'LI4' }]);
    expect(state().setsMessage).toBe('LI4 Hegu added to "New set" (1 item)');
    state().addToSet({ system: 'points', id: 'LI4' }, 'LI4 Hegu');
    expect(state().setsMessage).toMatch(/already in/);
    state().addToSet({ system: 'ear', id: 'TF4' }, 'TF4');
    state().moveInSet(1, -1);
    expect(currentSet(state())?.items.map((i) => i.id)).toEqual(['TF4', 'LI4']);
    state().changeItem(0, { technique: 'press-seeds' });
    expect(currentSet(state())?.items[0]).toEqual({ system: 'ear', id: 'TF4', technique: 'press-seeds' });
  });

  it('deletes a set and puts it back in its place on undo', () => {
    state().restoreSets([neck, { ...neck, id: 'b', name: 'B' }], 'neck-pain');
    state().deleteSet('neck-pain');
    expect(state().userSets.map((s) => s.id)).toEqual(['b']);
    expect(state().currentSetId).toBe('b');
    state().undoDelete();
    expect(state().userSets.map((s) => s.id)).toEqual(['neck-pain', 'b']);
    expect(state().currentSetId).toBe('neck-pain');
  });

  it('duplicates a built-in set into one of the user, and imports beside what is there', () => {
    state().setBuiltInSets([{ ...neck, source: 's', evidence: 'limited', evidenceNote: 'n', conditions: ['neck-pain'] }]);
    state().duplicate(state().builtInSets![0]!);
    expect(currentSet(state())).toMatchObject({ id: 'neck-pain-copy', name: 'Neck pain (copy)', items: neck.items });
    state().importSets([neck]);
    expect(state().userSets.map((s) => s.id)).toEqual(['neck-pain-copy', 'neck-pain-2']);
  });

  it('keeps a set a link offered as a new set of the user', () => {
    state().restoreSets([neck], 'neck-pain');
    state().offerSharedSet({ ...neck, id: 'shared' });
    expect(state().leftPanel).toBe('sets');
    state().keepSharedSet();
    expect(state().sharedSet).toBeNull();
    expect(state().userSets.map((s) => [s.id, s.name])).toEqual([
      ['neck-pain', 'Neck pain'],
      ['neck-pain-2', 'Neck pain (2)'],
    ]);
  });
});

describe('the sets on the device', () => {
  const saved = (value: unknown) => JSON.stringify(value);

  it('reads the saved sets (version 1) and writes each change back in the versioned envelope', () => {
    const storage = memoryStorage({ [setsSpec.key]: saved({ version: 1, state: { sets: [neck], current: 'neck-pain' } }) });
    const stop = keepSetsOnDevice(
      useAtlas,
      () => storage,
      () => undefined,
    );
    expect(state().userSets).toEqual([neck]);
    expect(state().currentSetId).toBe('neck-pain');
    state().addToSet({ system: 'points', id: 'SI3' }, 'SI3');
    expect(JSON.parse(storage.getItem(setsSpec.key)!)).toEqual({
      version: 1,
      state: { sets: [{ ...neck, items: [...neck.items, { system: 'points', id: 'SI3' }] }], current: 'neck-pain' },
    });
    stop();
  });

  for (const [what, raw, reason] of [
    ['corrupt', '{"version": 1, "state": {"sets": [', /not valid JSON/],
    [
      'from a newer atlas',
      saved({ version: 2, state: { sets: [], current: null, folders: [] } }),
      /newer version of the atlas \(data version 2; this one reads up to 1\)/,
    ],
    [
      'of the wrong shape',
      saved({ version: 1, state: { sets: [{ ...neck, items: [{ system: 'points', id: 'GB20', technique: 'laser' }] }], current: null } }),
      /^sets\.0\.items\.0\.technique/,
    ],
  ] as const) {
    it(`backs up a ${what} value under its own key and reports it, never wiping it`, () => {
      const storage = memoryStorage({ [setsSpec.key]: raw });
      const problems: PersistProblem[] = [];
      const stop = keepSetsOnDevice(
        useAtlas,
        () => storage,
        (p) => problems.push(p),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]!.reason).toMatch(reason);
      expect(problems[0]!.backupKey).toMatch(/^acupoint-atlas:sets:backup:/);
      expect(storage.getItem(problems[0]!.backupKey)).toBe(raw);
      expect(state().userSets).toEqual([]);
      // the user's next set is saved; the unreadable one stays in its backup
      state().newSet('Fresh');
      expect((JSON.parse(storage.getItem(setsSpec.key)!) as { state: { sets: PointSet[] } }).state.sets[0]?.name).toBe('Fresh');
      expect(storage.getItem(problems[0]!.backupKey)).toBe(raw);
      stop();
    });
  }
});

describe('the built-in sets', () => {
  const known = {
    points: new Set(data.points.keys()),
    scalp: new Set([...data.whoLines.map((l) => l.code), ...data.jiaoAreas.map((a) => a.id)]),
    ear: new Set([...data.ear.gb.map((p) => p.code), ...data.ear.nogier.map((p) => p.id)]),
  };
  const conditionIds = new Set(data.conditions.map((c) => c.id));

  it('data/sets.json is valid: every item exists in its system, every condition in the vocabulary', () => {
    expect(data.sets.length).toBeGreaterThan(0);
    expect(data.problems.filter((p) => p.file === 'data/sets.json')).toEqual([]);
  });

  it('names the set and the field of an unknown item or condition', () => {
    const file = {
      source: 's',
      sets: [{ ...neck, items: [{ system: 'ear', id: 'GB20' }], conditions: ['no-such-thing'], source: 's', evidence: 'limited', evidenceNote: 'n' }],
    };
    expect(checkBuiltInSets(file, known, conditionIds).problems.map((p) => `${p.record}: ${p.field}: ${p.message}`)).toEqual([
      'neck-pain: items.0.id: unknown ear item "GB20"',
      'neck-pain: conditions.0: unknown condition "no-such-thing"',
    ]);
    expect(
      checkBuiltInSets({ source: 's', sets: [{ id: 'x', name: 'X', items: [{ system: 'points', id: 'LI4', side: 'up' }] }] }, known, conditionIds).problems[0],
    ).toMatchObject({
      record: 'x',
      field: 'sets.0.items.0.side',
    });
  });

  it('come under "Sets" in the search results, with the user own sets found by name and by condition', async () => {
    const searchIndex = await buildSearch(atlasRecords(data), data.regions, data.sets);
    const mine: PointSet = { id: 'mrs-k', name: 'Lumbago, Mrs K', items: [] };
    useAtlas.setState({ searchIndex, conditions: new Map(data.conditions.map((c) => [c.id, c])), userSets: [mine], query: 'low back pain' });
    const sets = selectSearchGroups(state())?.find((g) => g.id === 'sets');
    expect(sets?.label).toBe('Sets');
    expect(sets?.hits.map((h) => h.id)).toEqual(['set:low-back-pain', 'my-set:mrs-k']);
    useAtlas.setState({ query: 'mrs' });
    expect(selectSearchGroups(state())?.map((g) => [g.id, g.hits.map((h) => h.id)])).toEqual([['sets', ['my-set:mrs-k']]]);
  });
});
