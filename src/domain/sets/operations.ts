// What a user does to a point set, as pure functions: each returns a new set (or the same one when
// nothing changed), so the store keeps history-free, comparable values and the tests need no DOM.
import type { PointSet, SetItem } from '../schema/sets.ts';

/** The same item of the same system (its side, technique and note may differ). */
export const sameItem = (a: Pick<SetItem, 'system' | 'id'>, b: Pick<SetItem, 'system' | 'id'>): boolean => a.system === b.system && a.id === b.id;

/** Whether a set already holds an item. */
export const hasItem = (set: PointSet, item: Pick<SetItem, 'system' | 'id'>): boolean => set.items.some((i) => sameItem(i, item));

/** The set with an item at its end; an item already in it is not added twice. */
export function addItem(set: PointSet, item: SetItem): PointSet {
  return hasItem(set, item) ? set : { ...set, items: [...set.items, item] };
}

export function removeItem(set: PointSet, index: number): PointSet {
  if (index < 0 || index >= set.items.length) return set;
  return { ...set, items: set.items.filter((_, i) => i !== index) };
}

/** The set with the item at `from` moved to `to` (the others keep their order). */
export function moveItem(set: PointSet, from: number, to: number): PointSet {
  const n = set.items.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return set;
  const items = [...set.items];
  const [moved] = items.splice(from, 1);
  if (!moved) return set;
  items.splice(to, 0, moved);
  return { ...set, items };
}

/** One step up (-1) or down (+1); the first stays first, the last stays last. */
export const moveItemBy = (set: PointSet, index: number, delta: -1 | 1): PointSet => moveItem(set, index, index + delta);

/** What may change about how an item is used; `undefined` clears a field (an empty note, no retention). */
export type ItemChange = Partial<Pick<SetItem, 'side' | 'technique' | 'retentionMin' | 'note'>>;

export function updateItem(set: PointSet, index: number, change: ItemChange): PointSet {
  const item = set.items[index];
  if (!item) return set;
  const next: SetItem = { ...item, ...change };
  // a cleared field is left out (the schema's optional fields), so the JSON stays as written
  for (const key of ['side', 'technique', 'retentionMin', 'note'] as const) if (next[key] === undefined || next[key] === '') delete next[key];
  if (next.retentionMin !== undefined) next.retentionMin = Math.max(0, Math.min(240, Math.round(next.retentionMin)));
  return { ...set, items: set.items.map((it, i) => (i === index ? next : it)) };
}

export function renameSet(set: PointSet, name: string): PointSet {
  const trimmed = name.trim().slice(0, 120);
  return trimmed && trimmed !== set.name ? { ...set, name: trimmed } : set;
}

/** A set's id from its name: lower-case words joined by hyphens, made unique among `taken` ("neck-pain-2"). */
export function newSetId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'set';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An empty set of the user's, with an id no other set has. */
export function emptySet(name: string, taken: Iterable<string>): PointSet {
  const named = name.trim().slice(0, 120) || 'New set';
  return { id: newSetId(named, taken), name: named, items: [] };
}

/**
 * A copy the user can edit: a built-in set's items and note, without what only the atlas's own
 * sets carry (conditions, source, evidence); its source is kept in the note so it is not lost.
 */
export function duplicateSet(set: PointSet, taken: Iterable<string>): PointSet {
  const name = `${set.name} (copy)`.slice(0, 120);
  const from = set.source ? `From the atlas's set "${set.name}" (${set.source}).` : '';
  const note = [set.note, from].filter(Boolean).join(' ').slice(0, 2000);
  return { id: newSetId(name, taken), name, ...(note ? { note } : {}), items: set.items.map((i) => ({ ...i })) };
}

/**
 * Sets to add beside the user's own: one whose id is taken gets a new id (and, when its name is
 * taken too, a numbered name), so nothing the user has is overwritten.
 */
export function setsToAdd(incoming: readonly PointSet[], existing: readonly PointSet[]): PointSet[] {
  const ids = new Set(existing.map((s) => s.id));
  const names = new Set(existing.map((s) => s.name));
  return incoming.map((set) => {
    let name = set.name;
    for (let n = 2; names.has(name); n++) name = `${set.name} (${n})`.slice(0, 120);
    const id = ids.has(set.id) ? newSetId(name, ids) : set.id;
    ids.add(id);
    names.add(name);
    return { ...set, id, name };
  });
}
