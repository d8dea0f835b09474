// Saved user data on the device: a versioned envelope { version, state }, migrated step by step to
// the current version and validated with zod at the boundary. A value that cannot be read (not JSON,
// a version from a newer atlas, a shape that fails the schema) is kept as a backup under its own key
// and reported, never wiped: the user's data stays recoverable.
import { z } from '../../domain/schema/zodMini.ts';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface VersionedSpec<T> {
  /** the storage key, e.g. "acupoint-atlas:device" */
  key: string;
  version: number;
  schema: z.core.$ZodType<T>;
  /** migrations[n] turns the state of version n into that of version n + 1 */
  migrations?: Record<number, (state: unknown) => unknown>;
}

export type ReadResult<T> = { ok: true; state: T; migratedFrom: number | null } | { ok: false; reason: string };

/** Reads one saved value: parse, migrate, validate. Pure, so it is tested without a browser. */
export function readVersioned<T>(raw: string, spec: VersionedSpec<T>): ReadResult<T> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof envelope !== 'object' || envelope === null || !('version' in envelope) || !('state' in envelope))
    return { ok: false, reason: 'it has no version and state' };
  const version = (envelope as { version: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: `its version (${String(version)}) is not a version number` };
  if (version > spec.version)
    return { ok: false, reason: `it was saved by a newer version of the atlas (data version ${version}; this one reads up to ${spec.version})` };
  let state = (envelope as { state: unknown }).state;
  for (let v = version; v < spec.version; v++) {
    const step = spec.migrations?.[v];
    if (!step) return { ok: false, reason: `there is no way to update data version ${v}` };
    try {
      state = step(state);
    } catch (e) {
      return { ok: false, reason: `updating it from data version ${v} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const parsed = z.safeParse(spec.schema, state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'the value'}: ${issue?.message ?? 'does not match'}` };
  }
  return { ok: true, state: parsed.data, migratedFrom: version === spec.version ? null : version };
}

/** Something saved that could not be read, and where its copy is kept. */
export interface PersistProblem {
  key: string;
  backupKey: string;
  reason: string;
}

/**
 * A zustand `persist` storage over a Web Storage: reads through readVersioned, so the middleware
 * only ever sees valid, current data; an unreadable value is copied to a backup key first.
 */
export function versionedStorage<T>(spec: VersionedSpec<T>, store: () => Storage | undefined, report: (problem: PersistProblem) => void): PersistStorage<T> {
  // set when an unreadable value could not be backed up: then nothing is written over it
  let readOnly = false;
  return {
    getItem: (name) => {
      const storage = store();
      const raw = storage?.getItem(name) ?? null;
      if (raw === null || !storage) return null;
      const read = readVersioned(raw, spec);
      if (read.ok) return { state: read.state, version: spec.version } satisfies StorageValue<T>;
      const backupKey = `${name}:backup:${new Date().toISOString()}`;
      try {
        storage.setItem(backupKey, raw);
      } catch {
        // storage full: keep the original where it is and do not overwrite it
        readOnly = true;
        report({ key: name, backupKey: name, reason: `${read.reason}; it is left in place` });
        return null;
      }
      report({ key: name, backupKey, reason: read.reason });
      return null;
    },
    setItem: (name, value) => readOnly || store()?.setItem(name, JSON.stringify({ version: value.version, state: value.state })),
    removeItem: (name) => store()?.removeItem(name),
  };
}
