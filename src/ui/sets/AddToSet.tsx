// "Add to set" wherever an item is shown: the cards (a button), and the lists and search results
// (a small button beside each entry, and the + key on the focused entry: one keyboard path, the
// list keeping its one tab stop).
import type { KeyboardEvent } from 'react';
import type { SetItem } from '../../domain/schema/sets.ts';
import { itemLabel } from '../../state/setItems.ts';
import { currentSet, useAtlas } from '../../state/store.ts';

/** Adds an item to the set being edited (one is made when there is none). */
export function addToCurrentSet(item: SetItem): void {
  const s = useAtlas.getState();
  s.addToSet(item, itemLabel(item, s));
}

/** The card's button: names the set it adds to. */
export function AddToSetButton({ item }: { item: SetItem }) {
  const name = useAtlas((s) => currentSet(s)?.name ?? null);
  const inSet = useAtlas((s) => currentSet(s)?.items.some((i) => i.system === item.system && i.id === item.id) ?? false);
  return (
    <p className="add-to-set">
      <button type="button" data-add-to-set={item.id} disabled={inSet} onClick={() => addToCurrentSet(item)}>
        {inSet ? `In "${name}"` : name ? `Add to "${name}"` : 'Add to a new set'}
      </button>
    </p>
  );
}

/**
 * A list entry's small button, for the pointer: the keyboard and screen readers use + on the entry
 * itself (its aria-keyshortcuts), so the button is out of the tab order and of the accessibility
 * tree, and the list keeps one entry per point.
 */
export function AddToSetMini({ item, label }: { item: SetItem; label: string }) {
  return (
    <button
      type="button"
      className="add-mini"
      tabIndex={-1}
      aria-hidden="true"
      data-add-mini={item.id}
      title={`Add ${label} to the set (+ key)`}
      onClick={() => addToCurrentSet(item)}
    >
      +
    </button>
  );
}

/**
 * The + key on a focused list entry adds it to the set: `itemOf` finds the item of the focused element.
 * Returns whether the key was used.
 */
export function onAddKey(e: KeyboardEvent, itemOf: (target: HTMLElement) => SetItem | null): boolean {
  if ((e.key !== '+' && e.key !== 'a') || e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof HTMLElement)) return false;
  const item = itemOf(e.target);
  if (!item) return false;
  e.preventDefault();
  addToCurrentSet(item);
  return true;
}
