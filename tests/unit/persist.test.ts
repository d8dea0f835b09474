// Saved user data: versioned, migrated step by step, validated; what cannot be read is backed up
// and reported, never wiped.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readVersioned, versionedStorage, type PersistProblem } from '../../src/state/persist/versioned.ts';
import { deviceSpec, recentLimit, withRecent } from '../../src/state/device.ts';
import { memoryStorage } from '../support/memoryStorage.ts';

// a spec with history: v0 kept a list of codes, v1 objects, v2 added a flag
const spec = {
  key: 'test',
  version: 2,
  schema: z.strictObject({ items: z.array(z.strictObject({ code: z.string() })), starred: z.boolean() }),
  migrations: {
    0: (s: unknown) => ({ items: (s as { codes: string[] }).codes.map((code) => ({ code })) }),
    1: (s: unknown) => ({ ...(s as object), starred: false }),
  },
};

describe('reading saved data', () => {
  it('migrates an old value step by step to the current version and validates it', () => {
    const read = readVersioned(JSON.stringify({ version: 0, state: { codes: ['LI4', 'ST36'] } }), spec);
    expect(read).toEqual({ ok: true, state: { items: [{ code: 'LI4' }, { code: 'ST36' }], starred: false }, migratedFrom: 0 });
    expect(readVersioned(JSON.stringify({ version: 2, state: { items: [], starred: true } }), spec)).toEqual({
      ok: true,
      state: { items: [], starred: true },
      migratedFrom: null,
    });
  });

  it('says why a value cannot be read: not JSON, no envelope, a newer version, a failed migration, a field of the wrong shape', () => {
    const reason = (raw: string) => {
      const r = readVersioned(raw, spec);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason('{"version": 2, "sta')).toBe('it is not valid JSON');
    expect(reason('[1,2]')).toBe('it has no version and state');
    expect(reason(JSON.stringify({ version: 7, state: {} }))).toMatch(/newer version of the atlas \(data version 7; this one reads up to 2\)/);
    expect(reason(JSON.stringify({ version: 0, state: { codes: 5 } }))).toMatch(/^updating it from data version 0 failed/);
    expect(reason(JSON.stringify({ version: 2, state: { items: [{ code: 4 }], starred: false } }))).toMatch(/^items\.0\.code: /);
  });
});

describe('the storage behind the store', () => {
  it('backs up an unreadable value under its own key, reports it, and hands the store nothing', () => {
    const storage = memoryStorage({ test: 'not json' });
    const problems: PersistProblem[] = [];
    const s = versionedStorage(
      spec,
      () => storage,
      (p) => problems.push(p),
    );
    expect(s.getItem('test')).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toBe('it is not valid JSON');
    expect(storage.getItem(problems[0]!.backupKey)).toBe('not json');
    expect(problems[0]!.backupKey).toMatch(/^test:backup:\d{4}-/);
  });

  it('never writes over a value it could neither read nor back up', () => {
    const storage = memoryStorage({ test: 'not json' }, true);
    const problems: PersistProblem[] = [];
    const s = versionedStorage(
      spec,
      () => storage,
      (p) => problems.push(p),
    );
    expect(s.getItem('test')).toBeNull();
    expect(problems[0]!.reason).toMatch(/left in place/);
    void s.setItem('test', { state: { items: [], starred: false }, version: 2 });
    expect(storage.getItem('test')).toBe('not json');
  });

  it('writes the envelope the reader expects, and reads it back', () => {
    const storage = memoryStorage();
    const s = versionedStorage(
      spec,
      () => storage,
      () => undefined,
    );
    void s.setItem('test', { state: { items: [{ code: 'GV20' }], starred: true }, version: 2 });
    expect(JSON.parse(storage.getItem('test')!)).toEqual({ version: 2, state: { items: [{ code: 'GV20' }], starred: true } });
    expect(s.getItem('test')).toEqual({ version: 2, state: { items: [{ code: 'GV20' }], starred: true } });
  });
});

describe('the device data', () => {
  it('keeps the recent list newest first, once each, at most twelve', () => {
    let recent = withRecent([], { system: 'points', id: 'LI4', side: 'left', index: 1 });
    recent = withRecent(recent, { system: 'ear', id: 'TF4' });
    recent = withRecent(recent, { system: 'points', id: 'LI4', side: 'right', index: 1 });
    expect(recent.map((r) => r.id)).toEqual(['LI4', 'TF4']);
    for (let i = 1; i <= 20; i++) recent = withRecent(recent, { system: 'points', id: `ST${i}`, side: 'left', index: 1 });
    expect(recent).toHaveLength(recentLimit);
    expect(recent[0]!.id).toBe('ST20');
  });

  it('rejects a recent entry of an unknown system or with extra fields, naming the field', () => {
    const read = readVersioned(JSON.stringify({ version: 1, state: { recent: [{ system: 'points', id: 'LI4', side: 'left', index: 1, x: 1 }] } }), deviceSpec);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/^recent\.0/);
  });
});
